// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "filechooser.h"

#include "config-workbench.h"
#include "connection/appcontext.h"
#include "connection/connectionstore.h"
#include "connection/secretstore.h"
#include "connectionspage.h"
#include "environment/environmentpasswords.h"
#include "environment/environmentregistry.h"
#include "filedrop.h"
#include "flowdiagnosislauncher.h"
#include "ion/oauthsessionpool.h"
#include "logviewpage.h"
#include "keyboardreach.h"
#include "sandboxcontroller.h"
#include "userguide.h"
#include "sandboxserver.h"
#include "scimpage.h"
#include "workspace/connectionworkspace.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QWhatsThis>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(AppContext *context, SandboxController *sandbox, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_sandbox(sandbox)
    , m_pages(new QTabWidget(this))
    , m_connections(new ConnectionsPage(context->connections(), context->sessions(), this))
    , m_log(new LogViewPage(this))
    , m_scim(new ScimPage(context->secrets(), this))
    , m_sandboxStatus(new QLabel(this))
{
    setObjectName(u"mainWindow"_s);
    KeyboardReach::install();
    setWindowTitle(tr("ION Workbench"));
    setWindowIcon(QIcon(u":/icons/ion-workbench.svg"_s));
    setAcceptDrops(true);
    m_pages->setDocumentMode(true);
    m_pages->addTab(m_connections, QIcon(u":/icons/connection.svg"_s), tr("Connections"));
    m_pages->addTab(m_log, QIcon(u":/icons/test.svg"_s), tr("Message Log"));
    m_pages->addTab(m_scim, QIcon(u":/icons/connection.svg"_s), tr("Provisioning (SCIM)"));
    connect(m_scim, &ScimPage::statusMessage, this, [this](const QString &text) { statusBar()->showMessage(text, 10'000); });
    connect(m_log, &LogViewPage::statusMessage, this, [this](const QString &text) { statusBar()->showMessage(text, 10'000); });
    // The log follows the connection selected on the Connections page.
    connect(m_connections, &ConnectionsPage::currentConnectionChanged, this, [this](const QString &id) {
        if (m_pages->currentWidget() == m_log)
            showLogFor(id);
    });
    connect(m_pages, &QTabWidget::currentChanged, this, [this] {
        if (m_pages->currentWidget() == m_log)
            showLogFor(m_connections->currentId());
    });
    setCentralWidget(m_pages);
    statusBar()->addPermanentWidget(m_sandboxStatus);
    m_sandboxStatus->setText(tr("Sandbox: off"));
    createMenus();

    connect(m_connections, &ConnectionsPage::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 10'000); });
    connect(m_sandbox, &SandboxController::statusChanged, m_sandboxStatus, &QLabel::setText);
    // With the sandbox running and no SCIM server of one's own, the SCIM page points at it.
    connect(m_sandbox, &SandboxController::statusChanged, this, [this] {
        if (m_sandbox->server() && m_scim->credentials().userIdentifier.isEmpty())
            m_scim->setCredentials({m_sandbox->server()->scimUrl(), m_sandbox->server()->config().scimUser,
                                    m_sandbox->server()->config().scimPassword, ScimClient::Auth::Bearer});
    });
    connect(context->secrets(), &SecretStore::fellBackToSession, this, [this](const QString &reason) {
        statusBar()->showMessage(tr("No keychain: secrets are kept until the workbench closes."));
        auto *box = new QMessageBox(QMessageBox::Warning, tr("No Keychain Available"),
                                    tr("The workbench could not reach an OS keychain (%1).\n\nConnection secrets are "
                                       "kept in memory until the workbench closes and are never written to disk. "
                                       "Install and unlock a Secret Service (GNOME Keyring or KWallet) to keep them.")
                                        .arg(reason),
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });

    QSettings settings;
    if (!restoreGeometry(settings.value(u"mainWindow/geometry"_s).toByteArray()))
        resize(1100, 700);
    restoreState(settings.value(u"mainWindow/state"_s).toByteArray());
    KeyboardReach::applyAll(this); // what was polished while the pages were built
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    const QList<QAction *> connectionActions = m_connections->actions();
    file->addAction(connectionActions.value(0));
    QAction *import = file->addAction(QIcon(u":/icons/import.svg"_s), tr("&Import .ionapi File…"), this,
                                      &MainWindow::importIonApi);
    import->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *connection = menuBar()->addMenu(tr("&Connection"));
    connection->addActions(connectionActions.mid(1));

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(tr("&Why Did a BOD File Not Arrive?…"), this, [this] {
        const QString path = FileChooser::open(this, u"bod"_s, tr("Diagnose a BOD"), tr("BODs (*.xml);;All files (*)"));
        if (!path.isEmpty())
            m_log->diagnosis()->openFile(path);
    });
    tools->addAction(tr("&Routing Model…"), this, [this] { m_log->diagnosis()->editRouting(); });

    QMenu *sandbox = menuBar()->addMenu(tr("&Sandbox"));
    QAction *start = sandbox->addAction(tr("&Start Sandbox"), this, [this] {
        // Once: main() may have started it, and then selects the connection itself.
        auto ready = std::make_shared<QMetaObject::Connection>();
        auto failed = std::make_shared<QMetaObject::Connection>();
        auto done = [ready, failed] {
            QObject::disconnect(*ready);
            QObject::disconnect(*failed);
        };
        *ready = connect(m_sandbox, &SandboxController::demoReady, this, [this, done] {
            done();
            m_connections->selectConnection(m_sandbox->connectionId());
        });
        *failed = connect(m_sandbox, &SandboxController::demoFailed, this, [this, done](const QString &why) {
            done();
            QMessageBox::warning(this, tr("Sandbox"), tr("The sandbox could not start: %1").arg(why));
        });
        m_sandbox->startDemo();
    });
    start->setObjectName(u"startSandbox"_s);
    // Offered only while there is something to start.
    connect(sandbox, &QMenu::aboutToShow, start, [this, start] {
        start->setEnabled(!m_sandbox->server() && !m_sandbox->isStarting());
        start->setText(m_sandbox->server() ? tr("Sandbox &Running") : tr("&Start Sandbox"));
    });
    sandbox->addSeparator();
    m_sandbox->populateMenu(sandbox, this);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("User &Guide"), this, [this] {
        const QWidget *page = m_pages->currentWidget();
        UserGuide::open(this, page == m_log ? u"message-log"_s : page == m_scim ? u"scim"_s : u"connections"_s);
    });
    guide->setObjectName(u"userGuide"_s);
    guide->setShortcut(QKeySequence::HelpContents);
    QAction *whatsThis = QWhatsThis::createAction(this);
    whatsThis->setText(tr("&What's This?"));
    help->addAction(whatsThis);
    help->addAction(tr("The &Sandbox"), this, [this] { UserGuide::open(this, u"sandbox"_s); });
    help->addSeparator();
    help->addAction(tr("&About ION Workbench"), this, [this] {
        QMessageBox::about(this, tr("About ION Workbench"),
                           tr("<h3>ION Workbench %1</h3><p>Connection setup, message-log triage and flow "
                              "diagnostics for Infor ION.</p><p>Settings: %2</p>")
                               .arg(QStringLiteral(IONWB_VERSION), AppContext::settingsPath().toHtmlEscaped()));
    });
}

void MainWindow::showPage(QWidget *page)
{
    m_pages->setCurrentWidget(page);
}

MainWindow::~MainWindow()
{
    m_log->setWorkspace(nullptr); // the page lets go before the workspace goes
}

void MainWindow::showLogFor(const QString &connectionId)
{
    if (connectionId.isEmpty() || connectionId == m_logConnection)
        return;
    const auto profile = m_context->connections()->connection(connectionId);
    const auto env = profile ? m_context->environments()->environment(profile->environmentId) : std::nullopt;
    if (!profile || !env) {
        statusBar()->showMessage(tr("This connection has no replication environment."));
        return;
    }
    m_logConnection = connectionId;
    m_context->connections()->loadSecrets(connectionId, [this, profile, env](std::optional<ConnectionSecrets> secrets,
                                                                             const QString &message) {
        if (!secrets) {
            statusBar()->showMessage(message);
            m_logConnection.clear();
            return;
        }
        ConnectionProfile p = *profile;
        p.secrets = *secrets;
        // A team environment's server password comes from the keychain too.
        EnvironmentPasswords::load(m_context->secrets(), env->databasePath, [this, p, env] {
            QString error;
            auto workspace = ConnectionWorkspace::open(p, env->databasePath, m_context->sessions()->session(p), &error);
            if (!workspace) {
                statusBar()->showMessage(tr("The replication environment cannot be opened: %1").arg(error));
                m_logConnection.clear();
                return;
            }
            m_log->setWorkspace(workspace.get());
            m_workspace = std::move(workspace); // the one it replaces goes now, after the page let go of it
            m_pages->setTabText(m_pages->indexOf(m_log), tr("Message Log — %1").arg(p.name));
        });
    });
}

void MainWindow::importIonApi()
{
    const QString path = FileChooser::open(this, u"ionapi"_s, tr("Import .ionapi File"),
                                           tr("ION API credentials (*.ionapi);;All files (*)"),
                                           QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
    if (!path.isEmpty())
        m_connections->newConnection(path);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_s, saveGeometry());
    settings.setValue(u"mainWindow/state"_s, saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedLocalFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedLocalFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    m_connections->newConnection(path);
}
