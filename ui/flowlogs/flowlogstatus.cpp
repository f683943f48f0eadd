#include "ui/flowlogs/flowlogstatus.h"

#include "core/api/errorcatalog.h"


#include <QCoreApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace FlowLogStatuses {

QString label(const QString &status)
{
    if (status == u"Active")
        return QCoreApplication::translate("FlowLogStatuses", "Active");
    if (status == u"Inactive")
        return QCoreApplication::translate("FlowLogStatuses", "Inactive");
    if (status == u"Activating")
        return QCoreApplication::translate("FlowLogStatuses", "Activating");
    if (status == u"Deactivating")
        return QCoreApplication::translate("FlowLogStatuses", "Deactivating");
    if (status == u"Deleting")
        return QCoreApplication::translate("FlowLogStatuses", "Deleting");
    return status;
}

bool isTransient(const QString &status)
{
    return status == u"Activating" || status == u"Deactivating" || status == u"Deleting";
}

QIcon icon(const QString &status)
{
    constexpr int Size = 14;
    QPixmap pixmap(Size * 2, Size * 2);
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box(1.5, 1.5, Size - 3, Size - 3);
    QColor colour(0x75, 0x75, 0x75);
    QPainterPath mark;
    if (status == u"Active") { // a filled disc
        colour = QColor(0x2e, 0x7d, 0x32);
        mark.addEllipse(box);
    } else if (isTransient(status)) { // a half-filled disc: on the way
        colour = status == u"Activating" ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc7, 0x7c, 0x02);
        mark.moveTo(box.center());
        mark.arcTo(box, 90, 180);
        mark.closeSubpath();
    } // Inactive and anything else: a grey ring
    painter.setPen(QPen(colour, 1.6));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(box);
    painter.fillPath(mark, colour);
    painter.end();
    return QIcon(pixmap);
}

} // namespace FlowLogStatuses

namespace FlowLogStatuses {

QString deliveryProblem(const FlowLogInfo &flowLog)
{
    if (flowLog.deliverStatus.compare(u"FAILED"_s, Qt::CaseInsensitive) != 0)
        return {};
    const ErrorCatalog::DeliveryProblem problem = ErrorCatalog::deliveryProblem(flowLog.deliverErrorMessage);
    return problem.whatToDo.isEmpty() ? problem.what : problem.what + u' ' + problem.whatToDo;
}

QString readOnlyReason()
{
    return ErrorCatalog::readOnlyReason(u"sls"_s);
}

} // namespace FlowLogStatuses
