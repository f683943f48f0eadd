#include "emulator/temporarycredentials.h"

#include <QDateTime>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace {

constexpr int sweepEvery = 256;

QString randomText(int length)
{
    static const char alphabet[] = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz123456789";
    QString text;
    text.reserve(length);
    for (int i = 0; i < length; ++i)
        text.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]));
    return text;
}

// Real tokens are long base64 text ("CAIS…"), with '+', '/' and '=' that a client must encode.
QString randomToken()
{
    QByteArray bytes(240, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return u"CAIS"_s + QString::fromLatin1(bytes.toBase64()) + u"=="_s;
}

} // namespace

TemporaryCredentials::Issued TemporaryCredentials::issue(const QString &accountId, const QString &roleArn,
    int lifetimeSeconds, qint64 nowMs)
{
    if (++m_issuedSinceSweep >= sweepEvery)
        forgetLongExpired(nowMs);
    Issued issued;
    issued.credentials.accessKeyId = u"STS."_s + randomText(28);
    issued.credentials.accessKeySecret = randomText(44);
    issued.credentials.securityToken = randomToken();
    issued.accountId = accountId;
    issued.roleArn = roleArn;
    issued.issuedAtMs = nowMs;
    const qint64 nextSecondMs = (nowMs / 1000 + 1) * 1000;
    issued.expiresAtMs = nextSecondMs + qint64(lifetimeSeconds) * 1000;
    m_keyOfToken.insert(issued.credentials.securityToken, issued.credentials.accessKeyId);
    m_issued.insert(issued.credentials.accessKeyId, issued);
    return issued;
}

const TemporaryCredentials::Issued *TemporaryCredentials::find(const QString &accessKeyId) const
{
    const auto it = m_issued.constFind(accessKeyId);
    return it == m_issued.constEnd() ? nullptr : &it.value();
}

QString TemporaryCredentials::utcText(qint64 msSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).toString(u"yyyy-MM-ddTHH:mm:ss"_s) + u'Z';
}

// A sweep every few hundred issues keeps memory bounded under load without a pass per issue.
void TemporaryCredentials::forgetLongExpired(qint64 nowMs)
{
    m_issuedSinceSweep = 0;
    for (auto it = m_issued.begin(); it != m_issued.end();) {
        if (nowMs - it->expiresAtMs > keptAfterExpiryMs) {
            m_keyOfToken.remove(it->credentials.securityToken);
            it = m_issued.erase(it);
        } else {
            ++it;
        }
    }
}
