#pragma once

#include "credentials.h"

#include <QList>
#include <QString>

// Why credentials could not be had from a source, as a value the UI and CLI turn into a message.
struct CredentialProblem
{
    enum Kind {
        None,
        NotConfigured,   // this source has nothing (e.g. variables unset, no config file)
        ProfileNotFound, // the named profile does not exist
        UnsupportedMode, // e.g. an aliyun CLI profile in RamRoleArn or EcsRamRole mode
        Incomplete,      // an ID without a secret, or the reverse
        Unreadable,      // the file exists but is not valid JSON or cannot be read
    };
    Kind kind = None;
    QString detail; // profile name, mode, path: never a secret

    bool ok() const { return kind == None; }
    QString message() const; // translated, says where to fix it
};

// Where a profile's credentials come from. Sources never write secrets anywhere.
class CredentialSource
{
public:
    virtual ~CredentialSource() = default;
    // A stable id, e.g. "env", "aliyun:default", "memory".
    virtual QString id() const = 0;
    // Translated name for selectors, e.g. "Environment variables".
    virtual QString displayName() const = 0;
    virtual Credentials load(CredentialProblem *problem) const = 0;
    // The default region this source names, if any (ALIBABA_CLOUD_REGION_ID, a profile's region_id).
    virtual QString defaultRegion() const { return {}; }
};
