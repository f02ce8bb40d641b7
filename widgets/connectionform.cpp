// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionform.h"

#include "filechooser.h"

#include "advancedtab.h"
#include "basicstab.h"
#include "connection/connectionstore.h"
#include "connection/connectiontester.h"
#include "connection/connectiontestmodel.h"
#include "connection/ionapifile.h"
#include "connection/tlstrust.h"
#include "connecttab.h"
#include "filedrop.h"
#include "teststatusdecorator.h"

#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ConnectionForm::ConnectionForm(ConnectionStore *store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_tabs(new QTabWidget(this))
    , m_basics(new BasicsTab(store->environments(), this))
    , m_connect(new ConnectTab(this))
    , m_advanced(new AdvancedTab(this))
    , m_tester(new ConnectionTester(this))
    , m_testModel(new ConnectionTestModel(this))
    , m_stages(new QTableView(this))
    , m_message(new QLabel(this))
    , m_test(new QPushButton(QIcon(u":/icons/test.svg"_s), tr("&Test Connection"), this))
    , m_trust(new QPushButton(tr("Trust &Certificate…"), this))
    , m_create(new QPushButton(tr("C&reate Connection"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setAcceptDrops(true);
    m_basics->setSecretStore(store->secretStore());
    m_tabs->setObjectName(u"connectionTabs"_s);
    m_tabs->addTab(m_basics, tr("Basics"));
    m_tabs->addTab(m_connect, tr("Connect"));
    m_tabs->addTab(m_advanced, tr("Advanced"));
    m_test->setObjectName(u"testConnection"_s);
    m_create->setObjectName(u"createConnection"_s);
    m_trust->setObjectName(u"trustCertificate"_s);
    m_test->setShortcut(QKeySequence(u"Ctrl+T"_s));
    m_test->setToolTip(tr("Get a token and make an authenticated call with these values (Ctrl+T)"));
    m_create->setShortcut(QKeySequence(u"Ctrl+Return"_s));
    m_create->setDefault(true);
    m_trust->setVisible(false);

    auto *decorator = new TestStatusDecorator(this);
    decorator->setSourceModel(m_testModel);
    m_testModel->setTester(m_tester);
    m_stages->setObjectName(u"testStages"_s);
    m_stages->setModel(decorator);
    m_stages->verticalHeader()->hide();
    m_stages->setSelectionMode(QAbstractItemView::NoSelection);
    m_stages->setWordWrap(true);
    m_stages->horizontalHeader()->setSectionResizeMode(ConnectionTestModel::DetailColumn, QHeaderView::Stretch);
    m_stages->horizontalHeader()->setSectionResizeMode(ConnectionTestModel::StageColumn, QHeaderView::ResizeToContents);
    m_stages->setMinimumHeight(150);
    m_message->setWordWrap(true);
    m_message->setObjectName(u"formMessage"_s);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_test);
    buttons->addWidget(m_trust);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_create);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 3);
    layout->addWidget(m_stages, 2);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_connect, &ConnectTab::importRequested, this, &ConnectionForm::chooseIonApi);
    // Keys of the whole form, whichever tab or field has the focus.
    auto *open = new QShortcut(QKeySequence::Open, this, this, &ConnectionForm::chooseIonApi, Qt::WidgetWithChildrenShortcut);
    open->setObjectName(u"importShortcut"_s);
    auto *reveal = new QShortcut(QKeySequence(u"Ctrl+Shift+R"_s), this, m_connect, &ConnectTab::toggleSecrets,
                                 Qt::WidgetWithChildrenShortcut);
    reveal->setObjectName(u"revealShortcut"_s);
    connect(m_test, &QPushButton::clicked, this, [this] {
        if (m_tester->isRunning())
            m_tester->cancel(); // the button reads "Stop Test" while a test runs
        else
            startTest();
    });
    connect(m_trust, &QPushButton::clicked, this, &ConnectionForm::trustCertificate);
    connect(m_create, &QPushButton::clicked, this, &ConnectionForm::create);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_tester->cancel();
        Q_EMIT cancelled();
    });
    connect(m_tester, &ConnectionTester::finished, this, &ConnectionForm::testFinished);
    connect(m_basics, &BasicsTab::changed, this, &ConnectionForm::updateButtons);
    connect(m_connect, &ConnectTab::changed, this, &ConnectionForm::updateButtons);
    connect(m_advanced, &AdvancedTab::changed, this, &ConnectionForm::updateButtons);
    connect(m_advanced, &AdvancedTab::changed, this, [this] { m_connect->setGrantType(currentProfile().grantType); });
    connect(m_connect, &ConnectTab::changed, this, [this] { m_advanced->deriveEndpointsFrom(m_connect->tokenUrl()); });
    updateButtons();
}

void ConnectionForm::editConnection(const ConnectionProfile &profile)
{
    m_editing = profile;
    m_basics->setEnvironment(profile.environmentId, true);
    m_basics->setConnectionName(profile.name);
    m_basics->setDescription(profile.description);
    m_connect->setValues(profile);
    m_advanced->setValues(profile, tr("Saved with the connection"));
    m_create->setText(tr("Sa&ve Connection"));
    m_create->setShortcut(QKeySequence(u"Ctrl+Return"_s));
    updateButtons();
}

void ConnectionForm::chooseIonApi()
{
    const QString path = FileChooser::open(this, u"ionapi"_s, tr("Import .ionapi File"),
                                           tr("ION API credentials (*.ionapi);;All files (*)"),
                                           QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
    if (!path.isEmpty())
        importIonApi(path);
}

bool ConnectionForm::importIonApi(const QString &path)
{
    IonApiError error;
    const auto file = IonApiFile::load(path, &error);
    const QString name = QFileInfo(path).fileName();
    if (!file) {
        showMessage(tr("%1 cannot be imported: %2").arg(name, error.toString()), true);
        return false;
    }
    m_importedFrom = name;
    ConnectionProfile p = ConnectionProfile::fromIonApi(*file);
    m_connect->fill(*file, name);
    ConnectionProfile advanced = currentProfile();
    advanced.tokenEndpoint = p.tokenEndpoint;
    advanced.revokeEndpoint = p.revokeEndpoint;
    advanced.grantType = p.grantType; // the file says which: with a service account or without
    m_advanced->setValues(advanced, tr("From pu + ot and pu + or in %1").arg(name));
    if (m_basics->connectionName().isEmpty())
        m_basics->setConnectionName(p.name);
    QString text = tr("Imported %1 (tenant %2). Test the connection to enable Create.").arg(name, file->tenantId);
    if (!file->warnings.isEmpty())
        text += u' ' + file->warnings.join(u' ');
    if (!file->unknownKeys.isEmpty())
        text += u' ' + tr("Keys not used: %1.").arg(file->unknownKeys.join(u", "_s));
    showMessage(text, false);
    m_tabs->setCurrentWidget(m_connect);
    return true;
}

ConnectionProfile ConnectionForm::currentProfile() const
{
    ConnectionProfile p = m_editing;
    p.name = m_basics->connectionName();
    p.description = m_basics->description();
    p.environmentId = m_basics->environmentId();
    p.serviceUrl = m_connect->serviceUrl();
    p.tokenUrl = m_connect->tokenUrl();
    p.secrets = m_connect->secrets();
    m_advanced->apply(p);
    return p;
}

void ConnectionForm::startTest()
{
    m_trust->setVisible(false);
    showMessage(tr("Testing…"), false);
    m_tester->start(currentProfile());
    m_test->setText(tr("&Stop Test"));
    m_test->setShortcut(QKeySequence(u"Ctrl+T"_s));
    updateButtons();
}

void ConnectionForm::testFinished(bool passed)
{
    m_test->setText(tr("&Test Connection"));
    m_test->setShortcut(QKeySequence(u"Ctrl+T"_s));
    m_passedFingerprint = passed ? m_tester->testedFingerprint() : QByteArray();
    if (passed) {
        showMessage(tr("%1. You can create the connection.").arg(m_tester->summary()), false);
    } else {
        QString advice;
        for (const auto &r : m_tester->results()) {
            if (r.status == ConnectionTester::Status::Failed)
                advice = r.advice;
        }
        showMessage(m_tester->summary() + u"\n"_s + advice, true);
    }
    m_trust->setVisible(!m_tester->untrustedCertificate().isNull());
    updateButtons();
}

void ConnectionForm::trustCertificate()
{
    const QSslCertificate cert = m_tester->untrustedCertificate();
    if (cert.isNull())
        return;
    const QString text = tr("<p>Trust this certificate for this connection only?</p>"
                            "<p><b>Subject:</b> %1<br><b>Issuer:</b> %2<br><b>Valid:</b> %3 to %4<br>"
                            "<b>SHA-256:</b> <tt>%5</tt></p>"
                            "<p>Compare the fingerprint with the one your administrator or the sandbox shows. "
                            "Trust only a server you know.</p>")
                             .arg(cert.subjectDisplayName().toHtmlEscaped(), cert.issuerDisplayName().toHtmlEscaped(),
                                  cert.effectiveDate().toString(Qt::ISODate), cert.expiryDate().toString(Qt::ISODate),
                                  TlsTrust::fingerprint(cert));
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Trust Certificate"), text, QMessageBox::Cancel, this);
    box->setObjectName(u"trustDialog"_s);
    QPushButton *yes = box->addButton(tr("&Trust"), QMessageBox::AcceptRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes, cert](QAbstractButton *clicked) {
        if (clicked != yes)
            return;
        m_advanced->setTrustedCertificates({cert});
        m_trust->setVisible(false);
        startTest();
    });
    box->open();
}

void ConnectionForm::create()
{
    ConnectionProfile p = currentProfile();
    p.lastTestTime = QDateTime::currentDateTime();
    p.lastTestPassed = true;
    p.lastTestSummary = m_tester->summary();
    m_create->setEnabled(false);
    m_store->save(p, [this](bool ok, const QString &message) {
        if (!ok) {
            showMessage(message, true);
            updateButtons();
            return;
        }
        Q_UNUSED(message) // the session-only keychain notice is shown once by the main window
        const auto saved = m_store->connectionByName(m_basics->connectionName());
        Q_EMIT this->saved(saved ? saved->id : QString());
    });
}

void ConnectionForm::updateButtons()
{
    const ConnectionProfile p = currentProfile();
    QString why;
    if (p.name.isEmpty())
        why = tr("Enter a Connection Name on the Basics tab.");
    else if (p.environmentId.isEmpty())
        why = tr("Choose or provision a replication environment on the Basics tab.");
    else if (const QString problem = m_store->checkCreate(p.name, m_editing.id); !problem.isEmpty())
        why = problem;
    else if (m_passedFingerprint.isEmpty() || m_passedFingerprint != p.testFingerprint())
        why = tr("Test the connection with the current values first.");
    m_create->setEnabled(why.isEmpty() && !m_tester->isRunning());
    m_create->setToolTip(why.isEmpty() ? tr("Save this connection (Ctrl+Return)") : why);
}

void ConnectionForm::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    QPalette pal = palette();
    if (error)
        pal.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_message->setPalette(pal);
}

QString ConnectionForm::message() const
{
    return m_message->text();
}

void ConnectionForm::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedLocalFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void ConnectionForm::dropEvent(QDropEvent *event)
{
    const QString path = droppedLocalFile(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    importIonApi(path);
}
