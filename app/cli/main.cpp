#include "cli/cliapplication.h"
#include "core/api/apiclient.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    ApiClient::useSystemProxies();
    CliApplication::setIdentity();
    CliApplication cli;
    return cli.run(QCoreApplication::arguments());
}
