#include "cli/resourcescommand.h"

#include "cli/clireport.h"
#include "cli/console.h"
#include "core/api/errorcatalog.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

const QString forbiddenCode = u"Forbidden.RAM"_s;

QString actionOf(ResourceType type)
{
    return ResourceLister::pageCall({{}, type}, 1).action;
}

// The keys that apply to the type; empty values of those keys are kept.
QJsonObject resourceJson(const CloudResource &resource)
{
    QJsonObject object {
        {u"id"_s, resource.id},
        {u"name"_s, resource.name},
        {u"resourceType"_s, ResourceTypes::apiName(resource.type)},
        {u"status"_s, resource.status},
    };
    if (resource.type != ResourceType::Vpc) {
        object.insert(u"vpcId"_s, resource.vpcId);
        object.insert(u"zoneId"_s, resource.zoneId);
    }
    if (resource.type != ResourceType::NetworkInterface)
        object.insert(u"cidrBlock"_s, resource.cidrBlock);
    if (resource.type == ResourceType::NetworkInterface) {
        object.insert(u"vSwitchId"_s, resource.vSwitchId);
        object.insert(u"privateIpAddress"_s, resource.privateIpAddress);
        object.insert(u"instanceId"_s, resource.instanceId);
    }
    return object;
}

QString dash(const QString &text)
{
    return text.isEmpty() ? u"-"_s : text;
}

} // namespace

ResourcesCommand::ResourcesCommand(CliOptions options, QObject *parent)
    : AsyncCommand(parent)
    , m_options(std::move(options))
    , m_client(&m_network)
{
}

int ResourcesCommand::start()
{
    m_connection.addDefaultRegion(m_options);
    m_regionId = m_options.field(u"RegionId"_s).trimmed();
    if (m_regionId.isEmpty()) {
        Console::printError(tr("resources needs --region (or a profile with a region_id)."));
        return ExitUsage;
    }
    const QString typeName = m_options.field(u"ResourceType"_s).trimmed();
    const std::optional<ResourceType> type = ResourceTypes::fromApiName(typeName);
    if (!type) {
        Console::printError(typeName.isEmpty()
                ? tr("resources needs --resource-type VPC, VSwitch or NetworkInterface.")
                : tr("Invalid value \"%1\" for --resource-type: expected VPC, VSwitch or NetworkInterface.")
                      .arg(typeName));
        return ExitUsage;
    }
    m_type = *type;
    QString error;
    if (!m_connection.setUp(m_options, &error) || !m_connection.loadCredentials(m_options, &error)) {
        Console::printError(error);
        return ExitUsage;
    }
    const Endpoints::Product product
        = m_type == ResourceType::NetworkInterface ? Endpoints::Product::Ecs : Endpoints::Product::Vpc;
    ResourceLister::Query query {
        m_regionId, m_type, m_options.vpcId, m_connection.endpointFor(product, m_regionId)};
    if (query.endpoint.isEmpty()) {
        Console::printError(tr("No endpoint is known for region \"%1\": pass --endpoint.").arg(m_regionId));
        return ExitUsage;
    }
    m_client.setSettings(m_connection.settingsFor(m_regionId));
    m_client.setCredentialProvider(m_connection.credentialProvider());
    m_lister = new ResourceLister(&m_client, query, this);
    connect(m_lister, &ResourceLister::finished, this, &ResourcesCommand::onFinished);
    m_lister->start();
    return Pending;
}

void ResourcesCommand::interrupt()
{
    m_interrupted = true;
    if (m_lister)
        m_lister->cancel();
    else
        Q_EMIT finished(ExitInterrupted);
}

void ResourcesCommand::onFinished(const CloudResources &resources, const ApiResult &result)
{
    CloudResources shown = resources;
    // DescribeVpcs has no VpcId filter of its own: --vpc-id keeps that one VPC.
    if (m_type == ResourceType::Vpc && !m_options.vpcId.isEmpty())
        shown.removeIf([this](const CloudResource &resource) { return resource.id != m_options.vpcId; });
    if (m_options.output == OutputFormat::Json)
        printJson(shown, result);
    else if (result.ok())
        printText(shown);
    else
        printFailure(result);
    Q_EMIT finished(m_interrupted ? ExitInterrupted : result.ok() ? ExitSuccess : ExitFailure);
}

void ResourcesCommand::printJson(const CloudResources &resources, const ApiResult &result) const
{
    QJsonObject object;
    if (result.ok()) {
        object.insert(u"ok"_s, true);
    } else {
        object = CliReport::resultJson(result);
        object.remove(u"flowLogId"_s);
        object.remove(u"adoptedExisting"_s);
        if (result.code == forbiddenCode)
            object.insert(u"warning"_s, ErrorCatalog::listingForbiddenMessage(actionOf(m_type)));
    }
    object.insert(u"regionId"_s, m_regionId);
    object.insert(u"resourceType"_s, ResourceTypes::apiName(m_type));
    if (result.ok()) {
        QJsonArray list;
        for (const CloudResource &resource : resources)
            list.append(resourceJson(resource));
        object.insert(u"resources"_s, list);
    }
    Console::printLine(CliReport::compactJson(object));
}

void ResourcesCommand::printText(const CloudResources &resources) const
{
    Console::printLine(tr("%n resource(s) of type %1 in %2.", nullptr, int(resources.size()))
                           .arg(ResourceTypes::apiName(m_type), m_regionId));
    for (const CloudResource &resource : resources) {
        switch (m_type) {
        case ResourceType::Vpc:
            Console::printLine(
                tr("%1  %2  %3  %4")
                    .arg(resource.id, dash(resource.name), resource.cidrBlock, resource.status));
            break;
        case ResourceType::VSwitch:
            Console::printLine(tr("%1  %2  %3  %4  %5  %6")
                                   .arg(resource.id, dash(resource.name), resource.vpcId, resource.zoneId,
                                       resource.cidrBlock, resource.status));
            break;
        case ResourceType::NetworkInterface:
            Console::printLine(
                tr("%1  %2  %3  %4  %5  %6  %7")
                    .arg(resource.id, dash(resource.name), resource.vpcId, resource.vSwitchId,
                        resource.privateIpAddress, dash(resource.instanceId), resource.status));
            break;
        }
    }
}

void ResourcesCommand::printFailure(const ApiResult &result) const
{
    if (result.code == forbiddenCode)
        Console::printError(tr("warning: %1").arg(ErrorCatalog::listingForbiddenMessage(actionOf(m_type))));
    Console::printError(CliReport::resultText(result));
}
