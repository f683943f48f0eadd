#include "ui/profiles/profile.h"

using namespace Qt::StringLiterals;

QString Profile::displayName() const
{
    switch (kind) {
    case Kind::Sandbox:
        return tr("Sandbox (local emulator)");
    case Kind::Environment:
        return tr("Environment variables");
    case Kind::AliyunCli:
        return tr("aliyun CLI: %1").arg(name);
    case Kind::Own:
        return name;
    }
    return id;
}

QString Profile::sandboxId()
{
    return u"sandbox"_s;
}

QString Profile::environmentId()
{
    return u"env"_s;
}

QString Profile::aliyunCliId(const QString &name)
{
    return u"aliyun:"_s + name;
}

QString Profile::ownId(const QString &name)
{
    return u"own:"_s + name;
}
