// SPDX-License-Identifier: GPL-3.0-or-later
#include "provisiondialog.h"

#include "environment/environmentpasswords.h"
#include "environment/environmentprovisioner.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int Embedded = 0;
constexpr int Server = 1;
} // namespace

ProvisionDialog::ProvisionDialog(EnvironmentRegistry *registry, QWidget *parent)
    : QDialog(parent)
    , m_provisioner(new EnvironmentProvisioner(registry, this))
    , m_name(new QLineEdit(this))
    , m_erp(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_kind(new QButtonGroup(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Provision Replication Environment"));
    // Wide enough for its title in a window manager's title bar (beside its buttons).
    setMinimumWidth(qMax(480, fontMetrics().horizontalAdvance(windowTitle()) + 160));
    m_name->setObjectName(u"environmentName"_s);
    m_name->setPlaceholderText(tr("e.g. Development"));
    m_erp->addItems(ReplicationEnvironment::erpSystems());
    m_erp->setCurrentText(ReplicationEnvironment::defaultErp());
    m_region->setObjectName(u"environmentRegion"_s);
    m_region->addItems(ReplicationEnvironment::hostingRegions());
    m_region->setCurrentText(ReplicationEnvironment::defaultRegion());
    m_region->setToolTip(tr("Where the environment's data is kept; choose it for data residency."));
    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    m_status->setWordWrap(true);
    m_status->setObjectName(u"provisionStatus"_s);

    auto *embedded = new QRadioButton(tr("E&mbedded (this computer)"), this);
    embedded->setObjectName(u"kindEmbedded"_s);
    embedded->setToolTip(tr("A database file in your profile: for one person, and for the demo."));
    auto *server = new QRadioButton(tr("PostgreSQL &server (shared by a team)"), this);
    server->setObjectName(u"kindServer"_s);
    server->setToolTip(tr("One replicated log and one resubmission journal for everybody who works on this tenant."));
    m_kind->addButton(embedded, Embedded);
    m_kind->addButton(server, Server);
    embedded->setChecked(true);
    auto *kinds = new QVBoxLayout;
    kinds->addWidget(embedded);
    kinds->addWidget(server);

    auto *form = new QFormLayout;
    form->addRow(tr("Environment &Name:"), m_name);
    form->addRow(tr("&ERP:"), m_erp);
    form->addRow(tr("Kept:"), kinds);
    form->addRow(tr("Hosting &Region:"), m_region);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buildServerBox());
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(m_buttons);

    QPushButton *start = m_buttons->addButton(tr("&Provision"), QDialogButtonBox::AcceptRole);
    start->setObjectName(u"provisionButton"_s);
    start->setDefault(true);
    connect(m_kind, &QButtonGroup::idClicked, this, &ProvisionDialog::updateKind);
    connect(m_region, &QComboBox::currentTextChanged, this, &ProvisionDialog::regionChosen);
    connect(m_join, &QCheckBox::toggled, this, &ProvisionDialog::updateKind);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProvisionDialog::provision);
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (m_provisioner->isRunning())
            m_provisioner->cancel();
        else
            reject();
    });
    connect(m_provisioner, &EnvironmentProvisioner::progress, this, [this](int percent, const QString &step) {
        m_progress->setValue(percent);
        m_status->setText(step);
    });
    connect(m_provisioner, &EnvironmentProvisioner::failed, this, [this](const QString &reason) {
        setBusy(false);
        m_status->setText(u"<b>%1</b> %2"_s.arg(tr("Provisioning failed."), reason.toHtmlEscaped()));
    });
    connect(m_provisioner, &EnvironmentProvisioner::succeeded, this, &ProvisionDialog::succeeded);
    updateKind();
}

QGroupBox *ProvisionDialog::buildServerBox()
{
    m_serverBox = new QGroupBox(tr("PostgreSQL Server"), this);
    m_host = new QLineEdit(m_serverBox);
    m_host->setObjectName(u"serverHost"_s);
    m_host->setPlaceholderText(tr("e.g. pg.example.com"));
    m_port = new QSpinBox(m_serverBox);
    m_port->setObjectName(u"serverPort"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(m_serverBox);
    m_database->setObjectName(u"serverDatabase"_s);
    m_database->setPlaceholderText(tr("one database per environment, e.g. ion_dev"));
    m_user = new QLineEdit(m_serverBox);
    m_user->setObjectName(u"serverUser"_s);
    m_password = new QLineEdit(m_serverBox);
    m_password->setObjectName(u"serverPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: from ~/.pgpass or PGPASSWORD"));
    m_password->setToolTip(tr("Kept in the keychain, never in the settings."));
    m_tls = new QComboBox(m_serverBox);
    m_tls->setObjectName(u"serverTls"_s);
    m_tls->addItems(DatabaseLocation::sslModes());
    m_tls->setToolTip(tr("verify-full: encrypted, and the server's certificate must be signed by a CA you trust "
                         "(~/.postgresql/root.crt) and name the host. Choose a weaker mode only on a network you trust."));
    m_join = new QCheckBox(tr("&Join the environment a teammate provisioned in this database"), m_serverBox);
    m_join->setObjectName(u"serverJoin"_s);
    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    hostRow->addWidget(new QLabel(tr("P&ort:"), m_serverBox));
    hostRow->addWidget(m_port);
    qobject_cast<QLabel *>(hostRow->itemAt(1)->widget())->setBuddy(m_port);
    auto *form = new QFormLayout(m_serverBox);
    auto *hostLabel = new QLabel(tr("&Host:"), m_serverBox);
    hostLabel->setBuddy(m_host);
    form->addRow(hostLabel, hostRow);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&TLS:"), m_tls);
    form->addRow(m_join);
    return m_serverBox;
}

void ProvisionDialog::setRegionServers(const QList<RegionServer> &servers)
{
    m_regionServers = servers;
    updateKind();
}

bool ProvisionDialog::onServer() const
{
    return m_kind->checkedId() == Server;
}

void ProvisionDialog::updateKind()
{
    m_serverBox->setVisible(onServer());
    m_name->setEnabled(!(onServer() && m_join->isChecked()));
    // On a server the region is where the team's servers are, when the settings name them.
    const QString current = m_region->currentText();
    QStringList regions;
    if (onServer() && !m_regionServers.isEmpty()) {
        for (const RegionServer &r : m_regionServers)
            regions << r.region;
    } else {
        regions = ReplicationEnvironment::hostingRegions();
    }
    if (regions != QStringList([this] {
            QStringList shown;
            for (int i = 0; i < m_region->count(); ++i)
                shown << m_region->itemText(i);
            return shown;
        }())) {
        const QSignalBlocker blocker(m_region);
        m_region->clear();
        m_region->addItems(regions);
        m_region->setCurrentText(regions.contains(current) ? current : regions.value(0));
        regionChosen();
    }
    adjustSize();
}

void ProvisionDialog::regionChosen()
{
    if (!onServer())
        return;
    for (const RegionServer &r : m_regionServers) {
        if (r.region == m_region->currentText()) {
            m_host->setText(r.server.host);
            m_port->setValue(r.server.port);
            if (!r.server.sslMode.isEmpty())
                m_tls->setCurrentText(r.server.sslMode);
        }
    }
}

QString ProvisionDialog::serverLocation() const
{
    return DatabaseLocation::postgres(m_host->text().trimmed(), m_port->value(), m_database->text().trimmed(),
                                      m_user->text().trimmed(), m_tls->currentText())
        .toString();
}

void ProvisionDialog::provision()
{
    const bool join = onServer() && m_join->isChecked();
    if (!join) {
        if (const QString problem = EnvironmentProvisioner::checkName(m_name->text()); !problem.isEmpty()) {
            m_status->setText(problem);
            m_name->setFocus();
            return;
        }
    }
    if (onServer() && (m_host->text().trimmed().isEmpty() || m_database->text().trimmed().isEmpty())) {
        m_status->setText(tr("Enter the server's host and the environment's database."));
        (m_host->text().trimmed().isEmpty() ? m_host : m_database)->setFocus();
        return;
    }
    setBusy(true);
    EnvironmentProvisioner::Request request {m_name->text(), m_erp->currentText(), m_region->currentText()};
    if (onServer()) {
        request.server = serverLocation();
        request.password = m_password->text();
        request.join = join;
    }
    m_provisioner->start(request);
}

void ProvisionDialog::succeeded(const ReplicationEnvironment &e)
{
    m_result = e;
    if (!onServer() || m_password->text().isEmpty() || !m_secrets) {
        setBusy(false);
        accept();
        return;
    }
    m_status->setText(tr("Keeping the password in the keychain"));
    EnvironmentPasswords::save(m_secrets, e.databasePath, m_password->text(), [this](const QString &error) {
        setBusy(false);
        if (error.isEmpty()) {
            accept();
            return;
        }
        // The environment exists; only the password could not be kept for the next launch.
        m_status->setText(tr("The environment is ready, but the keychain did not keep its password (%1): until it "
                             "does, put it in ~/.pgpass.").arg(error.toHtmlEscaped()));
        m_buttons->clear();
        connect(m_buttons->addButton(QDialogButtonBox::Ok), &QPushButton::clicked, this, &QDialog::accept);
    });
}

void ProvisionDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_name->setEnabled(!busy && !(onServer() && m_join->isChecked()));
    m_erp->setEnabled(!busy);
    m_region->setEnabled(!busy);
    for (QAbstractButton *b : m_kind->buttons())
        b->setEnabled(!busy);
    m_serverBox->setEnabled(!busy);
    for (QAbstractButton *b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(!busy);
    }
}
