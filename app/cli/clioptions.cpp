#include "cli/clioptions.h"

#include <algorithm>

QString CliOptions::field(const QString &apiName) const
{
    for (const ApiParameter &parameter : fields) {
        if (parameter.first == apiName)
            return parameter.second;
    }
    return {};
}

bool CliOptions::hasField(const QString &apiName) const
{
    return std::any_of(fields.cbegin(), fields.cend(),
        [&apiName](const ApiParameter &parameter) { return parameter.first == apiName; });
}
