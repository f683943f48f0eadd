#include "core/platform/boundedfile.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace {

BoundedFile::Result failure(BoundedFile::Problem problem, const QString &reason)
{
    return {{}, problem, reason};
}

} // namespace

BoundedFile::Result BoundedFile::read(const QString &path, qint64 maxBytes)
{
    const QFileInfo info(path); // follows symbolic links: a linked config.json is common
    if (!info.exists())
        return failure(Problem::Missing, tr("the file does not exist"));
    if (!info.isFile()) {
        return failure(Problem::NotRegularFile,
            tr("it is not a regular file but a directory, a pipe or a device; give the path of a file"));
    }
    if (info.size() > maxBytes) {
        return failure(Problem::TooLarge, tr("it is %1, more than the %2 read at most")
                                              .arg(QLocale().formattedDataSize(info.size()),
                                                  QLocale().formattedDataSize(maxBytes, 0)));
    }
    QFile file(info.absoluteFilePath());
    if (!file.open(QIODevice::ReadOnly))
        return failure(Problem::Unreadable, file.errorString());
    // The file may have grown since it was looked at: never read past the cap.
    Result result;
    result.data = file.read(maxBytes + 1);
    if (result.data.size() > maxBytes) {
        return failure(Problem::TooLarge,
            tr("it is larger than the %1 read at most").arg(QLocale().formattedDataSize(maxBytes, 0)));
    }
    return result;
}
