// SPDX-License-Identifier: GPL-3.0-or-later
#include "advancedtab.h"

#include "connection/tlstrust.h"
#include "fieldorigin.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

AdvancedTab::AdvancedTab(QWidget *parent)
    : QWidget(parent)
    , m_batchSize(new QSpinBox(this))
    , m_tokenEndpoint(new QLineEdit(this))
    , m_revokeEndpoint(new QLineEdit(this))
    , m_endpointOrigin(new FieldOrigin(this))
    , m_clientAuth(new QComboBox(this))
    , m_grant(new QComboBox(this))
    , m_timeout(new QSpinBox(this))
    , m_trustLabel(new QLabel(this))
    , m_forget(new QPushButton(tr("&Forget Trusted Certificate"), this))
{
    m_batchSize->setObjectName(u"batchSize"_s);
    m_batchSize->setRange(ConnectionProfile::MinBatchSize, ConnectionProfile::MaxBatchSize);
    m_batchSize->setValue(ConnectionProfile::DefaultBatchSize);
    m_batchSize->setGroupSeparatorShown(true);
    m_batchSize->setToolTip(tr("Records retrieved per API call (1 to 10,000; default 1,000)."));
    m_tokenEndpoint->setObjectName(u"tokenEndpoint"_s);
    m_revokeEndpoint->setObjectName(u"revokeEndpoint"_s);
    m_clientAuth->addItem(tr("Automatic (Basic, then form fields)"), int(ClientAuthMethod::Automatic));
    m_clientAuth->addItem(tr("HTTP Basic"), int(ClientAuthMethod::Basic));
    m_clientAuth->addItem(tr("Form fields (client_id, client_secret)"), int(ClientAuthMethod::FormFields));
    m_grant->setObjectName(u"grant"_s);
    m_grant->addItem(tr("Password (service account)"), int(GrantType::Password));
    m_grant->addItem(tr("Client credentials"), int(GrantType::ClientCredentials));
    m_timeout->setRange(1, 600);
    m_timeout->setValue(30);
    m_timeout->setSuffix(tr(" s"));
    m_trustLabel->setWordWrap(true);
    m_trustLabel->setObjectName(u"trustLabel"_s);

    auto *outer = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch(); // rows keep their natural height; free space goes below
    form->addRow(tr("&Batch Size:"), m_batchSize);
    form->addRow(tr("Token &endpoint:"), m_tokenEndpoint);
    form->addRow(tr("&Revoke endpoint:"), m_revokeEndpoint);
    form->addRow(QString(), m_endpointOrigin);
    form->addRow(tr("Client &authentication:"), m_clientAuth);
    form->addRow(tr("&Grant:"), m_grant);
    form->addRow(tr("&Timeout:"), m_timeout);
    // The button under the text: beside it, a long (German) text lost its lines.
    auto *trustRow = new QVBoxLayout;
    trustRow->addWidget(m_trustLabel);
    trustRow->addWidget(m_forget, 0, Qt::AlignLeft);
    form->addRow(tr("Trusted certificate:"), trustRow);
    showTrust();
    m_batchSize->setWhatsThis(tr("Records fetched per call while the message log is replicated (1 to 10,000). Larger "
                                 "batches are faster; smaller ones keep each call well inside the gateway's timeout."));
    m_tokenEndpoint->setWhatsThis(tr("Where tokens are requested: the Token URL (pu) plus ot from the .ionapi file. "
                                     "Filled from the Token URL; change it only for a gateway with another path."));
    m_revokeEndpoint->setWhatsThis(tr("Where tokens are revoked (pu plus or): when the connection is deleted, its "
                                      "tokens end here."));
    m_clientAuth->setWhatsThis(tr("How the client id and secret travel with a token request. Automatic tries HTTP "
                                  "Basic first and form fields after an invalid_client answer; pick one if your gateway "
                                  "refuses the other."));
    m_grant->setWhatsThis(tr("Password: the workbench signs in as the service account (saak and sask) of a Backend "
                             "Service. Client credentials: the authorized app signs in as itself."));
    m_timeout->setWhatsThis(tr("How long one call may take. A call that times out is retried when that is safe and "
                               "reported as transient: the server may still have done it."));
    m_trustLabel->setWhatsThis(tr("A certificate you chose to trust for this connection (a proxy or a private "
                                  "gateway). Without one, TLS is verified against the system's certificates."));
    m_forget->setWhatsThis(m_trustLabel->whatsThis());

    connect(m_forget, &QPushButton::clicked, this, [this] { setTrustedCertificates({}); });
    for (QSpinBox *s : {m_batchSize, m_timeout})
        connect(s, &QSpinBox::valueChanged, this, &AdvancedTab::changed);
    for (QLineEdit *e : {m_tokenEndpoint, m_revokeEndpoint}) {
        connect(e, &QLineEdit::textChanged, this, &AdvancedTab::changed);
        connect(e, &QLineEdit::textEdited, this, [this] {
            m_endpointsFromFile = true; // typed on purpose: stop deriving
            m_endpointOrigin->setOrigin(tr("Entered by hand"));
        });
    }
    for (QComboBox *c : {m_clientAuth, m_grant})
        connect(c, &QComboBox::currentIndexChanged, this, &AdvancedTab::changed);
}

void AdvancedTab::apply(ConnectionProfile &p) const
{
    p.batchSize = m_batchSize->value();
    p.tokenEndpoint = QUrl(m_tokenEndpoint->text().trimmed(), QUrl::StrictMode);
    p.revokeEndpoint = QUrl(m_revokeEndpoint->text().trimmed(), QUrl::StrictMode);
    p.clientAuth = ClientAuthMethod(m_clientAuth->currentData().toInt());
    p.grantType = GrantType(m_grant->currentData().toInt());
    p.timeoutSeconds = m_timeout->value();
    p.trustedCertificates = m_trusted;
}

void AdvancedTab::setValues(const ConnectionProfile &p, const QString &origin)
{
    m_batchSize->setValue(p.batchSize);
    m_tokenEndpoint->setText(p.tokenEndpoint.toString());
    m_revokeEndpoint->setText(p.revokeEndpoint.toString());
    m_endpointOrigin->setOrigin(origin);
    m_endpointsFromFile = !p.tokenEndpoint.isEmpty();
    m_clientAuth->setCurrentIndex(m_clientAuth->findData(int(p.clientAuth)));
    m_grant->setCurrentIndex(m_grant->findData(int(p.grantType)));
    m_timeout->setValue(p.timeoutSeconds);
    setTrustedCertificates(p.trustedCertificates);
}

void AdvancedTab::deriveEndpointsFrom(const QUrl &tokenUrl)
{
    if (m_endpointsFromFile)
        return;
    m_tokenEndpoint->setText(ConnectionProfile::tokenEndpointFor(tokenUrl).toString());
    m_revokeEndpoint->setText(ConnectionProfile::revokeEndpointFor(tokenUrl).toString());
    m_endpointOrigin->setOrigin(tr("Derived from the Token URL: + \"as/token.oauth2\" and \"as/revoke_token.oauth2\" "
                                   "(Infor cloud convention)"));
}

void AdvancedTab::setTrustedCertificates(const QList<QSslCertificate> &certificates)
{
    const bool differs = certificates != m_trusted;
    m_trusted = certificates;
    showTrust();
    if (differs)
        Q_EMIT changed();
}

void AdvancedTab::showTrust()
{
    if (m_trusted.isEmpty()) {
        m_trustLabel->setText(tr("None: only certificates the system trusts are accepted."));
    } else {
        const QSslCertificate &c = m_trusted.first();
        m_trustLabel->setText(tr("%1, SHA-256 %2")
                                  .arg(c.subjectInfo(QSslCertificate::CommonName).join(u", "_s),
                                       TlsTrust::fingerprint(c)));
    }
    m_forget->setEnabled(!m_trusted.isEmpty());
}
