#include "cli/clioptions.h"

QString CliOptions::field(const QString &apiName) const
{
    for (const ApiParameter &parameter : fields) {
        if (parameter.first == apiName)
            return parameter.second;
    }
    return {};
}
