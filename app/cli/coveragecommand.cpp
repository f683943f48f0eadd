#include "cli/coveragecommand.h"

#include "cli/clireport.h"
#include "cli/console.h"
#include "core/api/errorcatalog.h"
#include "core/config/regioncatalog.h"
#include "core/inventory/inventoryloader.h"
#include "core/inventory/resourcelister.h"

#include <QJsonObject>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

const QString forbiddenCode = u"Forbidden.RAM"_s;
const QString fallbackRegion = u"cn-hangzhou"_s;
const QString columnGap = u"  "_s;

// Columns on a terminal: CJK and full-width characters take two.
int displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar character : text) {
        const char16_t code = character.unicode();
        width += (code >= 0x1100
                     && (code <= 0x115f || (code >= 0x2e80 && code <= 0xa4cf)
                         || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff)
                         || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60)
                         || (code >= 0xffe0 && code <= 0xffe6)))
            ? 2
            : 1;
    }
    return width;
}

QString padded(const QString &text, int width)
{
    return text + QString(std::max(0, width - displayWidth(text)), u' ');
}

QStringList regionsOf(const QJsonObject &body)
{
    const QJsonValue list = body.value("Regions"_L1).toObject().value("Region"_L1);
    const QJsonArray items = list.isArray() ? list.toArray() : QJsonArray {list};
    QStringList regions;
    for (const QJsonValue &item : items) {
        const QString id = item.toObject().value("RegionId"_L1).toString();
        if (!id.isEmpty())
            regions.append(id);
    }
    return regions;
}

QString failedAction(const Inventory &inventory)
{
    if (!inventory.isComplete(ResourceType::Vpc))
        return ResourceLister::pageCall({inventory.regionId, ResourceType::Vpc}, 1).action;
    return u"DescribeFlowLogs"_s;
}

} // namespace

CoverageCommand::CoverageCommand(CliOptions options, QObject *parent)
    : AsyncCommand(parent)
    , m_options(std::move(options))
    , m_client(&m_network)
{
}

int CoverageCommand::start()
{
    const QString region = m_options.field(u"RegionId"_s).trimmed();
    if (region.isEmpty() == !m_options.allRegions) {
        Console::printError(tr("coverage needs either --region R or --all-regions."));
        return ExitUsage;
    }
    QString error;
    if (!m_connection.setUp(m_options, &error) || !m_connection.loadCredentials(m_options, &error)) {
        Console::printError(error);
        return ExitUsage;
    }
    if (!m_options.allRegions && m_connection.endpointFor(Endpoints::Product::Vpc, region).isEmpty()) {
        Console::printError(tr("No endpoint is known for region \"%1\": pass --endpoint.").arg(region));
        return ExitUsage;
    }
    const QString home = m_connection.defaultRegion().isEmpty() ? (region.isEmpty() ? fallbackRegion : region)
                                                                : m_connection.defaultRegion();
    m_client.setSettings(m_connection.settingsFor(home));
    m_client.setCredentialProvider(m_connection.credentialProvider());
    if (m_options.allRegions)
        askForRegions();
    else
        startRegions({region});
    return Pending;
}

void CoverageCommand::askForRegions()
{
    const ApiCall describeRegions {u"DescribeRegions"_s, u"2016-04-28"_s, {}};
    connect(
        m_client.call(describeRegions, true), &ApiCallHandle::finished, this, &CoverageCommand::onRegions);
}

// The regions the account may use; the built-in list when DescribeRegions fails.
void CoverageCommand::onRegions(const ApiResult &result)
{
    if (m_interrupted) {
        finish();
        return;
    }
    QStringList regions = result.ok() ? regionsOf(result.body) : QStringList {};
    if (regions.isEmpty()) {
        Console::printError(tr("warning: DescribeRegions failed (%1); checking the built-in list of regions.")
                                .arg(result.code.isEmpty() ? tr("no regions") : result.code));
        for (const Region &region : RegionCatalog::builtIn())
            regions.append(region.id);
    }
    startRegions(regions);
}

void CoverageCommand::startRegions(const QStringList &regions)
{
    m_regions = regions;
    m_queue = regions;
    for (const QString &region : regions)
        m_reports.insert(region, RegionReport {region});
    startNextRegions();
}

void CoverageCommand::startNextRegions()
{
    m_loaders.removeAll(nullptr);
    while (!m_interrupted && !m_queue.isEmpty() && m_loaders.size() < regionsAtOnce) {
        const QString regionId = m_queue.takeFirst();
        InventoryLoader::Target target;
        target.profileId = m_connection.profileId();
        target.regionId = regionId;
        target.vpcEndpoint = m_connection.endpointFor(Endpoints::Product::Vpc, regionId);
        target.ecsEndpoint = m_connection.endpointFor(Endpoints::Product::Ecs, regionId);
        auto *loader = new InventoryLoader(&m_client, target, this);
        m_loaders.append(loader);
        connect(loader, &InventoryLoader::finished, this,
            [this, loader, regionId](const Inventory &inventory, bool cancelled) {
                loader->deleteLater();
                m_loaders.removeAll(loader);
                onRegionLoaded(regionId, inventory, cancelled);
            });
        loader->start();
    }
    if (m_loaders.isEmpty() && (m_queue.isEmpty() || m_interrupted))
        finish();
}

void CoverageCommand::onRegionLoaded(const QString &regionId, const Inventory &inventory, bool cancelled)
{
    RegionReport &report = m_reports[regionId];
    report.done = !cancelled;
    report.vpcs = Coverage::evaluate(inventory);
    if (!inventory.isComplete(ResourceType::Vpc))
        report.failure = inventory.resourceFailures.value(ResourceType::Vpc);
    else if (inventory.flowLogFailure)
        report.failure = inventory.flowLogFailure;
    for (ResourceType type : {ResourceType::VSwitch, ResourceType::NetworkInterface}) {
        if (!inventory.isComplete(type)) {
            report.warnings.append(inventory.resourceFailures.value(type));
            report.warningActions.append(ResourceLister::pageCall({regionId, type}, 1).action);
        }
    }
    if (report.failure && m_options.output == OutputFormat::Text) {
        Console::printError(tr("%1: could not be listed (%2 %3).")
                                .arg(regionId, failedAction(inventory), report.failure->code));
    }
    if (m_options.output == OutputFormat::Text && !report.failure) {
        for (qsizetype i = 0; i < report.warnings.size(); ++i) {
            const ApiResult &warning = report.warnings.at(i);
            Console::printError(warning.code == forbiddenCode
                    ? tr("warning: %1: %2")
                          .arg(regionId, ErrorCatalog::listingForbiddenMessage(report.warningActions.at(i)))
                    : tr("warning: %1: %2 failed (%3); the flow logs of its VPCs were asked VPC by VPC.")
                          .arg(regionId, report.warningActions.at(i), warning.code));
        }
    }
    startNextRegions();
}

void CoverageCommand::interrupt()
{
    m_interrupted = true;
    m_queue.clear();
    const QList<QPointer<InventoryLoader>> loaders = m_loaders;
    for (const QPointer<InventoryLoader> &loader : loaders) {
        if (loader)
            loader->cancel();
    }
    if (loaders.isEmpty() && m_reports.isEmpty())
        finish(); // still asking DescribeRegions: its answer finishes
}

void CoverageCommand::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (!m_interrupted) {
        if (m_options.output == OutputFormat::Json)
            printJson();
        else
            printText();
    }
    Q_EMIT finished(exitCode());
}

// 1 when a region or a VPC could not be judged; else 3 when something is not covered; else 0.
int CoverageCommand::exitCode() const
{
    if (m_interrupted)
        return ExitInterrupted;
    bool notCovered = false;
    for (const RegionReport &report : m_reports) {
        if (report.failure || !report.done)
            return ExitFailure;
        for (const VpcCoverage &vpc : report.vpcs) {
            if (vpc.state == CoverageState::Unknown)
                return ExitFailure;
            notCovered = notCovered || vpc.state != CoverageState::Covered;
        }
    }
    return notCovered ? ExitNotCovered : ExitSuccess;
}

void CoverageCommand::printJson() const
{
    QJsonArray vpcs;
    QJsonArray regions;
    QList<VpcCoverage> all;
    bool allListed = true;
    for (const QString &regionId : m_regions) {
        const RegionReport report = m_reports.value(regionId);
        QJsonObject region {
            {u"regionId"_s, regionId}, {u"ok"_s, !report.failure}, {u"vpcCount"_s, int(report.vpcs.size())}};
        if (report.failure) {
            allListed = false;
            region.insert(u"code"_s, report.failure->code);
            region.insert(u"message"_s, report.failure->message);
            region.insert(u"httpStatus"_s, report.failure->httpStatus);
        }
        QJsonArray warnings;
        for (qsizetype i = 0; i < report.warnings.size(); ++i) {
            const ApiResult &warning = report.warnings.at(i);
            warnings.append(
                QJsonObject {{u"action"_s, report.warningActions.at(i)}, {u"code"_s, warning.code},
                    {u"message"_s,
                        warning.code == forbiddenCode
                            ? ErrorCatalog::listingForbiddenMessage(report.warningActions.at(i))
                            : warning.message}});
        }
        if (!warnings.isEmpty())
            region.insert(u"warnings"_s, warnings);
        regions.append(region);
        for (const VpcCoverage &vpc : report.vpcs) {
            all.append(vpc);
            vpcs.append(QJsonObject {
                {u"regionId"_s, vpc.regionId},
                {u"id"_s, vpc.vpcId},
                {u"name"_s, vpc.vpcName},
                {u"state"_s, CoverageStates::apiName(vpc.state)},
                {u"reason"_s, CoverageReasons::text(vpc)},
                {u"reasonCode"_s, CoverageReasons::apiName(vpc.reason)},
                {u"flowLogIds"_s, QJsonArray::fromStringList(vpc.flowLogIds)},
            });
        }
    }
    const CoverageCounts counts = Coverage::count(all);
    const QJsonObject object {
        {u"ok"_s, allListed},
        {u"vpcs"_s, vpcs},
        {u"counts"_s,
            QJsonObject {{u"covered"_s, counts.covered}, {u"partial"_s, counts.partial},
                {u"uncovered"_s, counts.uncovered}, {u"unknown"_s, counts.unknown}}},
        {u"regions"_s, regions},
    };
    Console::printLine(CliReport::compactJson(object));
}

void CoverageCommand::printText() const
{
    QList<QStringList> rows;
    QList<VpcCoverage> all;
    for (const QString &regionId : m_regions) {
        const RegionReport report = m_reports.value(regionId);
        for (const VpcCoverage &vpc : report.vpcs) {
            all.append(vpc);
            rows.append({vpc.regionId, vpc.vpcId, vpc.vpcName.isEmpty() ? u"-"_s : vpc.vpcName,
                CoverageStates::label(vpc.state), CoverageReasons::text(vpc)});
        }
    }
    const QStringList header {tr("Region"), tr("VPC"), tr("Name"), tr("State"), tr("Reason")};
    QList<int> widths;
    for (const QString &title : header)
        widths.append(displayWidth(title));
    for (const QStringList &row : std::as_const(rows)) {
        for (qsizetype column = 0; column + 1 < row.size(); ++column)
            widths[column] = std::max(widths[column], displayWidth(row.at(column)));
    }
    const auto line = [&widths](const QStringList &cells) -> QString {
        QString text;
        for (qsizetype column = 0; column + 1 < cells.size(); ++column)
            text += padded(cells.at(column), widths.at(column)) + columnGap;
        return text + cells.constLast();
    };
    if (!rows.isEmpty()) {
        Console::printLine(line(header));
        for (const QStringList &row : std::as_const(rows))
            Console::printLine(line(row));
    }
    const CoverageCounts counts = Coverage::count(all);
    QStringList parts {tr("%n VPC(s)", nullptr, counts.total()), tr("%1 covered").arg(counts.covered),
        tr("%1 partial").arg(counts.partial), tr("%1 uncovered").arg(counts.uncovered)};
    if (counts.unknown > 0)
        parts.append(tr("%1 unknown").arg(counts.unknown));
    Console::printLine(parts.join(u" · "_s));
}
