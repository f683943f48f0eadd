#pragma once

#include <QObject>
#include <QString>

#include <functional>

// Asynchronous storage of secrets by key (the OS keychain in the app, a fake in tests). Callbacks
// run on the event loop, never inside the call, and only while their context object lives.
class SecretStore : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    enum class Status {
        Ok,
        NotFound,    // nothing stored under that key
        Unavailable, // no keychain on this system, or access refused: keep secrets in memory instead
        Failed,      // any other error; errorString says what
    };
    struct Result
    {
        Status status = Status::Failed;
        QString secret = {}; // only for a successful read
        QString errorString = {};
    };
    using Callback = std::function<void(const Result &)>;

    using QObject::QObject;

    virtual void read(const QString &key, QObject *context, Callback callback) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context, Callback callback) = 0;
    virtual void remove(const QString &key, QObject *context, Callback callback) = 0;
};
