// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class MainWindow;
class QWidget;
class SandboxController;

// Takes the README's screenshots from the real windows: the Connections page, then the
// connection form with the sandbox's .ionapi imported and tested. Then quits.
class ScreenshotTour : public QObject
{
    Q_OBJECT
public:
    ScreenshotTour(MainWindow *window, SandboxController *sandbox, const QString &directory, QObject *parent = nullptr);
    void start();

private:
    bool save(QWidget *widget, const QString &name);
    void showProvisionDialog(QWidget *form);
    void showMessageLog();
    void showDiagnosis();
    void showScim();
    void showConnectionForm();

    QPointer<MainWindow> m_window;
    SandboxController *m_sandbox;
    QString m_directory;
};
