#pragma once

#include <QStringList>

#include <optional>

// Splits a command line into its program and arguments as the aliyun CLI does for External
// profiles, without a shell: blanks separate arguments; '…' keeps everything literally; "…" keeps
// blanks, with \" and \\ as escapes; a backslash outside quotes escapes the next character.
// std::nullopt for an unterminated quote or a trailing backslash.
namespace CommandLine {
std::optional<QStringList> split(const QString &command);
} // namespace CommandLine
