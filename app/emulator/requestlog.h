#pragma once

#include <QFile>
#include <QJsonObject>
#include <QString>

// One JSON object per line for each request the emulator answered: who signed it (AccessKey ID,
// whether a token came with it, the account) and what was answered, so that a test can prove
// which credentials a client used. Never a secret, a token or a signature.
class RequestLog
{
public:
    // Appends to path ("-": standard error). false, with *error set, if it cannot be opened.
    bool open(const QString &path, QString *error = nullptr);
    bool isOpen() const { return m_file.isOpen(); }
    void write(QJsonObject line, qint64 nowMs);

private:
    QFile m_file;
};
