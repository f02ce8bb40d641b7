// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshottour.h"

#include "bodinspector.h"
#include "connection/connectiontester.h"
#include "connectiondialog.h"
#include "connectionform.h"
#include "connectionspage.h"
#include "flowdiagnosisdialog.h"
#include "flowdiagnosislauncher.h"
#include "logtimelineview.h"
#include "logviewpage.h"
#include "mainwindow.h"
#include "messagelog/messagelogmodel.h"
#include "sandboxcontroller.h"
#include "scimconformanceview.h"
#include "scimpage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QWindow>

using namespace Qt::StringLiterals;

ScreenshotTour::ScreenshotTour(MainWindow *window, SandboxController *sandbox, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_sandbox(sandbox)
    , m_directory(directory)
{
}

bool ScreenshotTour::save(QWidget *widget, const QString &name)
{
    QDir().mkpath(m_directory);
    // What the X server shows for this window, not a re-rendering.
    QPixmap pixmap = widget->screen()->grabWindow(widget->winId());
    if (pixmap.isNull())
        pixmap = widget->grab();
    const QString path = QDir(m_directory).filePath(name);
    const bool ok = pixmap.save(path);
    qInfo("screenshot %s: %s", qPrintable(path), ok ? "written" : "FAILED");
    return ok;
}

void ScreenshotTour::showProvisionDialog(QWidget *form)
{
    // The dialog is modal (exec): find it once it is up, fill it, photograph it, quit.
    QTimer::singleShot(600, this, [this] {
        QWidget *dialog = QApplication::activeModalWidget();
        if (auto *name = dialog ? dialog->findChild<QLineEdit *>(u"environmentName"_s) : nullptr)
            name->setText(u"Development"_s); // not translated: typed in, as a person would
        QTimer::singleShot(300, this, [this, dialog] {
            if (!dialog) {
                qApp->exit(0);
                return;
            }
            save(dialog, u"provision-environment.png"_s);
            // The same dialog for a team's server (typed in, as a person would).
            if (auto *server = dialog->findChild<QAbstractButton *>(u"kindServer"_s))
                server->click();
            const QList<QPair<QString, QString>> fields {{u"environmentName"_s, u"Integration Team"_s},
                                                         {u"serverHost"_s, u"db.example.com"_s},
                                                         {u"serverDatabase"_s, u"ion_team"_s},
                                                         {u"serverUser"_s, u"anna"_s}};
            for (const auto &[name, value] : fields) {
                if (auto *edit = dialog->findChild<QLineEdit *>(name))
                    edit->setText(value);
            }
            QTimer::singleShot(300, this, [this, dialog] {
                save(dialog, u"provision-team.png"_s);
                qApp->exit(0);
            });
        });
    });
    form->findChild<QTabWidget *>()->setCurrentIndex(0);
    if (auto *button = form->findChild<QPushButton *>(u"provision"_s))
        QMetaObject::invokeMethod(button, &QPushButton::click, Qt::QueuedConnection);
}

void ScreenshotTour::start()
{
    m_window->resize(1280, 800); // the README's size, whatever was remembered
    QTimer::singleShot(1500, this, [this] {
        save(m_window, u"connections.png"_s);
        showMessageLog();
    });
    QTimer::singleShot(120'000, qApp, [] { qApp->exit(3); }); // never hang a script
}

void ScreenshotTour::showMessageLog()
{
    auto *tabs = m_window->findChild<QTabWidget *>();
    tabs->setCurrentWidget(m_window->logPage());
    // Wait for the first replication, then show the errors and open one.
    auto *poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, [this, poll] {
        LogViewPage *log = m_window->logPage();
        if (log->model()->totalCount() < 1000)
            return;
        poll->deleteLater();
        QTimer::singleShot(1500, this, [this, log] {
            log->outcomeFilter()->setCurrentIndex(log->outcomeFilter()->findData(u"Error"_s));
            QTimer::singleShot(800, this, [this, log] {
                log->table()->selectRow(0);
                log->table()->resizeColumnsToContents();
                QTimer::singleShot(1500, this, [this, log] {
                    save(m_window, u"message-log.png"_s);
                    // The inspector alone, on its problems, a little taller than in the page.
                    if (auto *side = log->inspector()->findChild<QTabWidget *>())
                        side->setCurrentIndex(1);
                    log->table()->setMaximumHeight(60);
                    log->timeline()->hide();
                    QTimer::singleShot(600, this, [this, log] {
                        save(log->inspector(), u"bod-inspector.png"_s);
                        log->table()->setMaximumHeight(QWIDGETSIZE_MAX);
                        log->timeline()->show();
                        showDiagnosis();
                    });
                });
            });
        });
    });
    poll->start(300);
}

void ScreenshotTour::showDiagnosis()
{
    // A message the demo's flows filtered out, and why.
    LogViewPage *log = m_window->logPage();
    log->outcomeFilter()->setCurrentIndex(log->outcomeFilter()->findData(u"Filtered Out"_s));
    QTimer::singleShot(800, this, [this, log] {
        log->table()->selectRow(0);
        connect(log->diagnosis(), &FlowDiagnosisLauncher::opened, this, [this](FlowDiagnosisDialog *dialog) {
            QTimer::singleShot(800, this, [this, dialog] {
                QTreeWidget *checklist = dialog->checklist();
                for (int i = 0; i < checklist->topLevelItemCount(); ++i) {
                    if (checklist->topLevelItem(i)->text(1) == u"fail"_s && checklist->topLevelItem(i)->text(0).startsWith(u"Flow"_s))
                        checklist->setCurrentItem(checklist->topLevelItem(i));
                }
                QTimer::singleShot(500, this, [this, dialog] {
                    save(dialog, u"flow-diagnosis.png"_s);
                    dialog->close();
                    showScim();
                });
            });
        });
        QTimer::singleShot(1500, log, &LogViewPage::diagnoseCurrent);
    });
}

void ScreenshotTour::showScim()
{
    // The conformance run against the sandbox's SCIM service (no rate limit for the picture).
    ScimPage *scim = m_window->scimPage();
    m_window->findChild<QTabWidget *>()->setCurrentWidget(scim);
    scim->findChild<QSpinBox *>(u"scimRate"_s)->setValue(0);
    connect(scim->conformance(), &ScimConformanceView::finished, this, [this, scim] {
        scim->conformance()->checks()->setCurrentItem(scim->conformance()->checks()->topLevelItem(10));
        QTimer::singleShot(600, this, [this] {
            save(m_window, u"scim-conformance.png"_s);
            m_window->findChild<QTabWidget *>()->setCurrentIndex(0);
            showConnectionForm();
        });
    });
    QTimer::singleShot(500, scim, &ScimPage::runConformance);
}

void ScreenshotTour::showConnectionForm()
{
    ConnectionDialog *dialog = m_window->connectionsPage()->newConnection(m_sandbox->ionApiPath());
    dialog->resize(820, 680);
    ConnectionForm *form = dialog->form();
    form->tabs()->setCurrentIndex(1);
    connect(form->tester(), &ConnectionTester::finished, this, [this, dialog] {
        QTimer::singleShot(800, this, [this, dialog] {
            save(dialog, u"connection-form.png"_s);
            ConnectionForm *form = dialog->form();
            form->tabs()->setCurrentIndex(0);
            QTimer::singleShot(300, this, [this, dialog, form] {
                save(dialog, u"connection-basics.png"_s);
                form->tabs()->setCurrentIndex(2);
                QTimer::singleShot(300, this, [this, dialog, form] {
                    save(dialog, u"connection-advanced.png"_s);
                    showProvisionDialog(form);
                });
            });
        });
    });
    QTimer::singleShot(800, form, [form] { form->startTest(); });
}
