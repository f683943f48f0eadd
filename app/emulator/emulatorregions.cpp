#include "emulatorregions.h"

#include <algorithm>

using namespace Qt::StringLiterals;

QString EmulatorRegion::localName(const QString &acceptLanguage) const
{
    return acceptLanguage.startsWith(u"en"_s, Qt::CaseInsensitive) ? QString::fromUtf8(englishName)
                                                                   : QString::fromUtf8(chineseName);
}

QString EmulatorRegion::endpoint() const
{
    return u"vpc."_s + regionId() + u".aliyuncs.com"_s;
}

const QList<EmulatorRegion> &EmulatorRegion::all()
{
    static const QList<EmulatorRegion> regions = {
        {"cn-qingdao", "China (Qingdao)", "华北1（青岛）"},
        {"cn-beijing", "China (Beijing)", "华北2（北京）"},
        {"cn-zhangjiakou", "China (Zhangjiakou)", "华北3（张家口）"},
        {"cn-huhehaote", "China (Hohhot)", "华北5（呼和浩特）"},
        {"cn-wulanchabu", "China (Ulanqab)", "华北6（乌兰察布）"},
        {"cn-hangzhou", "China (Hangzhou)", "华东1（杭州）"},
        {"cn-shanghai", "China (Shanghai)", "华东2（上海）"},
        {"cn-nanjing", "China (Nanjing - Local Region)", "华东5（南京-本地地域）"},
        {"cn-fuzhou", "China (Fuzhou - Local Region)", "华东6（福州-本地地域）"},
        {"cn-wuhan-lr", "China (Wuhan - Local Region)", "华中1（武汉-本地地域）"},
        {"cn-shenzhen", "China (Shenzhen)", "华南1（深圳）"},
        {"cn-heyuan", "China (Heyuan)", "华南2（河源）"},
        {"cn-guangzhou", "China (Guangzhou)", "华南3（广州）"},
        {"cn-chengdu", "China (Chengdu)", "西南1（成都）"},
        {"cn-hongkong", "China (Hong Kong)", "中国香港"},
        {"ap-northeast-1", "Japan (Tokyo)", "日本（东京）"},
        {"ap-northeast-2", "South Korea (Seoul)", "韩国（首尔）"},
        {"ap-southeast-1", "Singapore", "新加坡"},
        {"ap-southeast-3", "Malaysia (Kuala Lumpur)", "马来西亚（吉隆坡）"},
        {"ap-southeast-5", "Indonesia (Jakarta)", "印度尼西亚（雅加达）"},
        {"ap-southeast-6", "Philippines (Manila)", "菲律宾（马尼拉）"},
        {"ap-southeast-7", "Thailand (Bangkok)", "泰国（曼谷）"},
        {"us-east-1", "US (Virginia)", "美国（弗吉尼亚）"},
        {"us-west-1", "US (Silicon Valley)", "美国（硅谷）"},
        {"eu-central-1", "Germany (Frankfurt)", "德国（法兰克福）"},
        {"eu-west-1", "UK (London)", "英国（伦敦）"},
        {"me-east-1", "UAE (Dubai)", "阿联酋（迪拜）"},
    };
    return regions;
}

bool EmulatorRegion::isKnown(const QString &regionId)
{
    const QList<EmulatorRegion> &regions = all();
    return std::any_of(regions.cbegin(), regions.cend(),
        [&regionId](const EmulatorRegion &region) { return region.regionId() == regionId; });
}
