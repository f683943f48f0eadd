#include "tsfile.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

QString TsMessage::key() const
{
    return context + u'\x1f' + source + u'\x1f' + comment;
}

QString TsMessage::describe() const
{
    const QString text = context + u": "_s + source;
    return comment.isEmpty() ? text : text + u" ("_s + comment + u')';
}

namespace {

void readTranslation(QXmlStreamReader &xml, TsMessage &message)
{
    message.type = xml.attributes().value(u"type"_s).toString();
    if (!message.numerus) {
        message.translations.append(xml.readElementText(QXmlStreamReader::IncludeChildElements));
        return;
    }
    while (xml.readNextStartElement()) {
        if (xml.name() == u"numerusform")
            message.translations.append(xml.readElementText());
        else
            xml.skipCurrentElement();
    }
}

TsMessage readMessage(QXmlStreamReader &xml, const QString &context)
{
    TsMessage message;
    message.context = context;
    message.numerus = xml.attributes().value(u"numerus"_s) == u"yes";
    while (xml.readNextStartElement()) {
        if (xml.name() == u"source")
            message.source = xml.readElementText();
        else if (xml.name() == u"comment")
            message.comment = xml.readElementText();
        else if (xml.name() == u"translation")
            readTranslation(xml, message);
        else
            xml.skipCurrentElement();
    }
    return message;
}

} // namespace

bool TsFile::read(const QString &path)
{
    m_messages.clear();
    m_error.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_error = file.errorString();
        return false;
    }
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"TS")
            m_language = xml.attributes().value(u"language"_s).toString();
        else if (xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.name() == u"message")
            m_messages.append(readMessage(xml, context));
    }
    if (xml.hasError()) {
        m_error = xml.errorString();
        m_messages.clear();
        return false;
    }
    return true;
}

QSet<QString> TsFile::keys() const
{
    QSet<QString> result;
    for (const TsMessage &message : m_messages)
        result.insert(message.key());
    return result;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%(n|L?[1-9][0-9]?)"_s);
    QStringList found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.append(match.captured());
    // A placeholder may appear more than once ("%1 … %1"): QString::arg() fills every occurrence.
    found.removeDuplicates();
    std::sort(found.begin(), found.end());
    return found;
}
