#pragma once

#include "core/request/flowlogrequest.h"
#include "core/request/validationfinding.h"

// The rules of CreateFlowLog's fields (see the product document and docs/validation.md): the
// document's rules are errors, Log Service naming rules are warnings. Pure and fast: the form runs
// it on every keystroke.
namespace RequestValidator {
// Every finding for the whole request, in field order.
ValidationFindings validate(const FlowLogRequest &request);
// The findings for one field only (some fields depend on others, e.g. ResourceId on ResourceType).
ValidationFindings validateField(const FlowLogRequest &request, Field field);
bool hasErrors(const ValidationFindings &findings);
} // namespace RequestValidator

// Building a request from API parameter names and raw text (CLI options, CSV rows, the emulator's
// incoming parameters). Missing required parameters and unknown ResourceType/TrafficType spellings
// become findings (codes "<field>.missing", "resource-type.unknown", "traffic-type.unknown"); then
// the request is validated as a whole. TrafficType is matched case-insensitively.
struct ParsedRequest
{
    FlowLogRequest request;
    ValidationFindings findings;
};

namespace RequestValidator {
ParsedRequest parse(const ApiParameters &parameters);
} // namespace RequestValidator
