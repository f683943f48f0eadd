#pragma once

// flowlog-cli's exit statuses, which scripts rely on.
enum ExitCode : int {
    ExitSuccess = 0,
    ExitFailure = 1, // the API answered with an error, or the network failed
    ExitUsage = 2,   // invalid input: unknown option, bad value, validation error, missing credentials
    ExitNotCovered = 3, // coverage only: the check ran and a VPC is partial or uncovered
    ExitInterrupted = 130, // Ctrl+C or SIGTERM: what was sent is recorded; the shell's 128 + SIGINT
};
