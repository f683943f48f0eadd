#pragma once

#include "core/request/validationfinding.h"

#include <QStringView>

// The rules of the two free-text fields, FlowLogName and Description. Both take the text as typed
// and judge its normalised form (FlowLogRequest::normalized). Findings are appended; nothing is
// allocated for a valid text.
namespace TextRules {
inline constexpr int nameMinimum = 2;
inline constexpr int nameMaximum = 128;
inline constexpr int descriptionMinimum = 2;
inline constexpr int descriptionMaximum = 256;

void checkName(const QString &typed, ValidationFindings &findings);
void checkDescription(const QString &typed, ValidationFindings &findings);

// Unicode code points, not UTF-16 units: 𠀀 counts 1.
qsizetype codePointCount(QStringView text);
// The length of a leading "http://" or "https://" (any case), or 0.
qsizetype urlPrefixLength(QStringView text);
} // namespace TextRules
