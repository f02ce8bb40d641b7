// SPDX-License-Identifier: GPL-3.0-or-later
#include "provisiondialog.h"

#include "environment/environmentprovisioner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ProvisionDialog::ProvisionDialog(EnvironmentRegistry *registry, QWidget *parent)
    : QDialog(parent)
    , m_provisioner(new EnvironmentProvisioner(registry, this))
    , m_name(new QLineEdit(this))
    , m_erp(new QComboBox(this))
    , m_region(new QComboBox(this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Provision Replication Environment"));
    // Wide enough for its title in a window manager's title bar (beside its buttons).
    setMinimumWidth(qMax(420, fontMetrics().horizontalAdvance(windowTitle()) + 160));
    m_name->setObjectName(u"environmentName"_s);
    m_name->setPlaceholderText(tr("e.g. Development"));
    m_erp->addItems(ReplicationEnvironment::erpSystems());
    m_erp->setCurrentText(ReplicationEnvironment::defaultErp());
    m_region->addItems(ReplicationEnvironment::hostingRegions());
    m_region->setCurrentText(ReplicationEnvironment::defaultRegion());
    m_region->setToolTip(tr("Where the environment's data is kept; choose it for data residency."));
    m_progress->setRange(0, 100);
    m_progress->setVisible(false);
    m_status->setWordWrap(true);
    m_status->setObjectName(u"provisionStatus"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("Environment &Name:"), m_name);
    form->addRow(tr("&ERP:"), m_erp);
    form->addRow(tr("Hosting &Region:"), m_region);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    QPushButton *start = m_buttons->addButton(tr("&Provision"), QDialogButtonBox::AcceptRole);
    start->setObjectName(u"provisionButton"_s);
    start->setDefault(true);
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
    connect(m_provisioner, &EnvironmentProvisioner::succeeded, this, [this](const ReplicationEnvironment &e) {
        m_result = e;
        setBusy(false);
        accept();
    });
}

void ProvisionDialog::provision()
{
    if (const QString problem = EnvironmentProvisioner::checkName(m_name->text()); !problem.isEmpty()) {
        m_status->setText(problem);
        m_name->setFocus();
        return;
    }
    setBusy(true);
    m_provisioner->start(m_name->text(), m_erp->currentText(), m_region->currentText());
}

void ProvisionDialog::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_name->setEnabled(!busy);
    m_erp->setEnabled(!busy);
    m_region->setEnabled(!busy);
    for (QAbstractButton *b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(!busy);
    }
}
