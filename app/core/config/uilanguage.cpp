#include "core/config/uilanguage.h"

#include <QLocale>

#include <atomic>

namespace {

enum class Choice { FollowLocale, English, Chinese };

std::atomic<Choice> &choice()
{
    static std::atomic<Choice> value{Choice::FollowLocale};
    return value;
}

} // namespace

bool UiLanguage::isChinese()
{
    switch (choice().load()) {
    case Choice::Chinese:
        return true;
    case Choice::English:
        return false;
    case Choice::FollowLocale:
        break;
    }
    // Read every time: QLocale::setDefault() may change it after start-up.
    return QLocale().language() == QLocale::Chinese;
}

void UiLanguage::setChinese(bool chinese)
{
    choice().store(chinese ? Choice::Chinese : Choice::English);
}

void UiLanguage::followSystemLocale()
{
    choice().store(Choice::FollowLocale);
}
