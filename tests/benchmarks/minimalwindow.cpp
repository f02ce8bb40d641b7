// SPDX-License-Identifier: GPL-3.0-or-later
// The start-up benchmark's baseline: the least a Qt Widgets program can show, a bare QMainWindow,
// built with the project and quit the same way as the workbench (FirstPaintProbe).
#include "firstpaintprobe.h"

#include <QApplication>
#include <QMainWindow>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1200, 800);
    new FirstPaintProbe(&window);
    window.show();
    return app.exec();
}
