#pragma once

#include "core/request/flowlogrequest.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

// How tags are written as text: flowlog-cli's --tag KEY=VALUE, the Tags column of a batch file
// (KEY=VALUE pairs separated by ';') and the copied flowlog-cli command. A tag is split at its
// first unescaped '='; "KEY=" is a tag with an empty value. A backslash escapes ';', '=' and
// itself (\; \= \\); any other backslash sequence is an error, so that a typing slip is caught
// instead of sent. One parser for every place, so that what is copied reads back the same.
class TagSyntax
{
    Q_DECLARE_TR_FUNCTIONS(TagSyntax)

public:
    struct Error
    {
        enum class Kind {
            None,
            UnknownEscape, // "\x" with x not one of ; = backslash
            TrailingBackslash,
            MissingEquals, // a tag without an unescaped '='
        };
        Kind kind = Kind::None;
        QString escape = {}; // UnknownEscape: the two characters as written, e.g. "\q"
        QString tag = {};    // the tag as written, for the message

        bool ok() const { return kind == Kind::None; }
        // Translated: what is wrong and how to write it instead.
        QString message() const;
    };

    // One KEY=VALUE (a ';' needs no escape here, but \; is accepted).
    static FlowLogTag parseTag(QStringView text, Error *error);
    // KEY=VALUE pairs separated by unescaped ';'. Blank pairs (a trailing ';') are skipped.
    static FlowLogTags parseList(QStringView text, Error *error);

    // The text parseTag() reads back as `tag`: '\' and ';' escaped in key and value, '=' in the key.
    static QString format(const FlowLogTag &tag);
    // The text parseList() reads back as `tags`.
    static QString formatList(const FlowLogTags &tags);
};
