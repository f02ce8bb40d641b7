// SPDX-License-Identifier: GPL-3.0-or-later
#include "scimpage.h"

#include "connection/secretstore.h"
#include "scimbrowser.h"
#include "scimconformanceview.h"
#include "scimmappingview.h"
#include "secretlineedit.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QString keychainKey(const QString &user)
{
    return u"scim:"_s + user;
}
} // namespace

ScimPage::ScimPage(SecretStore *secrets, QWidget *parent)
    : QWidget(parent)
    , m_secrets(secrets)
    , m_client(new ScimClient(this))
    , m_url(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new SecretLineEdit(this))
    , m_auth(new QComboBox(this))
    , m_rate(new QSpinBox(this))
    , m_token(new SecretLineEdit(this))
    , m_status(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_conformance(new ScimConformanceView(this))
    , m_browser(new ScimBrowser(this))
    , m_mapping(new ScimMappingView(this))
{
    m_url->setObjectName(u"scimUrl"_s);
    m_url->setPlaceholderText(u"https://mingle-scim.inforcloudsuite.com/TENANT/v2"_s); // not translated: an address
    m_user->setObjectName(u"scimUser"_s);
    m_user->setPlaceholderText(u"TENANT#00000000-0000-0000-0000-000000000000"_s); // not translated: the identifier's form
    m_password->setObjectName(u"scimPassword"_s);
    m_auth->addItem(tr("Bearer token (Azure AD)"), int(ScimClient::Auth::Bearer));
    m_auth->addItem(tr("Basic (Okta)"), int(ScimClient::Auth::Basic));
    m_rate->setObjectName(u"scimRate"_s);
    m_rate->setRange(0, 6000);
    m_rate->setValue(18);
    m_rate->setSuffix(tr(" calls a minute"));
    m_rate->setSpecialValueText(tr("no limit"));
    m_rate->setToolTip(tr("Infor's Essentials allow 18 SCIM calls a minute; going faster gets 429 answers"));
    m_token->setObjectName(u"scimToken"_s);
    m_token->setReadOnly(true);
    m_token->setToolTip(tr("base64 of \"User Identifier:SCIM password\": paste it as the Secret Token in Azure AD"));
    m_status->setObjectName(u"scimStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *copy = new QPushButton(tr("Cop&y"), this);
    copy->setToolTip(tr("Copy the secret token to the clipboard"));
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(copy);
    auto *form = new QFormLayout;
    form->addRow(tr("Tenant &URL:"), m_url);
    form->addRow(tr("User &Identifier:"), m_user);
    form->addRow(tr("SCIM &password:"), m_password);
    form->addRow(tr("&Authentication:"), m_auth);
    form->addRow(tr("&Rate limit:"), m_rate);
    form->addRow(tr("Secret token:"), tokenRow);
    auto *test = new QPushButton(QIcon(u":/icons/test.svg"_s), tr("Test Conn&ection"), this);
    test->setObjectName(u"scimTest"_s);
    auto *saveButton = new QPushButton(tr("Sa&ve"), this);
    saveButton->setToolTip(tr("Keep the URL and identifier in the settings and the password in the OS keychain"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(test);
    buttons->addWidget(saveButton);
    buttons->addWidget(m_status, 1);
    m_tabs->addTab(m_conformance, tr("Conformance"));
    m_tabs->addTab(m_browser, tr("Users and Groups"));
    m_tabs->addTab(m_mapping, tr("Attribute Mapping"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_tabs, 1);

    for (QLineEdit *e : {m_user, static_cast<QLineEdit *>(m_password)})
        connect(e, &QLineEdit::textChanged, this, &ScimPage::updateToken);
    connect(copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_token->text());
        Q_EMIT statusMessage(tr("The secret token is on the clipboard."));
    });
    connect(test, &QPushButton::clicked, this, &ScimPage::testConnection);
    connect(saveButton, &QPushButton::clicked, this, &ScimPage::save);
    connect(m_conformance, &ScimConformanceView::runRequested, this, &ScimPage::runConformance);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_browser) {
            configureClient();
            m_browser->search(1);
        }
    });
    m_browser->setClient(m_client);
    load();
}

void ScimPage::updateToken()
{
    m_token->setText(QString::fromLatin1(credentials().token()));
}

ScimClient::Credentials ScimPage::credentials() const
{
    return {QUrl(m_url->text().trimmed()), m_user->text().trimmed(), m_password->text(),
            ScimClient::Auth(m_auth->currentData().toInt())};
}

void ScimPage::setCredentials(const ScimClient::Credentials &c)
{
    m_url->setText(c.url.toString());
    m_user->setText(c.userIdentifier);
    m_password->setText(c.password);
    m_auth->setCurrentIndex(m_auth->findData(int(c.auth)));
}

void ScimPage::configureClient()
{
    m_client->setCredentials(credentials());
    m_client->setCallsPerMinute(m_rate->value());
}

void ScimPage::testConnection()
{
    const ScimClient::Credentials c = credentials();
    if (!c.url.isValid() || c.url.scheme().isEmpty() || c.userIdentifier.isEmpty() || c.password.isEmpty()) {
        m_status->setText(tr("Fill in the Tenant URL, the User Identifier and the SCIM password."));
        return;
    }
    configureClient();
    m_status->setText(tr("Asking the server what it supports…"));
    QPointer<ScimPage> self(this);
    m_client->get(u"/ServiceProviderConfig"_s, [self](const ScimClient::Response &r) {
        if (!self)
            return;
        if (r.status() == 401) {
            self->m_status->setText(tr("401: the server refused the credentials. Check the User Identifier and the SCIM "
                                       "password (set in Infor OS User Management), and Bearer or Basic."));
            return;
        }
        if (!r.ok()) {
            self->m_status->setText(tr("The server did not answer as SCIM: %1").arg(r.outcome.describe()));
            return;
        }
        QStringList features;
        for (const QString &f : {u"patch"_s, u"bulk"_s, u"filter"_s, u"sort"_s, u"etag"_s, u"changePassword"_s})
            if (r.json[f][u"supported"_s].toBool())
                features << f;
        const QString supported = features.isEmpty() ? tr("nothing optional") : features.join(u", "_s);
        // Discovery goes on: what resources and schemas it offers.
        self->m_client->get(u"/ResourceTypes"_s, [self, supported](const ScimClient::Response &types) {
            if (!self)
                return;
            QStringList names;
            for (const QJsonValue &v : types.json.value(u"Resources"_s).toArray())
                names << v[u"name"_s].toString();
            self->m_client->get(u"/Schemas"_s, [self, supported, names](const ScimClient::Response &schemas) {
                if (!self)
                    return;
                self->m_status->setText(tr("Connected. The server supports: %1. Resource types: %2. Schemas: %3.")
                                            .arg(supported, names.isEmpty() ? tr("none listed") : names.join(u", "_s))
                                            .arg(schemas.json.value(u"Resources"_s).toArray().size()));
            });
        });
    });
}

void ScimPage::runConformance()
{
    configureClient();
    m_tabs->setCurrentWidget(m_conformance);
    m_conformance->run(m_client);
}

void ScimPage::save()
{
    QSettings settings;
    settings.setValue(u"scim/url"_s, m_url->text().trimmed());
    settings.setValue(u"scim/user"_s, m_user->text().trimmed());
    settings.setValue(u"scim/auth"_s, m_auth->currentData().toInt());
    settings.setValue(u"scim/rate"_s, m_rate->value());
    QPointer<ScimPage> self(this);
    m_secrets->write(keychainKey(m_user->text().trimmed()), m_password->text().toUtf8(),
                     [self](SecretStore::Result result, const QString &message) {
                         if (self)
                             Q_EMIT self->statusMessage(result == SecretStore::Result::Ok
                                                            ? tr("SCIM settings saved; the password is in the keychain.")
                                                            : tr("The SCIM password could not be kept: %1").arg(message));
                     });
}

void ScimPage::load()
{
    QSettings settings;
    m_url->setText(settings.value(u"scim/url"_s).toString());
    m_user->setText(settings.value(u"scim/user"_s).toString());
    m_auth->setCurrentIndex(qMax(0, m_auth->findData(settings.value(u"scim/auth"_s, 0).toInt())));
    m_rate->setValue(settings.value(u"scim/rate"_s, 18).toInt());
    if (m_user->text().isEmpty())
        return;
    QPointer<ScimPage> self(this);
    m_secrets->read(keychainKey(m_user->text()), [self](SecretStore::Result result, const QByteArray &secret, const QString &) {
        if (self && result == SecretStore::Result::Ok && self->m_password->text().isEmpty())
            self->m_password->setText(QString::fromUtf8(secret));
    });
}
