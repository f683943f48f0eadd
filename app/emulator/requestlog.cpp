#include "emulator/requestlog.h"

#include "emulator/temporarycredentials.h"

#include <QJsonDocument>

#include <cstdio>

using namespace Qt::StringLiterals;

bool RequestLog::open(const QString &path, QString *error)
{
    m_file.close();
    const bool opened = path == u"-"_s ? m_file.open(stderr, QIODevice::WriteOnly, QFileDevice::DontCloseHandle)
                                       : (m_file.setFileName(path), m_file.open(QIODevice::WriteOnly | QIODevice::Append));
    if (!opened && error)
        *error = m_file.errorString();
    return opened;
}

// Flushed line by line: a reader of the file sees a call as soon as it has been answered.
void RequestLog::write(QJsonObject line, qint64 nowMs)
{
    if (!m_file.isOpen())
        return;
    line.insert(u"time"_s, TemporaryCredentials::utcText(nowMs));
    m_file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    m_file.flush();
}
