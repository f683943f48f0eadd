#pragma once

#include "core/config/endpoints.h"

#include <QString>

// Where a profile's calls go, when not to each region's public endpoint: an emulator, a
// private-network endpoint, a host a proxy reaches. A property of the profile (any kind but the
// sandbox, whose emulator is built in), kept in the shared settings, so the app and
// `flowlog-cli --profile` send the same profile to the same place.
namespace ProfileEndpoints {

Endpoints::Overrides read(const QString &profileId);
// Empty overrides remove the profile's entry.
void write(const QString &profileId, const Endpoints::Overrides &overrides);
void remove(const QString &profileId);

// Versions before per-profile endpoints had one custom endpoint for every profile and region. It
// becomes the VPC override (on loopback: the emulator override, which serves every product) of the
// profile selected last and of every own profile without overrides of their own, once; the old key
// is then removed.
void migrateGlobalEndpoint();

} // namespace ProfileEndpoints
