#pragma once

#include "cli/clioptions.h"

#include <QCoreApplication>

// flowlog-cli validate: judges the field options as create would, prints every finding and
// exits 0 when the request could be sent (warnings allowed), 2 when not. Needs no credentials.
class ValidateCommand
{
    Q_DECLARE_TR_FUNCTIONS(ValidateCommand)

public:
    static int run(const CliOptions &options);
};
