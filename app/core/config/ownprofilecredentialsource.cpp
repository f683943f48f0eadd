#include "core/config/ownprofilecredentialsource.h"

#include "core/config/ownprofiles.h"
#include "core/config/profileendpoints.h"
#include "core/config/secretstore.h"

#ifdef FLOWLOG_HAVE_KEYCHAIN
#include "core/config/keychainsecretstore.h"
#endif

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

using namespace Qt::StringLiterals;

OwnProfileCredentialSource::OwnProfileCredentialSource(QString name, StoreFactory stores)
    : m_name(std::move(name))
    , m_stores(stores ? std::move(stores) : keychain())
{
}

QString OwnProfileCredentialSource::id() const
{
    return u"own:"_s + m_name;
}

QString OwnProfileCredentialSource::displayName() const
{
    return m_name;
}

OwnProfileCredentialSource::StoreFactory OwnProfileCredentialSource::keychain()
{
    return []() -> std::unique_ptr<SecretStore> {
#ifdef FLOWLOG_HAVE_KEYCHAIN
        return std::make_unique<KeychainSecretStore>(QString::fromLatin1(OwnProfiles::KeychainService));
#else
        return nullptr;
#endif
    };
}

namespace {

// Blocks until the keychain answers, at most OwnProfileCredentialSource::KeychainTimeoutMs.
SecretStore::Result readBlocking(SecretStore &store, const QString &key)
{
    SecretStore::Result result;
    result.errorString = QCoreApplication::translate("CredentialProblem", "the keychain did not answer");
    QEventLoop loop;
    QTimer::singleShot(OwnProfileCredentialSource::KeychainTimeoutMs, &loop, &QEventLoop::quit);
    store.read(key, &loop, [&](const SecretStore::Result &answer) {
        result = answer;
        loop.quit();
    });
    loop.exec();
    return result;
}

} // namespace

// The profile's own AccessKey (with its security token in mode StsToken). In mode RamRoleArn these
// are the credentials that assume the role, not the ones that sign the flow-log calls.
Credentials OwnProfileCredentialSource::load(CredentialProblem *problem) const
{
    const auto profile = OwnProfiles::find(m_name);
    if (!profile) {
        CredentialProblem::report(problem, this->problem(CredentialProblem::ProfileNotFound));
        return {};
    }
    const std::unique_ptr<SecretStore> store = m_stores();
    if (!store) {
        CredentialProblem::report(problem, this->problem(CredentialProblem::Unreadable,
            QCoreApplication::translate("CredentialProblem", "this build has no keychain support")));
        return {};
    }
    const auto failed = [&](const SecretStore::Result &result) {
        const bool missing = result.status == SecretStore::Status::NotFound || result.status == SecretStore::Status::Ok;
        CredentialProblem::report(problem, missing ? this->problem(CredentialProblem::Incomplete)
                                                   : this->problem(CredentialProblem::Unreadable, result.errorString));
        return Credentials {};
    };
    const SecretStore::Result secret = readBlocking(*store, m_name);
    if (secret.status != SecretStore::Status::Ok || secret.secret.isEmpty())
        return failed(secret);
    if (profile->mode != OwnProfile::Mode::StsToken)
        return {profile->accessKeyId, secret.secret, {}};
    const SecretStore::Result token = readBlocking(*store, OwnProfiles::tokenKey(m_name));
    if (token.status != SecretStore::Status::Ok || token.secret.isEmpty())
        return failed(token);
    return {profile->accessKeyId, secret.secret, token.secret};
}

QString OwnProfileCredentialSource::defaultRegion() const
{
    const auto profile = OwnProfiles::find(m_name);
    return profile ? profile->defaultRegion : QString();
}

std::shared_ptr<CredentialProvider> OwnProfileCredentialSource::provider(CredentialProblem *problem) const
{
    const auto profile = OwnProfiles::find(m_name);
    if (!profile || profile->mode != OwnProfile::Mode::RamRoleArn)
        return CredentialSource::provider(problem);
    const AssumeRoleParameters parameters = roleParameters(*profile);
    QString field;
    if (const QString reason = parameters.problem(&field); !reason.isEmpty()) {
        CredentialProblem invalid = this->problem(CredentialProblem::Invalid, field);
        invalid.hint = reason;
        CredentialProblem::report(problem, invalid);
        return nullptr;
    }
    const Credentials source = load(problem);
    if (source.accessKeyId.isEmpty())
        return nullptr;
    return roleProvider(*profile, std::make_shared<StaticCredentialProvider>(source));
}

AssumeRoleParameters OwnProfileCredentialSource::roleParameters(const OwnProfile &profile)
{
    AssumeRoleParameters parameters;
    parameters.profile = profile.name;
    parameters.roleArn = profile.roleArn;
    parameters.sessionName = profile.roleSessionName;
    parameters.durationSeconds = profile.durationSeconds;
    parameters.externalId = profile.externalId;
    // The global endpoint: STS has one, and an own profile names no STS region.
    parameters.endpoint = Endpoints::resolve(Endpoints::Product::Sts, QString(),
        ProfileEndpoints::read(u"own:"_s + profile.name));
    return parameters;
}

std::shared_ptr<CredentialProvider> OwnProfileCredentialSource::roleProvider(const OwnProfile &profile,
    std::shared_ptr<CredentialProvider> source)
{
    return std::make_shared<AssumeRoleProvider>(std::move(source), roleParameters(profile));
}

CredentialProblem OwnProfileCredentialSource::problem(CredentialProblem::Kind kind, const QString &detail) const
{
    return {kind, detail, CredentialProblem::OwnProfiles, {}, m_name};
}
