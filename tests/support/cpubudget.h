#pragma once

#include <QtGlobal>

// A time bound for work that is pure CPU (parsing, SQLite, searching). Under AddressSanitizer every
// memory access is checked and the same work takes several times longer, and the suite shares two
// cores with the other tests; the bound still catches an algorithm that became quadratic, which is
// what these tests guard.
constexpr qint64 cpuBudgetMs(qint64 plainBuildMs)
{
#ifdef FLOWLOG_SANITIZED
    return plainBuildMs * 10;
#else
    return plainBuildMs;
#endif
}
