#pragma once

#include <QList>
#include <QString>

// The form fields the validator judges, in the form's order. TrafficPath and Tags are lists: their
// findings name the entry by ValidationFinding::item.
enum class Field {
    RegionId,
    ResourceType,
    ResourceId,
    TrafficType,
    ProjectName,
    LogStoreName,
    FlowLogName,
    Description,
    AggregationInterval,
    TrafficPath,
    IpVersion,
    ResourceGroupId,
    Tags,
};

enum class Severity {
    Error,   // blocks sending: the product document's rules
    Warning, // shown, never blocks: Log Service naming rules and other advice
};

namespace Fields {
QList<Field> all();
QString apiName(Field field); // "FlowLogName": the API parameter the field fills ("Tag" for Tags)
QString label(Field field);   // translated, e.g. "Flow log name" / "流日志名称"
} // namespace Fields

// One thing the validator found. The message is produced on demand in the current language (never
// cached), from the stable code and its arguments.
struct ValidationFinding
{
    QString code; // stable, e.g. "name.fullwidth-letter"; used by tests and printed by the CLI
    Field field = Field::RegionId;
    Severity severity = Severity::Error;
    QStringList arguments = {}; // values the message quotes, e.g. the offending character "U+200B"
    int item = -1; // for TrafficPath and Tags: the entry's 0-based position; -1 for the whole field

    // The API parameter the finding is about: "Tag.3.Key", "TrafficPath.2", else Fields::apiName.
    QString parameterName() const;

    // What is wrong and how to fix it, translated into the current language.
    QString message() const;

    friend bool operator==(const ValidationFinding &, const ValidationFinding &) = default;
};

using ValidationFindings = QList<ValidationFinding>;
