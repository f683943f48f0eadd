#pragma once

#include "core/api/apiclient.h"
#include "core/manage/flowlogoperation.h"
#include "core/request/flowlogrequest.h"
#include "core/signing/requestsigner.h"

#include <QByteArray>
#include <QString>

enum class CliCommand {
    Help, Version, Create, Validate, Batch, Describe, History, Resources, Coverage,
    Start, Stop, Modify, Delete, // actions on existing flow logs (FlowLogActionCommand)
};

enum class OutputFormat { Text, Json, Csv };

// Everything one flowlog-cli invocation asked for, checked for form (enums, numbers) but not yet
// for meaning: field values are judged by RequestValidator, credentials by CredentialResolver.
struct CliOptions
{
    CliCommand command = CliCommand::Help;
    CliCommand helpFor = CliCommand::Help; // with Help: the command whose options to list
    // The field options given, under their API parameter names (RegionId, ResourceType, ...);
    // repeated ones flattened in the order typed (TrafficPath.1, Tag.1.Key, Tag.1.Value, ...). For
    // batch only today's parameters, which stand for the rows' empty cells.
    ApiParameters fields = {};
    QString batchFile = {};
    QString flowLogId = {}; // describe's filter
    int page = 1;           // describe's page
    bool allPages = false;  // describe: every page from `page` on
    QString status = {};    // describe's filter: Active, Inactive, ...
    QString vpcId = {};     // resources and describe: only the vSwitches or ENIs (flow logs) of this VPC
    QStringList flowLogIds = {}; // start, stop, modify, delete: every --flow-log-id, in the order typed
    bool wait = false;           // start, stop, modify, delete: follow each flow log until it rests
    int waitTimeoutSeconds = 300;
    bool yes = false;            // delete: confirmed
    FlowLogChange change = {};   // modify: what to change
    bool allRegions = false; // coverage: every region DescribeRegions names

    QString endpoint = {}; // as typed; empty: the region's default endpoint
    SignatureVersion signatureVersion = SignatureVersion::V3;
    QByteArray method = QByteArrayLiteral("POST");
    QString profile = {};
    QString configPath = {}; // --config-path; empty: the settings' choice, else ~/.aliyun/config.json
    int timeoutSeconds = 10;      // idle: an attempt ends when no byte moved for this long
    int totalTimeoutSeconds = 30; // an attempt ends after this long in all
    int retries = 2; // retries after the first attempt

    bool dryRun = false;
    bool noHistory = false;
    ApiClient::CreateMode createMode = ApiClient::CreateMode::Always; // IfAbsent with --if-absent
    OutputFormat output = OutputFormat::Text;
    QString language = {}; // "zh", "en", or empty for the system locale's
    int concurrency = 4;
    double ratePerSecond = 0; // 0: no limit
    int limit = 20;           // history rows; 0: all

    // The value of a field option, empty when not given.
    QString field(const QString &apiName) const;
    // Whether the field option was given at all (even empty).
    bool hasField(const QString &apiName) const;
};
