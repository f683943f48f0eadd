#pragma once

#include "core/api/credentialprovider.h"
#include "core/signing/credentials.h"

#include <QDebug>
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
        Invalid,         // a field the mode needs has a value that cannot be used (hint says why)
        Disabled,        // the mode is switched off by an environment variable (detail names it)
        ChainCycle,      // source_profile leads back to itself (detail: the chain)
        Temporary,       // obtained only when a call needs them: ask provider(), not load()
    };
    // Which place the problem is about, so the message can say where to fix it.
    enum Origin {
        UnknownOrigin,
        EnvironmentVariables, // ALIBABA_CLOUD_* variables
        AliyunCliFile,        // ~/.aliyun/config.json
        AllSources,           // nothing found anywhere the resolver looked
        OwnProfiles,          // a profile added in FlowLog Studio (settings + OS keychain)
    };
    Kind kind = None;
    QString detail = {};  // mode, missing variable or field, parse error: never a secret
    Origin origin = UnknownOrigin;
    QString path = {};    // the config file concerned, if any
    QString profile = {}; // the profile concerned, if any
    QString hint = {};    // Invalid: why the value cannot be used and how to fix it (translated)

    bool ok() const { return kind == None; }
    QString message() const; // translated, says where to fix it
    // "CredentialProblem(ProfileNotFound, profile "dev", ...)": for logs, untranslated, no secret.
    QString toString() const;

    // Stores value in *target when the caller asked for it (target may be null).
    static void report(CredentialProblem *target, const CredentialProblem &value);
};

QDebug operator<<(QDebug debug, const CredentialProblem &problem);

// Where a profile's credentials come from. Sources never write secrets anywhere.
class CredentialSource
{
public:
    virtual ~CredentialSource() = default;
    // A stable id, e.g. "env", "aliyun:default", "memory".
    virtual QString id() const = 0;
    // Translated name for selectors, e.g. "Environment variables".
    virtual QString displayName() const = 0;
    // The credentials, or empty ones with *problem (when given) saying why.
    virtual Credentials load(CredentialProblem *problem) const = 0;
    // The default region this source names, if any (ALIBABA_CLOUD_REGION_ID, a profile's region_id).
    virtual QString defaultRegion() const { return {}; }
    // What is wrong before anything is contacted (mode, fields, switches): for listing and the
    // checks before a call. The default loads, which suits sources of fixed credentials.
    virtual CredentialProblem check() const;
    // The provider calls sign with, or null with *problem saying why. Contacts nothing: temporary
    // credentials are obtained when a call asks the provider. The default wraps load().
    virtual std::shared_ptr<CredentialProvider> provider(CredentialProblem *problem) const;
};

// The id only: a source's secret stays out of logs even when its owner logs the source.
QDebug operator<<(QDebug debug, const CredentialSource &source);
