#pragma once

#include "cli/clioptions.h"

#include <QCoreApplication>
#include <QStringList>

class QCommandLineParser;

// Turns flowlog-cli's arguments into CliOptions. Every problem of form (unknown command or option,
// missing or malformed value, value outside its range) is an error message; the caller exits 2.
class CliArgumentParser
{
    Q_DECLARE_TR_FUNCTIONS(CliArgumentParser)

public:
    struct Result
    {
        CliOptions options = {};
        QString error = {}; // translated; empty when the arguments are well-formed

        bool ok() const { return error.isEmpty(); }
    };

    // arguments as QCoreApplication::arguments() gives them: the program first.
    static Result parse(const QStringList &arguments);
    // The --lang value, found before the rest is parsed so that parse errors are already in
    // the chosen language. Empty when absent.
    static QString languageOption(const QStringList &arguments);
    // The overview of all commands, translated.
    static QString usage();
    // One command's options, translated.
    static QString commandHelp(CliCommand command);

private:
    static void setUp(QCommandLineParser &parser, CliCommand command);
    static Result parseCommand(CliCommand command, const QStringList &arguments);
    static CliCommand helpTopic(const QStringList &words);
    static QString readValues(const QCommandLineParser &parser, CliCommand command, CliOptions &options);
    static QString fieldValue(const QCommandLineParser &parser, const QString &option);
    static QString spelledAsTheApi(const QString &option, const QString &value);
    static QString readFields(const QCommandLineParser &parser, CliCommand command, CliOptions &options);
    static QString readConnection(const QCommandLineParser &parser, CliOptions &options);
    static QString readOutput(const QCommandLineParser &parser, CliCommand command, CliOptions &options);
    static QString readBatch(const QCommandLineParser &parser, CliOptions &options);
    static QString readAction(const QCommandLineParser &parser, CliCommand command, CliOptions &options);
    static QString readChange(const QCommandLineParser &parser, CliOptions &options);
    static QString readPositional(const QCommandLineParser &parser, CliCommand command, CliOptions &options);
    static QString readInteger(const QCommandLineParser &parser, const QString &name, int minimum, int maximum,
        int *target);
};
