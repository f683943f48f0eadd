#pragma once

#include <QList>
#include <QString>

// The form fields the validator judges.
enum class Field { RegionId, ResourceType, ResourceId, TrafficType, ProjectName, LogStoreName, FlowLogName, Description };

enum class Severity {
    Error,   // blocks sending: the product document's rules
    Warning, // shown, never blocks: Log Service naming rules and other advice
};

namespace Fields {
QList<Field> all();
QString apiName(Field field); // "FlowLogName": the API parameter the field fills
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

    // What is wrong and how to fix it, translated into the current language.
    QString message() const;

    friend bool operator==(const ValidationFinding &, const ValidationFinding &) = default;
};

using ValidationFindings = QList<ValidationFinding>;
