// SPDX-License-Identifier: GPL-3.0-or-later
#include "smokecheck.h"

#include "connection/appcontext.h"
#include "connection/connectionstore.h"
#include "logviewpage.h"
#include "mainwindow.h"
#include "messagelog/messagelogmodel.h"
#include "sandboxcontroller.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QPixmap>
#include <QScreen>
#include <QTimer>
#include <QWindow>

#include <cstdio>

using namespace Qt::StringLiterals;

SmokeCheck::SmokeCheck(AppContext *context, MainWindow *window, SandboxController *sandbox, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_window(window)
    , m_sandbox(sandbox)
    , m_poll(new QTimer(this))
{
    m_poll->setInterval(250);
    connect(m_poll, &QTimer::timeout, this, &SmokeCheck::check);
}

QString SmokeCheck::defaultScreenshotPath()
{
    const QString dir = QCoreApplication::applicationDirPath();
    const QString name = u"ion-workbench-smoke.png"_s;
    // An installed binary lives in /usr/bin: never write there.
    if (!dir.startsWith(u"/usr/"_s) && QFileInfo(dir).isWritable())
        return QDir(dir).filePath(name);
    return QDir(QDir::tempPath()).filePath(name);
}

void SmokeCheck::start(const QString &screenshotPath, const QElapsedTimer &launch, int timeoutMs)
{
    m_screenshotPath = screenshotPath;
    m_timeoutMs = timeoutMs;
    m_launch = launch;
    m_clock.start();
    m_poll->start();
    // When the window is on screen and the event loop turns: what a person sees as "it answers".
    auto *answer = new QTimer(this);
    answer->setInterval(10);
    connect(answer, &QTimer::timeout, this, [this, answer] {
        if (!m_window || !m_window->windowHandle() || !m_window->windowHandle()->isExposed())
            return;
        m_answeredMs = m_launch.elapsed();
        answer->deleteLater();
    });
    answer->start();
}

QString SmokeCheck::missing() const
{
    // Every icon is an SVG: without Qt's SVG icon plugin the window shows none (Debian 13 moved
    // it to a package of its own).
    if (QIcon(u":/icons/ion-workbench.svg"_s).pixmap(16, 16).isNull())
        return u"SVG icons cannot be drawn: Qt's SVG icon plugin is missing (qt6-svg-plugins, or libqt6svg6 before Qt 6.5)"_s;
    const QString id = m_sandbox->connectionId();
    if (id.isEmpty())
        return u"the sandbox connection was not created"_s;
    const auto profile = m_context->connections()->connection(id);
    if (!profile || !profile->lastTestTime.isValid())
        return u"the sandbox connection's test has not finished"_s;
    if (!profile->lastTestPassed)
        return u"the sandbox connection's test failed: %1"_s.arg(profile->lastTestSummary);
    if (!m_window || m_window->logPage()->model()->rowCount() == 0)
        return u"the Message Log shows no rows"_s;
    return {};
}

void SmokeCheck::check()
{
    if (m_done || !m_window)
        return;
    const QString notReady = missing();
    // Once the test has passed, open the log as a person would, and wait for its rows.
    if (!m_logOpened && (notReady.isEmpty() || notReady.startsWith(u"the Message Log"_s))) {
        m_logOpened = true;
        m_window->showPage(m_window->logPage());
        return;
    }
    if (notReady.isEmpty()) {
        QPixmap shot = m_window->screen()->grabWindow(m_window->winId());
        if (shot.isNull())
            shot = m_window->grab();
        if (!shot.save(m_screenshotPath))
            return finish(1, u"smoke: the window was ready, but the screenshot %1 could not be written"_s.arg(m_screenshotPath));
        return finish(0, u"smoke: the window answered %1 ms after launch; ready in %2 ms (test passed, %3 rows in "
                          "the Message Log); screenshot %4"_s
                             .arg(m_answeredMs)
                             .arg(m_clock.elapsed())
                             .arg(m_window->logPage()->model()->rowCount())
                             .arg(m_screenshotPath));
    }
    if (m_clock.elapsed() > m_timeoutMs)
        finish(1, u"smoke: not ready after %1 s: %2"_s.arg(m_timeoutMs / 1000).arg(notReady));
}

void SmokeCheck::finish(int code, const QString &message)
{
    m_done = true;
    m_poll->stop();
    std::fprintf(code == 0 ? stdout : stderr, "%s\n", qPrintable(message));
    std::fflush(nullptr);
    QCoreApplication::exit(code);
}
