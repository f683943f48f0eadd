#pragma once

#include <QList>
#include <QPair>
#include <QString>

// Name/value pairs as they are signed and sent. Same type as ApiParameters of the request model.
using QueryParameters = QList<QPair<QString, QString>>;
using HeaderList = QList<QPair<QByteArray, QByteArray>>;
