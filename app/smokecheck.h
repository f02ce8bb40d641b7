// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class AppContext;
class MainWindow;
class SandboxController;
class QTimer;

// `--demo --smoke`: proves that the real window works on this machine. Waits until the sandbox
// connection's test has passed and the Message Log shows rows, saves a screenshot, exits 0;
// exits 1 with what was not ready when the time runs out. CI runs it from the README's command
// and from the installed Debian package.
class SmokeCheck : public QObject
{
    Q_OBJECT
public:
    SmokeCheck(AppContext *context, MainWindow *window, SandboxController *sandbox, QObject *parent = nullptr);
    // `launch` started when the program did: the time until the window answers is measured from it.
    void start(const QString &screenshotPath, const QElapsedTimer &launch, int timeoutMs = 60'000);

    // Next to the executable in a build folder, else in the temp folder.
    static QString defaultScreenshotPath();

private:
    void check();
    QString missing() const;
    void finish(int code, const QString &message);

    AppContext *m_context;
    QPointer<MainWindow> m_window;
    SandboxController *m_sandbox;
    QTimer *m_poll;
    QElapsedTimer m_clock;
    QElapsedTimer m_launch;
    qint64 m_answeredMs = -1; // launch to the window shown with its event loop turning
    QString m_screenshotPath;
    int m_timeoutMs = 60'000;
    bool m_logOpened = false;
    bool m_done = false;
};
