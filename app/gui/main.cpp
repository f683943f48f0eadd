#include "ui/main/flowlogapplication.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    FlowLogApplication::setIdentity();
    FlowLogApplication flowlog;
    flowlog.window().show();
    return QApplication::exec();
}
