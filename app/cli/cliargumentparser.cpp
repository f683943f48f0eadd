#include "cli/cliargumentparser.h"

#include "cli/clireport.h"
#include "core/request/requestvalidator.h"
#include "core/request/resourcetype.h"
#include "core/request/tagsyntax.h"

#include <QCommandLineParser>

#include <limits>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

struct CommandName
{
    const char16_t *name;
    CliCommand command;
};

constexpr CommandName CommandNames[] = {
    {u"create", CliCommand::Create},   {u"validate", CliCommand::Validate}, {u"batch", CliCommand::Batch},
    {u"describe", CliCommand::Describe}, {u"history", CliCommand::History}, {u"resources", CliCommand::Resources},
    {u"coverage", CliCommand::Coverage}, {u"start", CliCommand::Start}, {u"activate", CliCommand::Start},
    {u"stop", CliCommand::Stop},       {u"deactivate", CliCommand::Stop},   {u"modify", CliCommand::Modify},
    {u"delete", CliCommand::Delete},   {u"help", CliCommand::Help},
    {u"--help", CliCommand::Help},     {u"-h", CliCommand::Help},           {u"--version", CliCommand::Version},
};

// How an option's values become API parameters.
enum class FieldKind {
    Text,     // once: the parameter as typed
    Repeated, // repeatable, order kept: <apiName>.1, <apiName>.2, ...
    Tag,      // repeatable KEY=VALUE (TagSyntax): Tag.N.Key and Tag.N.Value
};

// Which commands take a field option.
enum FieldScope : unsigned {
    ForCreate = 1,   // create and validate
    ForDescribe = 2, // a filter of describe
    ForBatch = 4,    // batch: the value of rows that leave the column out or empty
    ForResources = 8, // resources: where and what to list
    ForCoverage = 16, // coverage: the region
    ForAction = 32,   // start, stop, delete: the region
    ForModify = 64,   // modify: the region and what to change
};

// A request field as an option: the option name, the API parameter it fills, its description.
struct FieldOption
{
    const char16_t *option;
    const char16_t *apiName;
    const char *valueName;
    const char *description;
    unsigned scope = ForCreate | ForDescribe;
    FieldKind kind = FieldKind::Text;
};

constexpr FieldOption FieldOptions[] = {
    {u"region", u"RegionId", QT_TRANSLATE_NOOP("CliArgumentParser", "REGION"),
        QT_TRANSLATE_NOOP("CliArgumentParser", "Region ID, e.g. cn-hangzhou."),
        ForCreate | ForDescribe | ForResources | ForCoverage | ForAction | ForModify},
    {u"resource-type", u"ResourceType", QT_TRANSLATE_NOOP("CliArgumentParser", "TYPE"),
        QT_TRANSLATE_NOOP("CliArgumentParser", "NetworkInterface, VSwitch or VPC."), ForCreate | ForDescribe | ForResources},
    {u"resource-id", u"ResourceId", QT_TRANSLATE_NOOP("CliArgumentParser", "ID"),
        QT_TRANSLATE_NOOP("CliArgumentParser", "ID of the resource whose traffic is captured.")},
    {u"traffic-type", u"TrafficType", QT_TRANSLATE_NOOP("CliArgumentParser", "TYPE"),
        QT_TRANSLATE_NOOP("CliArgumentParser", "All, Allow or Drop."), ForCreate | ForDescribe},
    {u"project", u"ProjectName", QT_TRANSLATE_NOOP("CliArgumentParser", "PROJECT"),
        QT_TRANSLATE_NOOP("CliArgumentParser", "Log Service project that stores the flow log.")},
    {u"logstore", u"LogStoreName", QT_TRANSLATE_NOOP("CliArgumentParser", "LOGSTORE"),
        QT_TRANSLATE_NOOP("CliArgumentParser", "Logstore that stores the flow log.")},
    {u"name", u"FlowLogName", QT_TRANSLATE_NOOP("CliArgumentParser", "NAME"),
        QT_TRANSLATE_NOOP("CliArgumentParser", "Flow log name (optional)."), ForCreate | ForDescribe | ForModify},
    {u"description", u"Description", QT_TRANSLATE_NOOP("CliArgumentParser", "TEXT"),
        QT_TRANSLATE_NOOP("CliArgumentParser", "Flow log description (optional)."), ForCreate | ForModify},
    {u"aggregation-interval", u"AggregationInterval", QT_TRANSLATE_NOOP("CliArgumentParser", "MINUTES"),
        QT_TRANSLATE_NOOP("CliArgumentParser", "Sampling interval in minutes: 1, 5 or 10 (optional; the service's "
                                               "default is 10)."),
        ForCreate | ForBatch | ForModify},
    {u"traffic-path", u"TrafficPath", QT_TRANSLATE_NOOP("CliArgumentParser", "PATH"),
        QT_TRANSLATE_NOOP("CliArgumentParser", "Traffic path to capture: all or internetGateway (optional, "
                                               "repeatable; the service's default is all)."),
        ForCreate | ForBatch, FieldKind::Repeated},
    {u"ip-version", u"IpVersion", QT_TRANSLATE_NOOP("CliArgumentParser", "VERSION"),
        QT_TRANSLATE_NOOP("CliArgumentParser", "IP version of the captured traffic: IPV4 or DualStack (optional; "
                                               "the service's default is IPV4)."),
        ForCreate | ForBatch | ForModify},
    {u"resource-group-id", u"ResourceGroupId", QT_TRANSLATE_NOOP("CliArgumentParser", "ID"),
        QT_TRANSLATE_NOOP("CliArgumentParser", "Resource group of the flow log, rg-... (optional)."),
        ForCreate | ForBatch | ForModify},
    {u"tag", u"Tag", QT_TRANSLATE_NOOP("CliArgumentParser", "KEY=VALUE"),
        QT_TRANSLATE_NOOP("CliArgumentParser", "A tag of the flow log (optional, repeatable, up to 20). KEY= "
                                               "gives an empty value; write \\= \\; and \\\\ for a "
                                               "literal =, ; and backslash."),
        ForCreate | ForBatch | ForModify, FieldKind::Tag},
};

unsigned scopeOf(CliCommand command)
{
    switch (command) {
    case CliCommand::Create:
    case CliCommand::Validate:
        return ForCreate;
    case CliCommand::Describe:
        return ForDescribe;
    case CliCommand::Batch:
        return ForBatch;
    case CliCommand::Resources:
        return ForResources;
    case CliCommand::Coverage:
        return ForCoverage;
    case CliCommand::Start:
    case CliCommand::Stop:
    case CliCommand::Delete:
        return ForAction;
    case CliCommand::Modify:
        return ForModify;
    default:
        return 0;
    }
}

// Lower-case (or otherwise mis-cased) aliases of the enum values, as the operator may type them.
constexpr std::pair<const char16_t *, const char16_t *> EnumSpellings[] = {
    {u"ip-version", u"IPV4"},
    {u"ip-version", u"DualStack"},
    {u"traffic-path", u"all"},
    {u"traffic-path", u"internetGateway"},
    {u"traffic-type", u"All"},
    {u"traffic-type", u"Allow"},
    {u"traffic-type", u"Drop"},
    {u"status", u"Active"},
    {u"status", u"Inactive"},
    {u"status", u"Activating"},
    {u"status", u"Deactivating"},
    {u"status", u"Deleting"},
};

bool isAction(CliCommand command)
{
    return command == CliCommand::Start || command == CliCommand::Stop || command == CliCommand::Modify
        || command == CliCommand::Delete;
}

bool takesFields(CliCommand command)
{
    return scopeOf(command) != 0;
}

bool connects(CliCommand command)
{
    return command == CliCommand::Create || command == CliCommand::Batch || command == CliCommand::Describe
        || command == CliCommand::Resources || command == CliCommand::Coverage || isAction(command);
}

QString translated(const char *text)
{
    return QCoreApplication::translate("CliArgumentParser", text);
}

QCommandLineOption valueOption(const QString &name, const char *description, const char *valueName)
{
    return QCommandLineOption(name, translated(description), translated(valueName));
}

void addFieldOptions(QCommandLineParser &parser, CliCommand command)
{
    for (const FieldOption &field : FieldOptions) {
        if (field.scope & scopeOf(command))
            parser.addOption(valueOption(QString::fromUtf16(field.option), field.description, field.valueName));
    }
}

void addConnectionOptions(QCommandLineParser &parser)
{
    parser.addOption(valueOption(u"endpoint"_s,
        QT_TRANSLATE_NOOP("CliArgumentParser", "Endpoint to call instead of the region's (plain http only on loopback)."),
        QT_TRANSLATE_NOOP("CliArgumentParser", "URL")));
    parser.addOption(valueOption(u"signature"_s,
        QT_TRANSLATE_NOOP("CliArgumentParser", "Signature version: v3 (default) or v1."),
        QT_TRANSLATE_NOOP("CliArgumentParser", "VERSION")));
    parser.addOption(valueOption(u"method"_s,
        QT_TRANSLATE_NOOP("CliArgumentParser", "HTTP method: POST (default) or GET."),
        QT_TRANSLATE_NOOP("CliArgumentParser", "METHOD")));
    parser.addOption(valueOption(u"profile"_s,
        QT_TRANSLATE_NOOP("CliArgumentParser",
            "Profile to use: NAME or aliyun:NAME of ~/.aliyun/config.json, own:NAME added in FlowLog Studio, "
            "env (the ALIBABA_CLOUD_* variables) or sandbox (with --endpoint of the app's sandbox)."),
        QT_TRANSLATE_NOOP("CliArgumentParser", "NAME")));
    parser.addOption(valueOption(u"config-path"_s,
        QT_TRANSLATE_NOOP("CliArgumentParser",
            "The aliyun CLI configuration file to read profiles from, instead of the one chosen in FlowLog "
            "Studio's settings (default ~/.aliyun/config.json)."),
        QT_TRANSLATE_NOOP("CliArgumentParser", "FILE")));
    parser.addOption(valueOption(u"timeout"_s,
        QT_TRANSLATE_NOOP("CliArgumentParser",
            "Idle timeout: an attempt ends when no byte has moved for this many seconds (default 10)."),
        QT_TRANSLATE_NOOP("CliArgumentParser", "SECONDS")));
    parser.addOption(valueOption(u"total-timeout"_s,
        QT_TRANSLATE_NOOP("CliArgumentParser",
            "An attempt ends after this many seconds in all, however slowly the answer comes (default 30)."),
        QT_TRANSLATE_NOOP("CliArgumentParser", "SECONDS")));
    parser.addOption(valueOption(u"retries"_s,
        QT_TRANSLATE_NOOP("CliArgumentParser", "Retries after a failure that certainly did not act (default 2)."),
        QT_TRANSLATE_NOOP("CliArgumentParser", "N")));
}

void addCommandOptions(QCommandLineParser &parser, CliCommand command)
{
    if (command == CliCommand::Create) {
        parser.addOption(QCommandLineOption(u"dry-run"_s,
            translated(QT_TRANSLATE_NOOP("CliArgumentParser", "Print the signed request instead of sending it."))));
    }
    if (isAction(command)) {
        parser.addOption(valueOption(u"flow-log-id"_s,
            QT_TRANSLATE_NOOP("CliArgumentParser", "Flow log to act on (repeatable: several are handled a few at a time)."),
            QT_TRANSLATE_NOOP("CliArgumentParser", "ID")));
        parser.addOption(QCommandLineOption(u"wait"_s,
            translated(QT_TRANSLATE_NOOP("CliArgumentParser",
                "Follow each flow log until it rests (Active, Inactive, or gone) and print it."))));
        parser.addOption(valueOption(u"wait-timeout"_s,
            QT_TRANSLATE_NOOP("CliArgumentParser",
                "With --wait, give up after this many seconds; the outcome is then unknown (default 300)."),
            QT_TRANSLATE_NOOP("CliArgumentParser", "SECONDS")));
        parser.addOption(QCommandLineOption(u"no-history"_s,
            translated(QT_TRANSLATE_NOOP("CliArgumentParser", "Do not record the actions in the history."))));
    }
    if (command == CliCommand::Delete) {
        parser.addOption(QCommandLineOption(u"yes"_s,
            translated(QT_TRANSLATE_NOOP("CliArgumentParser",
                "Confirm the deletion, which cannot be undone (required)."))));
    }
    if (command == CliCommand::Modify) {
        parser.addOption(valueOption(u"untag"_s,
            QT_TRANSLATE_NOOP("CliArgumentParser", "Remove the tag with this key (repeatable)."),
            QT_TRANSLATE_NOOP("CliArgumentParser", "KEY")));
    }
    if (command == CliCommand::Create || command == CliCommand::Batch) {
        parser.addOption(QCommandLineOption(u"no-history"_s,
            translated(QT_TRANSLATE_NOOP("CliArgumentParser", "Do not record the attempts in the history."))));
        parser.addOption(QCommandLineOption(u"if-absent"_s,
            translated(QT_TRANSLATE_NOOP("CliArgumentParser",
                "Create only when no flow log with the same parameters exists; adopt the one that does. "
                "Safe for running again after an interruption."))));
    }
    if (command == CliCommand::Batch) {
        parser.addOption(valueOption(u"concurrency"_s,
            QT_TRANSLATE_NOOP("CliArgumentParser", "Calls in flight at once, 1 to 64 (default 4)."),
            QT_TRANSLATE_NOOP("CliArgumentParser", "N")));
        parser.addOption(valueOption(u"rate"_s,
            QT_TRANSLATE_NOOP("CliArgumentParser", "At most this many calls started per second (default: no limit)."),
            QT_TRANSLATE_NOOP("CliArgumentParser", "PER_SECOND")));
    }
    if (command == CliCommand::Describe) {
        parser.addOption(valueOption(u"status"_s,
            QT_TRANSLATE_NOOP("CliArgumentParser", "Only flow logs in this status: Active, Inactive, Activating, ..."),
            QT_TRANSLATE_NOOP("CliArgumentParser", "STATUS")));
        parser.addOption(valueOption(u"vpc-id"_s,
            QT_TRANSLATE_NOOP("CliArgumentParser", "Only the flow logs of this VPC, its vSwitches and its network interfaces."),
            QT_TRANSLATE_NOOP("CliArgumentParser", "ID")));
        parser.addOption(valueOption(u"flow-log-id"_s,
            QT_TRANSLATE_NOOP("CliArgumentParser", "Flow log ID to look for."), QT_TRANSLATE_NOOP("CliArgumentParser", "ID")));
        parser.addOption(valueOption(u"page"_s,
            QT_TRANSLATE_NOOP("CliArgumentParser", "Page of results, 50 per page (default 1)."),
            QT_TRANSLATE_NOOP("CliArgumentParser", "N")));
        parser.addOption(QCommandLineOption(u"all-pages"_s,
            translated(QT_TRANSLATE_NOOP("CliArgumentParser", "Every page of results, from --page on."))));
    }
    if (command == CliCommand::Resources) {
        parser.addOption(valueOption(u"vpc-id"_s,
            QT_TRANSLATE_NOOP("CliArgumentParser", "Only the vSwitches or network interfaces of this VPC."),
            QT_TRANSLATE_NOOP("CliArgumentParser", "ID")));
    }
    if (command == CliCommand::Coverage) {
        parser.addOption(QCommandLineOption(u"all-regions"_s,
            translated(QT_TRANSLATE_NOOP("CliArgumentParser",
                "Every region the account can use (DescribeRegions; the built-in list when that fails)."))));
    }
    if (command == CliCommand::History) {
        parser.addOption(valueOption(u"limit"_s,
            QT_TRANSLATE_NOOP("CliArgumentParser", "Newest N entries (default 20; 0 for all)."),
            QT_TRANSLATE_NOOP("CliArgumentParser", "N")));
    }
}

void addOutputOption(QCommandLineParser &parser, CliCommand command)
{
    if (command == CliCommand::History) {
        parser.addOption(valueOption(u"output"_s,
            QT_TRANSLATE_NOOP("CliArgumentParser", "Output format: text (default), json or csv."),
            QT_TRANSLATE_NOOP("CliArgumentParser", "FORMAT")));
    } else if (command == CliCommand::Batch) {
        parser.addOption(valueOption(u"output"_s,
            QT_TRANSLATE_NOOP("CliArgumentParser", "Output format: json, one line per row (the only one)."),
            QT_TRANSLATE_NOOP("CliArgumentParser", "FORMAT")));
    } else {
        parser.addOption(valueOption(u"output"_s,
            QT_TRANSLATE_NOOP("CliArgumentParser", "Output format: text (default) or json."),
            QT_TRANSLATE_NOOP("CliArgumentParser", "FORMAT")));
    }
}

// The line above a command's options: its name and, for the actions, what it does.
QString commandDescription(CliCommand command, const QString &name)
{
    QString text = u"flowlog-cli "_s + name;
    switch (command) {
    case CliCommand::Start:
        return text + u"\n"_s + QCoreApplication::translate("CliArgumentParser",
            "Starts (activates) flow logs: ActiveFlowLog. Also: flowlog-cli activate.");
    case CliCommand::Stop:
        return text + u"\n"_s + QCoreApplication::translate("CliArgumentParser",
            "Stops (deactivates) flow logs: DeactiveFlowLog. Also: flowlog-cli deactivate.");
    case CliCommand::Modify:
        return text + u"\n"_s + QCoreApplication::translate("CliArgumentParser",
            "Changes the name, description, interval, IP version, tags or resource group of flow logs.");
    case CliCommand::Delete:
        return text + u"\n"_s + QCoreApplication::translate("CliArgumentParser",
            "Deletes flow logs for good: DeleteFlowLog. Needs --yes; a flow log already gone counts as deleted.");
    default:
        return text;
    }
}

QString badValue(const QString &option, const QString &value, const QString &allowed)
{
    return QCoreApplication::translate("CliArgumentParser", "Invalid value \"%1\" for --%2: expected %3.")
        .arg(value, option, allowed);
}

} // namespace

QString CliArgumentParser::languageOption(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--lang"_s)
            return arguments.value(i + 1);
        if (argument.startsWith(u"--lang="_s))
            return argument.mid(7);
    }
    return {};
}

CliArgumentParser::Result CliArgumentParser::parse(const QStringList &arguments)
{
    Result result;
    const QString name = arguments.value(1);
    if (name.isEmpty())
        return result; // no command: the overview
    for (const CommandName &known : CommandNames) {
        if (name == QStringView(known.name))
            return parseCommand(known.command, arguments);
    }
    result.error = tr("Unknown command \"%1\". Run \"flowlog-cli help\" to see the commands.").arg(name);
    return result;
}

// "help create" lists create's options; "help", "help help", "help --help" or an unknown word: the
// overview. Looked up, not parsed again, so that no spelling of help can recurse.
CliCommand CliArgumentParser::helpTopic(const QStringList &words)
{
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &word = words.at(i);
        if (word == u"--lang"_s)
            ++i; // its value is no topic
        if (word.startsWith(u'-'))
            continue;
        for (const CommandName &known : CommandNames) {
            if (word == QStringView(known.name))
                return known.command == CliCommand::Version ? CliCommand::Help : known.command;
        }
        return CliCommand::Help;
    }
    return CliCommand::Help;
}

CliArgumentParser::Result CliArgumentParser::parseCommand(CliCommand command, const QStringList &arguments)
{
    Result result;
    result.options.command = command;
    if (command == CliCommand::Version)
        return result;
    if (command == CliCommand::Help) {
        result.options.helpFor = helpTopic(arguments.mid(2));
        return result;
    }
    QCommandLineParser parser;
    setUp(parser, command);
    if (!parser.parse(QStringList {arguments.value(0)} + arguments.mid(2))) {
        result.error = parser.errorText();
        return result;
    }
    if (parser.isSet(u"help"_s)) {
        result.options.command = CliCommand::Help;
        result.options.helpFor = command;
        return result;
    }
    result.error = readValues(parser, command, result.options);
    return result;
}

void CliArgumentParser::setUp(QCommandLineParser &parser, CliCommand command)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOption(QCommandLineOption({u"h"_s, u"help"_s}, tr("Show this command's options.")));
    parser.addOption(valueOption(u"lang"_s, QT_TRANSLATE_NOOP("CliArgumentParser", "Language of messages: zh or en."),
        QT_TRANSLATE_NOOP("CliArgumentParser", "LANG")));
    if (takesFields(command))
        addFieldOptions(parser, command);
    if (connects(command))
        addConnectionOptions(parser);
    addCommandOptions(parser, command);
    addOutputOption(parser, command);
    if (command == CliCommand::Batch)
        parser.addPositionalArgument(u"file"_s, tr("CSV file whose header row names the API parameters."), tr("FILE.csv"));
}

QString CliArgumentParser::readValues(const QCommandLineParser &parser, CliCommand command, CliOptions &options)
{
    const QString language = parser.value(u"lang"_s);
    if (parser.isSet(u"lang"_s) && language != u"zh"_s && language != u"en"_s)
        return badValue(u"lang"_s, language, u"zh, en"_s);
    options.language = language;
    QString error = readPositional(parser, command, options);
    if (error.isEmpty() && takesFields(command))
        error = readFields(parser, command, options);
    if (error.isEmpty() && connects(command))
        error = readConnection(parser, options);
    if (error.isEmpty())
        error = readOutput(parser, command, options);
    if (error.isEmpty())
        error = readBatch(parser, options);
    if (error.isEmpty() && command == CliCommand::History)
        error = readInteger(parser, u"limit"_s, 0, std::numeric_limits<int>::max(), &options.limit);
    if (error.isEmpty() && command == CliCommand::Describe) {
        options.flowLogId = parser.value(u"flow-log-id"_s);
        error = readInteger(parser, u"page"_s, 1, 100000, &options.page);
        options.allPages = parser.isSet(u"all-pages"_s);
        options.status = spelledAsTheApi(u"status"_s, parser.value(u"status"_s)).trimmed();
        static const QStringList statuses {u"Active"_s, u"Inactive"_s, u"Activating"_s, u"Deactivating"_s, u"Deleting"_s};
        if (error.isEmpty() && !options.status.isEmpty() && !statuses.contains(options.status))
            error = tr("--status must be one of %1, not \"%2\".").arg(statuses.join(u", "_s), options.status);
        options.vpcId = parser.value(u"vpc-id"_s).trimmed();
    }
    if (error.isEmpty() && isAction(command))
        error = readAction(parser, command, options);
    if (command == CliCommand::Resources)
        options.vpcId = parser.value(u"vpc-id"_s).trimmed();
    if (command == CliCommand::Coverage)
        options.allRegions = parser.isSet(u"all-regions"_s);
    options.dryRun = parser.optionNames().contains(u"dry-run"_s);
    options.noHistory = parser.optionNames().contains(u"no-history"_s);
    if (parser.optionNames().contains(u"if-absent"_s))
        options.createMode = ApiClient::CreateMode::IfAbsent;
    return error;
}

// start, stop, modify, delete: the flow logs, the wait, the confirmation and (modify) the change,
// whose values are judged by the validator's rules for the same fields of a create.
QString CliArgumentParser::readAction(const QCommandLineParser &parser, CliCommand command, CliOptions &options)
{
    for (const QString &id : parser.values(u"flow-log-id"_s)) {
        if (!id.trimmed().isEmpty() && !options.flowLogIds.contains(id.trimmed()))
            options.flowLogIds.append(id.trimmed());
    }
    if (options.flowLogIds.isEmpty())
        return tr("This command needs --flow-log-id ID (repeatable).");
    options.wait = parser.isSet(u"wait"_s);
    QString error = readInteger(parser, u"wait-timeout"_s, 1, 86400, &options.waitTimeoutSeconds);
    if (!error.isEmpty())
        return error;
    if (command == CliCommand::Delete) {
        options.yes = parser.isSet(u"yes"_s);
        if (!options.yes)
            return tr("delete removes the flow log for good: confirm with --yes (standard input is never read).");
    }
    if (command == CliCommand::Modify)
        return readChange(parser, options);
    return {};
}

QString CliArgumentParser::readChange(const QCommandLineParser &parser, CliOptions &options)
{
    FlowLogRequest request;
    request.flowLogName = FlowLogRequest::normalized(options.field(u"FlowLogName"_s));
    request.description = FlowLogRequest::normalized(options.field(u"Description"_s));
    request.aggregationInterval = FlowLogRequest::normalized(options.field(u"AggregationInterval"_s));
    request.ipVersion = FlowLogRequest::normalized(options.field(u"IpVersion"_s));
    request.resourceGroupId = FlowLogRequest::normalized(options.field(u"ResourceGroupId"_s));
    for (int i = 1; options.hasField(u"Tag.%1.Key"_s.arg(i)); ++i)
        request.tags.append({options.field(u"Tag.%1.Key"_s.arg(i)), options.field(u"Tag.%1.Value"_s.arg(i))});
    ValidationFindings findings;
    const std::pair<Field, bool> given[] = {
        {Field::FlowLogName, !request.flowLogName.isEmpty()},
        {Field::Description, !request.description.isEmpty()},
        {Field::AggregationInterval, !request.aggregationInterval.isEmpty()},
        {Field::IpVersion, !request.ipVersion.isEmpty()},
        {Field::ResourceGroupId, !request.resourceGroupId.isEmpty()},
        {Field::Tags, !request.tags.isEmpty()},
    };
    for (const auto &[field, isGiven] : given) {
        if (isGiven)
            findings += RequestValidator::validateField(request, field);
    }
    ValidationFindings errors;
    for (const ValidationFinding &finding : std::as_const(findings)) {
        if (finding.severity == Severity::Error)
            errors.append(finding);
    }
    if (!errors.isEmpty())
        return CliReport::findingsText(errors) + u'\n' + tr("Nothing was sent.");

    FlowLogChange &change = options.change;
    change.attributes.flowLogName = request.flowLogName;
    change.attributes.description = request.description;
    change.attributes.aggregationInterval = request.aggregationInterval.toInt();
    change.attributes.ipVersion = request.ipVersion;
    change.addTags = request.tags;
    change.resourceGroupId = request.resourceGroupId;
    for (const QString &key : parser.values(u"untag"_s)) {
        const QString trimmed = FlowLogRequest::normalized(key);
        if (trimmed.isEmpty())
            return badValue(u"untag"_s, key, tr("a tag key"));
        if (!change.removeTagKeys.contains(trimmed))
            change.removeTagKeys.append(trimmed);
    }
    const bool nothing = change.attributes.flowLogName.isEmpty() && change.attributes.description.isEmpty()
        && change.attributes.aggregationInterval == 0 && change.attributes.ipVersion.isEmpty()
        && change.addTags.isEmpty() && change.removeTagKeys.isEmpty() && change.resourceGroupId.isEmpty();
    if (nothing)
        return tr("modify has nothing to change: give --name, --description, --aggregation-interval, --ip-version, "
                  "--tag, --untag or --resource-group-id.");
    return {};
}

QString CliArgumentParser::readPositional(const QCommandLineParser &parser, CliCommand command, CliOptions &options)
{
    QStringList positional = parser.positionalArguments();
    if (command == CliCommand::Batch) {
        if (positional.isEmpty())
            return tr("batch needs a CSV file: flowlog-cli batch FILE.csv");
        options.batchFile = positional.takeFirst();
    }
    if (!positional.isEmpty())
        return tr("Unexpected argument \"%1\".").arg(positional.constFirst());
    return {};
}

// The API's spelling where the operator typed a lower-case alias (--resource-type vswitch); any other
// value is kept as typed, for the validator to explain.
QString CliArgumentParser::fieldValue(const QCommandLineParser &parser, const QString &option)
{
    return spelledAsTheApi(option, parser.value(option));
}

QString CliArgumentParser::spelledAsTheApi(const QString &option, const QString &value)
{
    if (option == u"resource-type"_s) {
        if (value.trimmed().compare(u"eni"_s, Qt::CaseInsensitive) == 0)
            return ResourceTypes::apiName(ResourceType::NetworkInterface);
        const std::optional<ResourceType> type = ResourceTypes::fromApiName(value.trimmed(), Qt::CaseInsensitive);
        return type ? ResourceTypes::apiName(*type) : value;
    }
    for (const auto &[name, spelling] : EnumSpellings) {
        if (option == QStringView(name) && value.trimmed().compare(QStringView(spelling), Qt::CaseInsensitive) == 0)
            return QString::fromUtf16(spelling);
    }
    return value;
}

// Each option given becomes its API parameters; repeated ones are numbered in the order typed.
// A tag that TagSyntax cannot read is a usage error; every other value is judged by the validator.
QString CliArgumentParser::readFields(const QCommandLineParser &parser, CliCommand command, CliOptions &options)
{
    for (const FieldOption &field : FieldOptions) {
        const QString option = QString::fromUtf16(field.option);
        const QString apiName = QString::fromUtf16(field.apiName);
        if (!(field.scope & scopeOf(command)) || !parser.optionNames().contains(option))
            continue;
        if (field.kind == FieldKind::Text) {
            options.fields.append({apiName, fieldValue(parser, option)});
            continue;
        }
        const QStringList values = parser.values(option);
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QString index = QString::number(i + 1);
            if (field.kind == FieldKind::Repeated) {
                options.fields.append({apiName + u'.' + index, spelledAsTheApi(option, values.at(i))});
                continue;
            }
            TagSyntax::Error error;
            const FlowLogTag tag = TagSyntax::parseTag(values.at(i), &error);
            if (!error.ok())
                return tr("Invalid value \"%1\" for --%2: %3").arg(values.at(i), option, error.message());
            options.fields.append({apiName + u'.' + index + u".Key"_s, tag.key});
            options.fields.append({apiName + u'.' + index + u".Value"_s, tag.value});
        }
    }
    return {};
}

QString CliArgumentParser::readConnection(const QCommandLineParser &parser, CliOptions &options)
{
    options.endpoint = parser.value(u"endpoint"_s);
    options.profile = parser.value(u"profile"_s);
    options.configPath = parser.value(u"config-path"_s);
    if (parser.isSet(u"signature"_s)) {
        const std::optional<SignatureVersion> version = SignatureVersions::fromName(parser.value(u"signature"_s).toLower());
        if (!version)
            return badValue(u"signature"_s, parser.value(u"signature"_s), u"v3, v1"_s);
        options.signatureVersion = *version;
    }
    if (parser.isSet(u"method"_s)) {
        const QString method = parser.value(u"method"_s).toUpper();
        if (method != u"POST"_s && method != u"GET"_s)
            return badValue(u"method"_s, parser.value(u"method"_s), u"POST, GET"_s);
        options.method = method.toLatin1();
    }
    QString error = readInteger(parser, u"timeout"_s, 1, 600, &options.timeoutSeconds);
    if (error.isEmpty())
        error = readInteger(parser, u"total-timeout"_s, 1, 3600, &options.totalTimeoutSeconds);
    return error.isEmpty() ? readInteger(parser, u"retries"_s, 0, 10, &options.retries) : error;
}

QString CliArgumentParser::readOutput(const QCommandLineParser &parser, CliCommand command, CliOptions &options)
{
    if (!parser.isSet(u"output"_s))
        return {};
    const QString value = parser.value(u"output"_s);
    const bool csvAllowed = command == CliCommand::History;
    if (command == CliCommand::Batch && value == u"json"_s)
        options.output = OutputFormat::Json;
    else if (command == CliCommand::Batch)
        return badValue(u"output"_s, value, u"json"_s);
    else if (value == u"text"_s)
        options.output = OutputFormat::Text;
    else if (value == u"json"_s)
        options.output = OutputFormat::Json;
    else if (value == u"csv"_s && csvAllowed)
        options.output = OutputFormat::Csv;
    else
        return badValue(u"output"_s, value, csvAllowed ? u"text, json, csv"_s : u"text, json"_s);
    return {};
}

QString CliArgumentParser::readBatch(const QCommandLineParser &parser, CliOptions &options)
{
    if (!parser.optionNames().contains(u"concurrency"_s) && !parser.optionNames().contains(u"rate"_s))
        return {};
    const QString error = readInteger(parser, u"concurrency"_s, 1, 64, &options.concurrency);
    if (!error.isEmpty() || !parser.isSet(u"rate"_s))
        return error;
    bool ok = false;
    const double rate = parser.value(u"rate"_s).toDouble(&ok);
    if (!ok || !(rate > 0) || rate > 100000)
        return badValue(u"rate"_s, parser.value(u"rate"_s), tr("a number of calls per second above 0"));
    options.ratePerSecond = rate;
    return {};
}

QString CliArgumentParser::readInteger(const QCommandLineParser &parser, const QString &name, int minimum,
    int maximum, int *target)
{
    if (!parser.isSet(name))
        return {};
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        return badValue(name, parser.value(name), tr("a whole number from %1 to %2").arg(minimum).arg(maximum));
    *target = value;
    return {};
}

QString CliArgumentParser::usage()
{
    return tr("Usage:\n"
              "  flowlog-cli create   --region R --resource-type NetworkInterface|VSwitch|VPC --resource-id ID\n"
              "                       --traffic-type All|Allow|Drop --project P --logstore L [--name N]\n"
              "                       [--description D] [today's options] [connection options] [--dry-run]\n"
              "                       [--output text|json] [--no-history] [--if-absent]\n"
              "  flowlog-cli validate <the same field options> [--output text|json]\n"
              "  flowlog-cli batch    FILE.csv [--concurrency N] [--rate PER_SECOND] [today's options]\n"
              "                       [connection options] [--no-history] [--if-absent]\n"
              "  flowlog-cli describe --region R [--flow-log-id ID] [--resource-id ID] [--resource-type TYPE]\n"
              "                       [--traffic-type All|Allow|Drop] [--status STATUS] [--vpc-id ID] [--name N]\n"
              "                       [--project P] [--logstore L] [--page N] [--all-pages]\n"
              "                       [connection options] [--output text|json]\n"
              "  flowlog-cli start|stop --region R --flow-log-id ID... [--wait] [--wait-timeout SECONDS]\n"
              "                       [connection options] [--output text|json] [--no-history]\n"
              "                       (activate and deactivate are the same commands)\n"
              "  flowlog-cli modify   --region R --flow-log-id ID... [--name N] [--description D]\n"
              "                       [--aggregation-interval 1|5|10] [--ip-version IPV4|DualStack]\n"
              "                       [--tag KEY=VALUE]... [--untag KEY]... [--resource-group-id ID]\n"
              "                       [--wait] [connection options] [--output text|json] [--no-history]\n"
              "  flowlog-cli delete   --region R --flow-log-id ID... --yes [--wait] [--wait-timeout SECONDS]\n"
              "                       [connection options] [--output text|json] [--no-history]\n"
              "  flowlog-cli history  [--limit N] [--output text|json|csv]\n"
              "  flowlog-cli resources --region R --resource-type VPC|VSwitch|NetworkInterface [--vpc-id ID]\n"
              "                       [connection options] [--output text|json]\n"
              "  flowlog-cli coverage (--region R | --all-regions) [connection options] [--output text|json]\n"
              "\n"
              "Today's options: [--aggregation-interval 1|5|10] [--traffic-path all|internetGateway]...\n"
              "                 [--ip-version IPV4|DualStack] [--resource-group-id ID] [--tag KEY=VALUE]...\n"
              "                 (in batch: for the rows that leave the column empty)\n"
              "Connection options: [--endpoint URL] [--signature v3|v1] [--method POST|GET] [--profile NAME]\n"
              "                    [--timeout SECONDS] [--total-timeout SECONDS] [--retries N]\n"
              "Every command takes --lang zh|en. \"flowlog-cli COMMAND --help\" lists a command's options.\n"
              "\n"
              "Credentials: ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET and optionally\n"
              "ALIBABA_CLOUD_SECURITY_TOKEN; else --profile or the current profile of ~/.aliyun/config.json.\n"
              "History: $FLOWLOG_HISTORY when set, else the history shared with FlowLog Studio.\n"
              "Exit status: 0 success, 1 API or network failure (or an outcome unknown), 2 invalid input or usage,\n"
              "3 (coverage) something is not covered, 130 interrupted.\n");
}

QString CliArgumentParser::commandHelp(CliCommand command)
{
    if (command == CliCommand::Help || command == CliCommand::Version)
        return usage();
    QCommandLineParser parser;
    setUp(parser, command);
    for (const CommandName &known : CommandNames) {
        if (known.command == command) {
            parser.setApplicationDescription(commandDescription(command, QString::fromUtf16(known.name)));
            break; // the first name is the command's own; later ones are aliases
        }
    }
    return parser.helpText();
}
