#pragma once

#include "core/api/apiresult.h"

#include <QString>

// The one wording of a send's outcome, shared by the result panel's title and the status bar so
// that the two never disagree (an unknown outcome is never "not created", an adopted flow log is
// "found", not "created"). Translated on every call: a language switch re-renders it.
namespace OutcomeText {

QString headline(const ApiResult &result);

} // namespace OutcomeText
