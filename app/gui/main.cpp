#include "core/api/apiclient.h"
#include "ui/main/flowlogapplication.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    ApiClient::useSystemProxies();
    FlowLogApplication::setIdentity();
    FlowLogApplication flowlog;
    flowlog.window().show();
    return QApplication::exec();
}
