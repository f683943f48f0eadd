#include "core/config/profileendpoints.h"

#include "core/config/appsettings.h"
#include "core/config/ownprofiles.h"

#include <QSettings>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

using Product = Endpoints::Product;

struct Key
{
    QStringView name;
    QUrl Endpoints::Overrides::*member;
};

constexpr Key Keys[] = {
    {u"emulator", &Endpoints::Overrides::emulator},
    {u"vpc", &Endpoints::Overrides::vpc},
    {u"ecs", &Endpoints::Overrides::ecs},
    {u"sts", &Endpoints::Overrides::sts},
    {u"logService", &Endpoints::Overrides::logService},
};

// Aliyun CLI profile names may hold "/", which QSettings reads as a group separator.
QString groupOf(const QString &profileId)
{
    return SettingsKeys::ProfileEndpoints.toString() + u'/'
        + QString::fromLatin1(QUrl::toPercentEncoding(profileId));
}

} // namespace

namespace ProfileEndpoints {

Endpoints::Overrides read(const QString &profileId)
{
    Endpoints::Overrides overrides;
    QSettings settings;
    settings.beginGroup(groupOf(profileId));
    for (const Key &key : Keys) {
        // Only what Endpoints::parseCustom accepts was saved; anything else (an edited file) is
        // parsed again, and an unusable URL stays visible instead of being dropped.
        const QString text = settings.value(key.name.toString()).toString();
        if (!text.isEmpty())
            overrides.*key.member = Endpoints::parseCustom(text).value_or(QUrl(text));
    }
    settings.endGroup();
    return overrides;
}

void write(const QString &profileId, const Endpoints::Overrides &overrides)
{
    remove(profileId);
    if (overrides.isEmpty())
        return;
    QSettings settings;
    settings.beginGroup(groupOf(profileId));
    for (const Key &key : Keys) {
        const QUrl &url = overrides.*key.member;
        if (!url.isEmpty())
            settings.setValue(key.name.toString(), url.toString());
    }
    settings.endGroup();
}

void remove(const QString &profileId)
{
    QSettings settings;
    settings.remove(groupOf(profileId));
}

void migrateGlobalEndpoint()
{
    QSettings settings;
    const QString old = settings.value(SettingsKeys::CustomEndpoint).toString().trimmed();
    if (old.isEmpty())
        return;
    const auto parsed = Endpoints::parseCustom(old);
    const QUrl endpoint = parsed.value_or(QUrl(old));
    const auto adopt = [&endpoint](const QString &profileId) {
        if (profileId.isEmpty() || profileId == u"sandbox"_s || !read(profileId).isEmpty())
            return;
        // It served VPC calls, the only ones there were; on loopback it is an emulator, which
        // serves every product.
        Endpoints::Overrides overrides;
        (Endpoints::isLoopbackHost(endpoint.host()) ? overrides.emulator : overrides.vpc) = endpoint;
        write(profileId, overrides);
    };
    adopt(settings.value(SettingsKeys::Profile).toString());
    for (const OwnProfile &profile : OwnProfiles::read())
        adopt(u"own:"_s + profile.name);
    settings.remove(SettingsKeys::CustomEndpoint);
}

} // namespace ProfileEndpoints
