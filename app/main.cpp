// SPDX-License-Identifier: GPL-3.0-or-later
#include "config-workbench.h"
#include "connection/appcontext.h"
#include "connectionspage.h"
#include "firstpaintprobe.h"
#include "headlesscommands.h"
#include "mainwindow.h"
#include "sandboxcontroller.h"
#include "screenshottour.h"
#include "smokecheck.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLocale>
#include <QMessageBox>

using namespace Qt::StringLiterals;

namespace {
void identify()
{
    QCoreApplication::setOrganizationName(u"ION Workbench"_s);
    QCoreApplication::setApplicationName(u"ion-workbench"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(IONWB_VERSION));
}

// The options of the window; --help and --version answer without a display.
void describe(QCommandLineParser *parser, const QList<QCommandLineOption> &options)
{
    parser->setApplicationDescription(
        u"ION Workbench: connection setup, message-log triage and flow diagnostics for Infor ION.\n\n"
        "Headless commands (each has --help):\n"_s
        + HeadlessCommands::usage());
    parser->addHelpOption();
    parser->addVersionOption();
    parser->addOptions(options);
    parser->addPositionalArgument(u"file"_s, u"A .ionapi file to import."_s, u"[file.ionapi]"_s);
}
} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer launch; // for the smoke check's "the window answered after"
    launch.start();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    const QCommandLineOption demo(u"demo"_s, u"Start the built-in ION sandbox and open it as a ready connection."_s);
    const QCommandLineOption screenshots(u"screenshots"_s, u"Write the README screenshots to DIR, then quit."_s, u"dir"_s);
    const QCommandLineOption smoke(u"smoke"_s, u"With --demo: wait until the sandbox connection's test has passed and the "
                                                "Message Log shows rows, save a screenshot, exit 0; exit 1 with the reason "
                                                "when that takes over 60 s."_s);
    const QCommandLineOption smokeScreenshot(u"smoke-screenshot"_s, u"Where --smoke saves its screenshot (default: "
                                                                     "next to the executable in a build, else the temp folder)."_s,
                                             u"file"_s);
    QCommandLineOption exitWhenPainted(u"exit-when-painted"_s, u"Quit once the window has painted (start-up benchmark)."_s);
    exitWhenPainted.setFlags(QCommandLineOption::HiddenFromHelp);
    const QList<QCommandLineOption> options{demo, screenshots, smoke, smokeScreenshot, exitWhenPainted};
    const bool wantsHelp = std::any_of(arguments.cbegin(), arguments.cend(), [](const QString &a) {
        return a == u"--help"_s || a == u"-h"_s || a == u"--help-all"_s || a == u"--version"_s || a == u"-v"_s;
    });
    if (wantsHelp && !HeadlessCommands::isHeadless(arguments)) {
        QCoreApplication app(argc, argv);
        identify();
        QCommandLineParser parser;
        describe(&parser, options);
        parser.process(app); // prints and exits
        return 0;
    }
    if (HeadlessCommands::isHeadless(arguments)) {
        QCoreApplication app(argc, argv);
        identify();
        installTranslations(&app);
        return HeadlessCommands::run(arguments);
    }

    QApplication app(argc, argv);
    identify();
    QGuiApplication::setDesktopFileName(QStringLiteral(IONWB_APP_ID));
    installTranslations(&app);

    QCommandLineParser parser;
    describe(&parser, options);
    parser.process(app);

    AppContext context;
    QString error;
    if (!context.open(&error)) {
        QMessageBox::critical(nullptr, QObject::tr("ION Workbench"),
                              QObject::tr("The workbench cannot open its data folder: %1").arg(error));
        return 1;
    }
    SandboxController sandbox(&context);
    MainWindow window(&context, &sandbox);
    const bool smoking = parser.isSet(smoke);
    ScreenshotTour tour(&window, &sandbox, parser.value(screenshots));
    if (parser.isSet(demo) || parser.isSet(screenshots) || smoking) {
        // The window answers while the sandbox builds its demo log on a worker.
        QObject::connect(&sandbox, &SandboxController::demoReady, &window, [&] {
            window.connectionsPage()->selectConnection(sandbox.connectionId());
            window.connectionsPage()->retestCurrent();
            if (parser.isSet(screenshots))
                tour.start();
        });
        QObject::connect(&sandbox, &SandboxController::demoFailed, &window, [&](const QString &why) {
            if (smoking) {
                qCritical("smoke: the sandbox could not start: %s", qPrintable(why));
                QCoreApplication::exit(1);
                return;
            }
            QMessageBox::critical(&window, QObject::tr("ION Workbench"), QObject::tr("The sandbox could not start: %1").arg(why));
        });
        sandbox.startDemo();
    }
    if (parser.isSet(exitWhenPainted))
        new FirstPaintProbe(&window);
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.connectionsPage()->newConnection(parser.positionalArguments().constFirst());
    SmokeCheck smokeCheck(&context, &window, &sandbox);
    if (smoking)
        smokeCheck.start(parser.isSet(smokeScreenshot) ? parser.value(smokeScreenshot) : SmokeCheck::defaultScreenshotPath(),
                         launch);
    return app.exec();
}
