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
                                           "The profile \"%1\" uses the %2 mode, which is not supported. Use a "
                                           "profile in AK or StsToken mode (\"aliyun configure --mode AK\"), or "
                                           "set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET.")
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
