#pragma once

// The language the UI currently shows, for core code that chooses between data it holds in both
// languages (region names) instead of translating it. The language manager calls setChinese() on
// every switch; until then, or after followSystemLocale(), the default QLocale decides.
// Safe to read from any thread.
class UiLanguage
{
public:
    static bool isChinese();
    static void setChinese(bool chinese);
    static void followSystemLocale();
};
