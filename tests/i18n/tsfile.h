#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// One message of a Qt Linguist .ts file.
struct TsMessage
{
    QString context;
    QString source;
    QString comment; // the disambiguation, part of the message's identity
    bool numerus = false;
    QString type; // the translation's type attribute: "", "unfinished", "vanished" or "obsolete"
    QStringList translations; // one entry, or one per plural form for numerus messages

    // context, source and comment: what lupdate and QTranslator identify a message by.
    QString key() const;
    // "Context: source" for failure messages.
    QString describe() const;
};

// A .ts file read with QXmlStreamReader; only what the tests look at.
class TsFile
{
public:
    // Reads path; on failure errorString() says why and messages() is empty.
    bool read(const QString &path);

    QString language() const { return m_language; }
    const QList<TsMessage> &messages() const { return m_messages; }
    QSet<QString> keys() const;
    QString errorString() const { return m_error; }

private:
    QString m_language;
    QList<TsMessage> m_messages;
    QString m_error;
};

// The distinct placeholders (%1 … %99, %L1, %n) in text, sorted: a message and its translation
// must use the same ones.
QStringList placeholders(const QString &text);
