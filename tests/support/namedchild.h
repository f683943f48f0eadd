#pragma once

#include <QObject>
#include <QString>
#include <QTest>

// The descendant of `parent` of type T named `name`, as tests find widgets (by object name).
// When there is none, the running test function fails with the name in its message, and a stand-in
// of type T (made once, never shown) comes back, so that the test's next lines neither crash nor
// abort the rest of the suite, as a null pointer or qFatal() would. T must be default-constructible.
template<typename T>
T *namedChild(const QObject *parent, const QString &name)
{
    if (T *found = parent ? parent->findChild<T *>(name) : nullptr)
        return found;
    const QByteArray message = "no child named \"" + name.toUtf8() + "\" of type " + T::staticMetaObject.className();
    QTest::qFail(message.constData(), __FILE__, __LINE__);
    static T *const standIn = new T; // lives to the end of the process, like the application
    return standIn;
}
