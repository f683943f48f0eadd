#include "ui/coverage/coveragetablemodel.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

using namespace Qt::StringLiterals;

CoverageTableModel::CoverageTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CoverageTableModel::setCoverage(QList<VpcCoverage> coverage)
{
    beginResetModel();
    m_coverage = std::move(coverage);
    endResetModel();
}

int CoverageTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_coverage.size());
}

int CoverageTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int CoverageTableModel::severityRank(CoverageState state)
{
    switch (state) {
    case CoverageState::Uncovered: return 0;
    case CoverageState::Partial: return 1;
    case CoverageState::Unknown: return 2;
    case CoverageState::Covered: return 3;
    }
    Q_UNREACHABLE();
}

QVariant CoverageTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_coverage.size())
        return {};
    const VpcCoverage &vpc = m_coverage.at(index.row());
    if (role == StateRole)
        return int(vpc.state);
    if (role == SearchTextRole)
        return QStringList {vpc.vpcName, vpc.vpcId, vpc.regionId, CoverageStates::label(vpc.state),
            CoverageReasons::text(vpc), vpc.flowLogIds.join(u' ')}
            .join(u'\n')
            .toLower();
    const int column = index.column();
    if (role == Qt::DecorationRole && column == StateColumn)
        return stateIcon(vpc.state);
    if (role == Qt::ToolTipRole && (column == ReasonColumn || column == StateColumn))
        return CoverageReasons::text(vpc);
    if (role == SortRole) {
        switch (column) {
        case StateColumn: return severityRank(vpc.state);
        case FlowLogsColumn: return int(vpc.flowLogIds.size());
        default: break;
        }
        return data(index, Qt::DisplayRole).toString().toLower();
    }
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (column) {
    case StateColumn: return CoverageStates::label(vpc.state);
    case NameColumn: return vpc.vpcName;
    case VpcIdColumn: return vpc.vpcId;
    case RegionColumn: return vpc.regionId;
    case ReasonColumn: return CoverageReasons::text(vpc);
    case FlowLogsColumn: return vpc.flowLogIds.join(u", "_s);
    default: return {};
    }
}

QVariant CoverageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StateColumn: return tr("Coverage");
    case NameColumn: return tr("VPC name");
    case VpcIdColumn: return tr("VPC ID");
    case RegionColumn: return tr("Region");
    case ReasonColumn: return tr("Why");
    case FlowLogsColumn: return tr("Flow logs");
    default: return {};
    }
}

QIcon CoverageTableModel::stateIcon(CoverageState state)
{
    constexpr int Size = 14;
    QPixmap pixmap(Size * 2, Size * 2);
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box(1.5, 1.5, Size - 3, Size - 3);
    QColor colour;
    QPainterPath mark;
    switch (state) {
    case CoverageState::Covered: // a filled disc
        colour = QColor(0x2e, 0x7d, 0x32);
        mark.addEllipse(box);
        break;
    case CoverageState::Partial: // a half-filled disc
        colour = QColor(0xc7, 0x7c, 0x02);
        mark.moveTo(box.center());
        mark.arcTo(box, 90, 180);
        mark.closeSubpath();
        break;
    case CoverageState::Uncovered: // a ring
        colour = QColor(0xc6, 0x28, 0x28);
        break;
    case CoverageState::Unknown: // a dotted ring
        colour = QColor(0x75, 0x75, 0x75);
        break;
    }
    QPen pen(colour, 1.6);
    if (state == CoverageState::Unknown)
        pen.setStyle(Qt::DotLine);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(box);
    painter.fillPath(mark, colour);
    painter.end();
    return QIcon(pixmap);
}
