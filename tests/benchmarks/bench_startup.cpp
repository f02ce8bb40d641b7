// SPDX-License-Identifier: GPL-3.0-or-later
// startup.window: launching the workbench until its window has painted (no demo), against a bare
// QMainWindow program started and quit the same way; startup.demo: `--demo --smoke` until the
// sandbox's connection is tested and the log shows its rows, reported beside it. Each the median of
// five launches, every launch with empty settings and data folders.
#include "benchmeasure.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
double launchMs(const QString &program, const QStringList &arguments)
{
    QList<double> times;
    for (int i = 0; i < 5; ++i) {
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
        env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
        QProcess p;
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QStringList args = arguments;
        args.replaceInStrings(u"HOME"_s, home.path());
        QElapsedTimer t;
        t.start();
        p.start(program, args);
        if (!p.waitForFinished(120'000) || p.exitCode() != 0)
            qFatal("%s did not start and quit cleanly: %s", qPrintable(program), p.readAllStandardOutput().constData());
        times << ms(t);
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const double bare = launchMs(QStringLiteral(MINIMAL_WINDOW_BIN), {});
    const double window = launchMs(QStringLiteral(WORKBENCH_BIN), {u"--exit-when-painted"_s});
    reportFigure("startup.window", window, "ms", "bare QMainWindow, started the same way", bare, "<= 3");
    const double demo = launchMs(QStringLiteral(WORKBENCH_BIN), {u"--demo"_s, u"--smoke"_s, u"--smoke-screenshot"_s,
                                                                  u"HOME/smoke.png"_s});
    reportFigure("startup.demo", demo, "ms", "bare QMainWindow, started the same way", bare, "");
    return 0;
}
