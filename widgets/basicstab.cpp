// SPDX-License-Identifier: GPL-3.0-or-later
#include "basicstab.h"

#include "connection/appcontext.h"
#include "environment/environmentregistry.h"
#include "provisiondialog.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

BasicsTab::BasicsTab(EnvironmentRegistry *registry, QWidget *parent)
    : QWidget(parent)
    , m_registry(registry)
    , m_environment(new QComboBox(this))
    , m_setErp(new QPushButton(tr("Set E&RP…"), this))
    , m_provision(new QPushButton(tr("&Provision…"), this))
    , m_name(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
{
    m_environment->setObjectName(u"environment"_s);
    m_name->setObjectName(u"connectionName"_s);
    m_provision->setObjectName(u"provision"_s);
    m_environment->setToolTip(tr("The dedicated store where this connection's data is staged. Each connection "
                                 "has its own; an environment is never shared or reassigned."));
    m_name->setPlaceholderText(tr("Required, e.g. ACME FSM Test"));
    m_description->setPlaceholderText(tr("Optional"));
    m_description->setMaximumHeight(80);
    m_description->setTabChangesFocus(true);

    auto *envRow = new QHBoxLayout;
    envRow->addWidget(m_environment, 1);
    envRow->addWidget(m_setErp);
    envRow->addWidget(m_provision);
    auto *outer = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch(); // rows keep their natural height; free space goes below
    auto *envLabel = new QLabel(tr("Replication &Environment:"), this);
    envLabel->setBuddy(m_environment);
    form->addRow(envLabel, envRow);
    m_hint = new QLabel(this);
    m_hint->setObjectName(u"environmentHint"_s);
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(QString(), m_hint);
    form->addRow(tr("Connection &Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);

    m_environment->setWhatsThis(tr("Where this connection's replicated message log, resubmission journal and routing "
                                   "model are kept. Each connection has its own; an environment is never shared with or "
                                   "given to another connection. Provision… makes a new one."));
    m_setErp->setWhatsThis(tr("Names the application (ERP) whose documents this environment holds, for example M3 or "
                              "FSM."));
    m_provision->setWhatsThis(tr("Makes a new replication environment for this connection, in the region you choose."));
    m_name->setWhatsThis(tr("How the connection is listed. It must be unique; the keychain entry keeps following it "
                            "when it is renamed."));
    m_description->setWhatsThis(tr("Free text for you and your colleagues: which tenant, what it is for."));

    connect(m_setErp, &QPushButton::clicked, this, &BasicsTab::setErp);
    connect(m_provision, &QPushButton::clicked, this, &BasicsTab::provision);
    connect(m_environment, &QComboBox::currentIndexChanged, this, &BasicsTab::changed);
    connect(m_name, &QLineEdit::textChanged, this, &BasicsTab::changed);
    connect(registry, &EnvironmentRegistry::changed, this, [this] { reloadEnvironments(environmentId()); });
    const auto pre = registry->preselected();
    reloadEnvironments(pre ? pre->id : QString());
}

void BasicsTab::reloadEnvironments(const QString &select)
{
    const QSignalBlocker blocker(m_environment);
    m_environment->clear();
    auto *model = qobject_cast<QStandardItemModel *>(m_environment->model());
    for (const ReplicationEnvironment &e : m_registry->environments()) {
        m_environment->addItem(e.displayName(), e.id);
        // Only free environments can be picked, except the one this connection already has.
        const bool usable = !e.isAssigned() || e.id == m_lockedId;
        if (model && !usable)
            model->item(m_environment->count() - 1)->setEnabled(false);
    }
    const int index = m_environment->findData(select);
    m_environment->setCurrentIndex(index >= 0 ? index : -1);
    // With every environment taken, say what to do instead of showing an empty choice.
    const auto all = m_registry->environments();
    const bool noneFree = m_lockedId.isEmpty()
        && std::none_of(all.cbegin(), all.cend(), [](const ReplicationEnvironment &e) { return !e.isAssigned() && !e.retired; });
    m_environment->setPlaceholderText(noneFree ? tr("None free: provision one") : tr("Choose an environment"));
    m_hint->setText(noneFree ? tr("Every environment belongs to another connection. Click Provision… to make one for "
                                  "this connection.")
                             : tr("Each connection needs its own environment; once assigned it cannot be shared "
                                  "or reassigned."));
    m_environment->setEnabled(m_lockedId.isEmpty());
    m_provision->setEnabled(m_lockedId.isEmpty());
    m_setErp->setEnabled(m_lockedId.isEmpty());
    Q_EMIT changed();
}

QString BasicsTab::environmentId() const
{
    return m_environment->currentData().toString();
}

void BasicsTab::setEnvironment(const QString &id, bool locked)
{
    m_lockedId = locked ? id : QString();
    reloadEnvironments(id);
}

QString BasicsTab::connectionName() const
{
    return m_name->text().trimmed();
}

void BasicsTab::setConnectionName(const QString &name)
{
    m_name->setText(name);
}

QString BasicsTab::description() const
{
    return m_description->toPlainText();
}

void BasicsTab::setDescription(const QString &text)
{
    m_description->setPlainText(text);
}

void BasicsTab::setErp()
{
    const auto env = m_registry->environment(environmentId());
    if (!env)
        return;
    bool ok = false;
    const QString erp = QInputDialog::getItem(this, tr("Set ERP"), tr("ERP staged in \"%1\":").arg(env->name),
                                              ReplicationEnvironment::erpSystems(),
                                              int(ReplicationEnvironment::erpSystems().indexOf(env->erp)), false, &ok);
    if (!ok)
        return;
    QString error;
    if (!m_registry->setErp(env->id, erp, &error))
        QMessageBox::warning(this, tr("Set ERP"), error);
}

void BasicsTab::provision()
{
    ProvisionDialog dialog(m_registry, this);
    dialog.setSecretStore(m_secrets);
    QSettings settings(AppContext::settingsPath(), QSettings::IniFormat);
    dialog.setRegionServers(RegionServer::load(settings));
    if (dialog.exec() == QDialog::Accepted)
        reloadEnvironments(dialog.environment().id);
}
