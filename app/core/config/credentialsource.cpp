#include "core/config/credentialsource.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace {

QString notConfiguredMessage(const CredentialProblem &problem)
{
    switch (problem.origin) {
    case CredentialProblem::EnvironmentVariables:
        return QCoreApplication::translate("CredentialProblem",
                                           "The environment variables ALIBABA_CLOUD_ACCESS_KEY_ID and "
                                           "ALIBABA_CLOUD_ACCESS_KEY_SECRET are not set. Set both (and "
                                           "ALIBABA_CLOUD_SECURITY_TOKEN for STS credentials).");
    case CredentialProblem::AliyunCliFile:
        return QCoreApplication::translate("CredentialProblem",
                                           "There is no aliyun CLI configuration at %1. Create one with "
                                           "\"aliyun configure\", or use environment variables.")
            .arg(QDir::toNativeSeparators(problem.path));
    case CredentialProblem::AllSources:
        return QCoreApplication::translate("CredentialProblem",
                                           "No credentials found. Set the environment variables "
                                           "ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET "
                                           "(plus ALIBABA_CLOUD_SECURITY_TOKEN for STS), or pass --profile "
                                           "<name> to use a profile of %1, or set a current profile in %1 with "
                                           "\"aliyun configure\".")
            .arg(QDir::toNativeSeparators(problem.path));
    case CredentialProblem::OwnProfiles:
    case CredentialProblem::UnknownOrigin:
        break;
    }
    return QCoreApplication::translate("CredentialProblem",
                                       "No credentials have been entered. Enter an AccessKey ID and secret.");
}

QString incompleteMessage(const CredentialProblem &problem)
{
    switch (problem.origin) {
    case CredentialProblem::EnvironmentVariables:
        return QCoreApplication::translate("CredentialProblem",
                                           "The environment variable %1 is not set. ALIBABA_CLOUD_ACCESS_KEY_ID "
                                           "and ALIBABA_CLOUD_ACCESS_KEY_SECRET must be set together.")
            .arg(problem.detail);
    case CredentialProblem::AliyunCliFile:
        return QCoreApplication::translate("CredentialProblem",
                                           "The profile \"%1\" in %2 has no %3. Run \"aliyun configure "
                                           "--profile %1\" to complete it.")
            .arg(problem.profile, QDir::toNativeSeparators(problem.path), problem.detail);
    case CredentialProblem::OwnProfiles:
        return QCoreApplication::translate("CredentialProblem",
                                           "The keychain holds no secret for profile \"%1\". Open FlowLog Studio, "
                                           "edit the profile and enter its secret again.")
            .arg(problem.profile);
    case CredentialProblem::AllSources:
    case CredentialProblem::UnknownOrigin:
        break;
    }
    return QCoreApplication::translate("CredentialProblem",
                                       "Both an AccessKey ID and its secret are needed. Enter the missing one.");
}

QString kindName(CredentialProblem::Kind kind)
{
    switch (kind) {
    case CredentialProblem::None:
        return u"None"_s;
    case CredentialProblem::NotConfigured:
        return u"NotConfigured"_s;
    case CredentialProblem::ProfileNotFound:
        return u"ProfileNotFound"_s;
    case CredentialProblem::UnsupportedMode:
        return u"UnsupportedMode"_s;
    case CredentialProblem::Incomplete:
        return u"Incomplete"_s;
    case CredentialProblem::Unreadable:
        return u"Unreadable"_s;
    case CredentialProblem::Invalid:
        return u"Invalid"_s;
    case CredentialProblem::Disabled:
        return u"Disabled"_s;
    case CredentialProblem::ChainCycle:
        return u"ChainCycle"_s;
    case CredentialProblem::Temporary:
        return u"Temporary"_s;
    }
    return {};
}

} // namespace

QString CredentialProblem::message() const
{
    const QString file = QDir::toNativeSeparators(path);
    switch (kind) {
    case None:
        return {};
    case NotConfigured:
        return notConfiguredMessage(*this);
    case ProfileNotFound:
        if (origin == OwnProfiles)
            return QCoreApplication::translate("CredentialProblem",
                                               "FlowLog Studio has no profile \"%1\" of its own. Add it in the app "
                                               "(Tools → Add profile…), or name a profile of the aliyun CLI.")
                .arg(profile);
        return QCoreApplication::translate("CredentialProblem",
                                           "There is no profile \"%1\" in %2. Choose an existing profile, or "
                                           "create it with \"aliyun configure --profile %1\".")
            .arg(profile, file);
    case UnsupportedMode:
        return QCoreApplication::translate("CredentialProblem",
                                           "The profile \"%1\" uses the %2 mode, which FlowLog Studio does not "
                                           "support. Use a profile in AK, StsToken, RamRoleArn, "
                                           "ChainableRamRoleArn, EcsRamRole, CredentialsURI or External mode "
                                           "(\"aliyun configure --mode RamRoleArn\"), or set "
                                           "ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET.")
            .arg(profile, detail);
    case Incomplete:
        return incompleteMessage(*this);
    case Unreadable:
        if (origin == OwnProfiles)
            return QCoreApplication::translate("CredentialProblem",
                                               "The secret of profile \"%1\" cannot be read from the keychain (%2). "
                                               "Unlock the keychain, or open FlowLog Studio and enter it again.")
                .arg(profile, detail);
        return QCoreApplication::translate("CredentialProblem",
                                           "%1 cannot be read (%2). Repair the file, or run \"aliyun configure\" "
                                           "to write it again.")
            .arg(file, detail);
    case Invalid:
        if (origin == OwnProfiles)
            return QCoreApplication::translate("CredentialProblem",
                                               "The profile \"%1\" cannot assume its role: %2 Correct it in "
                                               "Tools → Profiles.")
                .arg(profile, hint);
        return QCoreApplication::translate("CredentialProblem",
                                           "The profile \"%1\" in %2 has an unusable %3: %4 Correct it with "
                                           "\"aliyun configure --profile %1\" or in the file.")
            .arg(profile, file, detail, hint);
    case Disabled:
        return QCoreApplication::translate("CredentialProblem",
                                           "The profile \"%1\" cannot be used: its mode is switched off by the "
                                           "environment variable %2. Unset it, or choose another profile.")
            .arg(profile, detail);
    case ChainCycle:
        return QCoreApplication::translate("CredentialProblem",
                                           "The source_profile of profile \"%1\" leads back to itself (%2). Make "
                                           "the chain end at a profile with an AccessKey.")
            .arg(profile, detail);
    case Temporary:
        return QCoreApplication::translate("CredentialProblem",
                                           "The profile \"%1\" gets temporary credentials when a call needs them.")
            .arg(profile);
    }
    return {};
}

QString CredentialProblem::toString() const
{
    QStringList parts{kindName(kind)};
    if (!profile.isEmpty())
        parts.append(u"profile \""_s + profile + u'"');
    if (!detail.isEmpty())
        parts.append(detail);
    if (!path.isEmpty())
        parts.append(path);
    return u"CredentialProblem("_s + parts.join(u", "_s) + u')';
}

void CredentialProblem::report(CredentialProblem *target, const CredentialProblem &value)
{
    if (target)
        *target = value;
}

CredentialProblem CredentialSource::check() const
{
    CredentialProblem problem;
    load(&problem);
    return problem;
}

std::shared_ptr<CredentialProvider> CredentialSource::provider(CredentialProblem *problem) const
{
    CredentialProblem found;
    const Credentials credentials = load(&found);
    CredentialProblem::report(problem, found);
    if (!found.ok())
        return nullptr;
    return std::make_shared<StaticCredentialProvider>(credentials);
}

QDebug operator<<(QDebug debug, const CredentialProblem &problem)
{
    QDebugStateSaver saver(debug);
    debug.noquote().nospace() << problem.toString();
    return debug;
}

QDebug operator<<(QDebug debug, const CredentialSource &source)
{
    QDebugStateSaver saver(debug);
    debug.noquote().nospace() << "CredentialSource(" << source.id() << ')';
    return debug;
}
