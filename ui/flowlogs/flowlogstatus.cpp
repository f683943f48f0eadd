#include "ui/flowlogs/flowlogstatus.h"


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
    // FlowLogDeliverErrorMessage as the API documents it ("UnavaliableTarget" sic).
    const QString &code = flowLog.deliverErrorMessage;
    if (code == u"ProjectNotExist")
        return QCoreApplication::translate("FlowLogStatuses",
            "The Log Service project %1 no longer exists, so nothing is delivered. Create the project again with "
            "the same name in the same region (and its logstore %2), or delete this flow log.")
            .arg(flowLog.projectName, flowLog.logStoreName);
    if (code == u"UnavaliableTarget" || code == u"UnavailableTarget")
        return QCoreApplication::translate("FlowLogStatuses",
            "The logstore %1 of project %2 is unavailable: check in Log Service that it exists and has not been "
            "deleted; create it again with the same name, or delete this flow log.")
            .arg(flowLog.logStoreName, flowLog.projectName);
    if (code == u"UnknownError")
        return QCoreApplication::translate("FlowLogStatuses",
            "Delivery failed inside the service. It usually recovers by itself: refresh later, and if it persists, "
            "stop and start the flow log or contact Alibaba Cloud support.");
    return QCoreApplication::translate("FlowLogStatuses",
        "Delivery to Log Service failed (%1). Check that project %2 and logstore %3 exist in this region.")
        .arg(code.isEmpty() ? QCoreApplication::translate("FlowLogStatuses", "no reason given") : code,
            flowLog.projectName, flowLog.logStoreName);
}

QString readOnlyReason()
{
    return QCoreApplication::translate("FlowLogStatuses",
        "Created from the Log Service console: it is listed here, but only Log Service can start, stop, edit "
        "or delete it.");
}

} // namespace FlowLogStatuses
