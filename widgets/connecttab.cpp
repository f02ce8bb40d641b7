// SPDX-License-Identifier: GPL-3.0-or-later
#include "connecttab.h"

#include "connection/ionapifile.h"
#include "fieldorigin.h"
#include "secretlineedit.h"

#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

ConnectTab::ConnectTab(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("These values come from the .ionapi file downloaded from Infor OS "
                                "(ION API > Authorized Apps: a Backend Service with a service account, or an app with the Client "
                                "Credentials grant). "
                                "Import it, or drop it on this window."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *import = new QPushButton(QIcon(u":/icons/import.svg"_s), tr("&Import .ionapi File…"), this);
    import->setObjectName(u"importIonApi"_s);
    import->setToolTip(tr("Import the .ionapi file downloaded from Infor OS (Ctrl+O)"));
    layout->addWidget(import, 0, Qt::AlignLeft);
    connect(import, &QPushButton::clicked, this, &ConnectTab::importRequested);

    auto *form = new QFormLayout;
    m_form = form;
    layout->addLayout(form);
    m_grantNote = new QLabel(tr("No Username and Password: this app signs in as itself (the client credentials grant), "
                                "because its .ionapi file has no service account (saak, sask). The grant can be "
                                "changed on the Advanced tab."),
                             this);
    m_grantNote->setObjectName(u"grantNote"_s);
    m_grantNote->setWordWrap(true);
    m_grantNote->setVisible(false);
    layout->addWidget(m_grantNote);
    layout->addStretch();
    m_serviceUrl = addField(form, tr("&Service URL:"), new QLineEdit(this), u"serviceUrl"_s);
    m_tokenUrl = addField(form, tr("&Token URL:"), new QLineEdit(this), u"tokenUrl"_s);
    m_username = addField(form, tr("&Username:"), new SecretLineEdit(this), u"username"_s);
    m_password = addField(form, tr("&Password:"), new SecretLineEdit(this), u"password"_s);
    m_clientId = addField(form, tr("&Client ID:"), new SecretLineEdit(this), u"clientId"_s);
    m_clientSecret = addField(form, tr("Client Sec&ret:"), new SecretLineEdit(this), u"clientSecret"_s);
    m_serviceUrl.edit->setWhatsThis(tr("The ION API Gateway with your tenant: iu and ti of the .ionapi file, for example "
                                       "https://mingle-ionapi.inforcloudsuite.com/ACME_TST. Every API call starts here."));
    m_tokenUrl.edit->setWhatsThis(tr("Infor OS's sign-in service for the tenant: pu of the .ionapi file. Tokens are "
                                     "requested from it plus ot (see the Advanced tab)."));
    m_username.edit->setWhatsThis(tr("The service account's access key (saak), in the .ionapi file of a Backend Service. "
                                     "Kept in the OS keychain."));
    m_password.edit->setWhatsThis(tr("The service account's secret key (sask). Kept in the OS keychain, never in "
                                     "settings or logs."));
    m_clientId.edit->setWhatsThis(tr("Identifies the authorized app in Infor OS (ci). Kept in the OS keychain."));
    m_clientSecret.edit->setWhatsThis(tr("The authorized app's secret (cs). Kept in the OS keychain; Ctrl+Shift+R shows "
                                         "or hides every secret."));
    import->setWhatsThis(tr("Reads the .ionapi file downloaded from Infor OS (ION API > Authorized Apps) and fills every "
                            "field, saying which key each value came from."));
    m_serviceUrl.edit->setPlaceholderText(u"https://mingle-ionapi.inforcloudsuite.com/TENANT_TST"_s); // not translated: an address
    m_tokenUrl.edit->setPlaceholderText(u"https://mingle-sso.inforcloudsuite.com:443/TENANT_TST/"_s); // not translated: an address
}

ConnectTab::Field ConnectTab::addField(QFormLayout *form, const QString &label, QLineEdit *edit,
                                       const QString &objectName)
{
    edit->setObjectName(objectName);
    auto *origin = new FieldOrigin(this);
    origin->setObjectName(objectName + u"Origin"_s);
    origin->setOrigin({});
    auto *column = new QVBoxLayout;
    column->setSpacing(1);
    column->addWidget(edit);
    column->addWidget(origin);
    auto *caption = new QLabel(label, this);
    caption->setBuddy(edit); // the mnemonic in the label focuses the field
    form->addRow(caption, column);
    connect(edit, &QLineEdit::textEdited, this, [origin] { origin->setOrigin(tr("Entered by hand")); });
    connect(edit, &QLineEdit::textChanged, this, &ConnectTab::changed);
    return {edit, origin, column};
}

void ConnectTab::setGrantType(GrantType grant)
{
    const bool serviceAccount = grant == GrantType::Password;
    m_form->setRowVisible(m_username.row, serviceAccount);
    m_form->setRowVisible(m_password.row, serviceAccount);
    m_grantNote->setVisible(!serviceAccount);
}

void ConnectTab::fill(const IonApiFile &file, const QString &fileName)
{
    const QList<IonApiField> fields = file.describe();
    auto set = [&](const Field &f, const QString &id) {
        for (const IonApiField &field : fields) {
            if (field.id == id) {
                f.edit->setText(field.value);
                f.origin->setOrigin(tr("From %1 in %2").arg(field.origin, fileName));
            }
        }
    };
    set(m_serviceUrl, u"serviceUrl"_s);
    set(m_tokenUrl, u"tokenUrl"_s);
    set(m_username, u"username"_s);
    set(m_password, u"password"_s);
    set(m_clientId, u"clientId"_s);
    set(m_clientSecret, u"clientSecret"_s);
    setGrantType(file.usesClientCredentials() ? GrantType::ClientCredentials : GrantType::Password);
}

void ConnectTab::setValues(const ConnectionProfile &p)
{
    m_serviceUrl.edit->setText(p.serviceUrl.toString());
    m_tokenUrl.edit->setText(p.tokenUrl.toString());
    m_username.edit->setText(p.secrets.username);
    m_password.edit->setText(p.secrets.password);
    m_clientId.edit->setText(p.secrets.clientId);
    m_clientSecret.edit->setText(p.secrets.clientSecret);
    setGrantType(p.grantType);
    const QString saved = p.transient ? tr("From the built-in sandbox") : tr("Saved; secrets from the keychain");
    for (const Field &f : {m_serviceUrl, m_tokenUrl, m_username, m_password, m_clientId, m_clientSecret})
        f.origin->setOrigin(saved);
}

QUrl ConnectTab::serviceUrl() const
{
    return QUrl(m_serviceUrl.edit->text().trimmed(), QUrl::StrictMode);
}

QUrl ConnectTab::tokenUrl() const
{
    return QUrl(m_tokenUrl.edit->text().trimmed(), QUrl::StrictMode);
}

ConnectionSecrets ConnectTab::secrets() const
{
    return {m_username.edit->text().trimmed(), m_password.edit->text(), m_clientId.edit->text().trimmed(),
            m_clientSecret.edit->text()};
}

void ConnectTab::toggleSecrets()
{
    // All shown unless all were shown already: one key for the whole set.
    const QList<SecretLineEdit *> secrets = findChildren<SecretLineEdit *>();
    const bool allShown = std::all_of(secrets.cbegin(), secrets.cend(), [](const SecretLineEdit *e) { return e->isRevealed(); });
    for (SecretLineEdit *e : secrets)
        e->setRevealed(!allShown);
}
