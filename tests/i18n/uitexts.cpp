#include "uitexts.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStatusBar>
#include <QTabBar>
#include <QTextEdit>

using namespace Qt::StringLiterals;

namespace {

class Collector
{
public:
    explicit Collector(QWidget *window)
        : m_window(window)
    {
    }

    QMap<QString, QString> run()
    {
        addWidget(m_window);
        for (QWidget *widget : m_window->findChildren<QWidget *>()) {
            // Other windows (dialogs parented to this one) are collected on their own.
            if (widget->window() != m_window || !widget->isVisibleTo(m_window))
                continue;
            addWidget(widget);
        }
        if (auto *mainWindow = qobject_cast<QMainWindow *>(m_window); mainWindow && mainWindow->menuBar()) {
            const QList<QAction *> menus = mainWindow->menuBar()->actions();
            for (qsizetype i = 0; i < menus.size(); ++i)
                addAction(u"menubar"_s, menus.at(i), i);
        }
        return m_texts;
    }

private:
    QString path(const QWidget *widget) const
    {
        QStringList parts;
        for (const QWidget *w = widget; w && w != m_window; w = w->parentWidget()) {
            QString part = w->objectName();
            if (part.isEmpty()) {
                const QWidget *parent = w->parentWidget();
                const auto siblings = parent ? parent->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)
                                             : QList<QWidget *>();
                qsizetype index = 0;
                for (const QWidget *sibling : siblings) {
                    if (sibling == w)
                        break;
                    if (sibling->metaObject() == w->metaObject())
                        ++index;
                }
                part = QString::fromLatin1(w->metaObject()->className()) + u'[' + QString::number(index) + u']';
            }
            parts.prepend(part);
        }
        parts.prepend(QString::fromLatin1(m_window->metaObject()->className()));
        return parts.join(u'/');
    }

    void add(const QString &where, const QString &text)
    {
        if (!text.trimmed().isEmpty())
            m_texts.insert(where, text);
    }

    // index: the action's position among its widget's actions, naming it when it has no object name.
    void addAction(const QString &where, QAction *action, qsizetype index)
    {
        if (action->isSeparator() || !action->isVisible())
            return;
        const QString name = action->objectName().isEmpty() ? u"[%1]"_s.arg(index) : action->objectName();
        const QString key = where + u"/action "_s + name;
        add(key + u" text"_s, action->text());
        if (action->toolTip() != QString(action->text()).remove(u'&'))
            add(key + u" toolTip"_s, action->toolTip());
        add(key + u" statusTip"_s, action->statusTip());
        if (QMenu *menu = action->menu()) {
            add(key + u" title"_s, menu->title());
            const QList<QAction *> children = menu->actions();
            for (qsizetype i = 0; i < children.size(); ++i)
                addAction(key, children.at(i), i);
        }
    }

    void addWidget(QWidget *widget)
    {
        const QString where = path(widget);
        if (widget == m_window || qobject_cast<QDockWidget *>(widget))
            add(where + u" windowTitle"_s, widget->windowTitle());
        add(where + u" toolTip"_s, widget->toolTip());
        add(where + u" statusTip"_s, widget->statusTip());
        add(where + u" whatsThis"_s, widget->whatsThis());
        // Qt's own helper widgets (qt_dockwidget_closebutton, …) get their accessible names once, when
        // created, in the language of that moment: a Qt limitation, not a text of this application.
        if (!widget->objectName().startsWith(u"qt_"_s)) {
            add(where + u" accessibleName"_s, widget->accessibleName());
            add(where + u" accessibleDescription"_s, widget->accessibleDescription());
        }
        addOwnTexts(widget, where);
        if (!qobject_cast<QMenuBar *>(widget) && !qobject_cast<QMenu *>(widget)) {
            const QList<QAction *> actions = widget->actions();
            for (qsizetype i = 0; i < actions.size(); ++i)
                addAction(where, actions.at(i), i);
        }
    }

    void addOwnTexts(QWidget *widget, const QString &where)
    {
        if (auto *label = qobject_cast<QLabel *>(widget))
            add(where + u" text"_s, label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            add(where + u" text"_s, button->text());
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            add(where + u" title"_s, group->title());
        else if (auto *lineEdit = qobject_cast<QLineEdit *>(widget))
            add(where + u" placeholderText"_s, lineEdit->placeholderText());
        else if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
            add(where + u" placeholderText"_s, plain->placeholderText());
        else if (auto *textEdit = qobject_cast<QTextEdit *>(widget))
            add(where + u" placeholderText"_s, textEdit->placeholderText());
        else if (auto *spinBox = qobject_cast<QAbstractSpinBox *>(widget))
            add(where + u" specialValueText"_s, spinBox->specialValueText());
        if (auto *spinBox = qobject_cast<QSpinBox *>(widget)) {
            add(where + u" prefix"_s, spinBox->prefix());
            add(where + u" suffix"_s, spinBox->suffix());
        }
        else if (auto *statusBar = qobject_cast<QStatusBar *>(widget))
            add(where + u" message"_s, statusBar->currentMessage());
        if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i) {
                add(where + u" tab %1"_s.arg(i), tabs->tabText(i));
                add(where + u" tab %1 toolTip"_s.arg(i), tabs->tabToolTip(i));
            }
        }
        if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            // A combo that lists the account's resources marks them: their names are data, only
            // the items without data (such as "All VPCs") are the application's texts.
            const bool dataItems = combo->property("listsResources").toBool();
            for (int i = 0; i < combo->count(); ++i) {
                if (!dataItems || combo->itemData(i).toString().isEmpty())
                    add(where + u" item %1"_s.arg(i), combo->itemText(i));
            }
            if (combo->lineEdit())
                add(where + u" placeholderText"_s, combo->lineEdit()->placeholderText());
        }
        auto *view = qobject_cast<QAbstractItemView *>(widget);
        if (view && !qobject_cast<QHeaderView *>(widget) && view->model()) {
            const QAbstractItemModel *model = view->model();
            for (int section = 0; section < model->columnCount(); ++section)
                add(where + u" header %1"_s.arg(section), model->headerData(section, Qt::Horizontal).toString());
        }
    }

    QWidget *m_window;
    QMap<QString, QString> m_texts;
};

} // namespace

namespace UiTexts {

QMap<QString, QString> collect(QWidget *window)
{
    return Collector(window).run();
}

QStringList englishWords(const QString &text)
{
    static const QRegularExpression allowedPatterns(QStringList {
        u"<[^<>]*>"_s,                                          // markup
        u"&[a-z]+;"_s,                                          // entities
        u"https?://(?:<[^<>\\s]*>|[!-~])+"_s,                   // URLs (ASCII, or a <placeholder>)
        u"[A-Za-z0-9.-]+\\.(?:aliyuncs\\.com|json|csv|sqlite)"_s, // host and file names
        u"~?/[\\w./~-]+"_s,                                     // paths
        u"\\b[a-z]{2,}(?:-[a-z0-9]+)+\\b"_s,                    // region IDs (cn-hangzhou), resource IDs (eni-…)
        u"\\b(?:eni|vsw|vpc|fl)-"_s,                             // ID prefixes
        u"\\b[A-Z][A-Za-z]+(?:\\.[A-Za-z_]+)+\\b"_s,            // error codes (Throttling.User)
        u"\\bU\\+[0-9A-F]{4,6}\\b"_s,                           // code points
        u"\\b(?:ACS3-)?HMAC-SHA(?:1|256)\\b"_s,                   // signature algorithms
        u"\\b(?:Ctrl|Shift|Alt)\\+\\w+"_s,                      // shortcuts
        u"「[^「」]*」"_s,                                       // quoted input or what to type: 「Ａ」→「A」
        u"\\([A-Za-z][A-Za-z0-9.]*\\)"_s,                       // API name after its label: 弹性网卡 (NetworkInterface)
        u"\\bacs:ram::[^\\s，。：]*"_s,                             // role ARNs: acs:ram::<账号 ID>:role/<角色名称>
        u"\\bFlowLog Studio\\b"_s,
        u"\\baliyun (?:CLI|configure)\\b"_s,
        u"\\baliyun vpc \\w+.*"_s,                              // an aliyun CLI command line
        u"\\bAccessKey(?: ID| Secret)?\\b"_s,
        u"\\(&\\w\\)"_s,                                         // mnemonic after Chinese text: 地域(&G)
        u"&(?=\\w)"_s,                                          // mnemonic marker
    }.join(u'|'));
    static const QStringList allowedWords = {
        // API values and names shown as they are sent
        u"NetworkInterface"_s, u"VSwitch"_s, u"VPC"_s, u"All"_s, u"Allow"_s, u"Drop"_s, u"RegionId"_s,
        u"ResourceType"_s, u"ResourceId"_s, u"TrafficType"_s, u"ProjectName"_s, u"LogStoreName"_s,
        u"FlowLogName"_s, u"FlowLogId"_s, u"RequestId"_s, u"CreateFlowLog"_s, u"DescribeFlowLogs"_s,
        u"Activating"_s, u"Active"_s, u"Inactive"_s, u"AssumeRole"_s, u"IPV4"_s, u"DualStack"_s,
        u"AggregationInterval"_s, u"TrafficPath"_s, u"IpVersion"_s, u"ResourceGroupId"_s, u"Tag"_s,
        // abbreviations and protocol names
        u"ID"_s, u"IP"_s, u"IPv4"_s, u"IPv6"_s, u"API"_s, u"HTTP"_s, u"HTTPS"_s, u"RAM"_s, u"STS"_s, u"DNS"_s, u"JSON"_s, u"CSV"_s,
        u"UTF"_s, u"WAL"_s, u"RPC"_s, u"GET"_s, u"POST"_s, u"HMAC"_s, u"SHA"_s, u"ACS"_s, u"Nonce"_s, u"ENI"_s,
        u"AK"_s, u"StsToken"_s, u"RamRoleArn"_s, u"ECS"_s, u"ARN"_s, u"Token"_s, u"http"_s, u"localhost"_s,
        // product and program names
        u"ActionTrail"_s, u"Secret"_s, u"Service"_s, u"GNOME"_s, u"Keyring"_s, u"KWallet"_s,
        // signature versions
        u"v1"_s, u"v3"_s, u"V1"_s, u"V3"_s,
    };
    static const QRegularExpression word(u"[A-Za-z][A-Za-z0-9]*"_s);
    const QString rest = QString(text).remove(allowedPatterns);
    QStringList words;
    for (const QRegularExpressionMatch &match : word.globalMatch(rest)) {
        if (!allowedWords.contains(match.captured()))
            words.append(match.captured());
    }
    return words;
}

bool containsHan(const QString &text)
{
    for (const char32_t c : text.toUcs4()) {
        if (QChar::script(c) == QChar::Script_Han)
            return true;
    }
    return false;
}

} // namespace UiTexts
