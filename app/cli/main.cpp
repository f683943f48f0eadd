#include "cli/cliapplication.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    CliApplication::setIdentity();
    CliApplication cli;
    return cli.run(QCoreApplication::arguments());
}
