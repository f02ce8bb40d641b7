// SPDX-License-Identifier: GPL-3.0-or-later
#include "scimbrowser.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QTableWidget>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ScimBrowser::ScimBrowser(QWidget *parent)
    : QWidget(parent)
    , m_type(new QComboBox(this))
    , m_filter(new QLineEdit(this))
    , m_previous(new QPushButton(tr("◀ &Previous"), this))
    , m_next(new QPushButton(tr("&Next ▶"), this))
    , m_status(new QLabel(this))
    , m_table(new QTableWidget(0, 4, this))
{
    m_type->addItem(tr("Users"), u"Users"_s);
    m_type->addItem(tr("Groups"), u"Groups"_s);
    m_filter->setObjectName(u"scimFilter"_s);
    m_filter->setPlaceholderText(tr("SCIM filter, e.g. userName eq \"jane@example.com\" or userName sw \"j\""));
    m_filter->setClearButtonEnabled(true);
    m_status->setObjectName(u"scimBrowserStatus"_s);
    m_table->setObjectName(u"scimResources"_s);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Display name"), tr("Active"), tr("id")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *search = new QPushButton(tr("S&earch"), this);
    auto *create = new QPushButton(QIcon(u":/icons/new.svg"_s), tr("Create Test &User"), this);
    auto *rename = new QPushButton(QIcon(u":/icons/edit.svg"_s), tr("&Rename…"), this);
    auto *group = new QPushButton(tr("Add to &Group…"), this);
    auto *deactivate = new QPushButton(tr("&Deactivate"), this);
    auto *remove = new QPushButton(QIcon(u":/icons/delete.svg"_s), tr("De&lete"), this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_type);
    bar->addWidget(m_filter, 1);
    bar->addWidget(search);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_previous);
    actions->addWidget(m_next);
    actions->addWidget(m_status, 1);
    actions->addWidget(create);
    actions->addWidget(rename);
    actions->addWidget(group);
    actions->addWidget(deactivate);
    actions->addWidget(remove);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);

    connect(search, &QPushButton::clicked, this, [this] { this->search(1); });
    connect(m_filter, &QLineEdit::returnPressed, this, [this] { this->search(1); });
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] { this->search(1); });
    connect(m_previous, &QPushButton::clicked, this, [this] { this->search(qMax(1, m_startIndex - PageSize)); });
    connect(m_next, &QPushButton::clicked, this, [this] { this->search(m_startIndex + PageSize); });
    connect(create, &QPushButton::clicked, this, &ScimBrowser::createTestUser);
    connect(rename, &QPushButton::clicked, this, &ScimBrowser::askRename);
    connect(group, &QPushButton::clicked, this, &ScimBrowser::askGroup);
    connect(deactivate, &QPushButton::clicked, this, &ScimBrowser::deactivateSelected);
    connect(remove, &QPushButton::clicked, this, &ScimBrowser::deleteSelected);
    connect(this, &ScimBrowser::changed, this, [this] { this->search(m_startIndex); });
    m_previous->setEnabled(false);
    m_next->setEnabled(false);
}

void ScimBrowser::setClient(ScimClient *client)
{
    m_client = client;
}

void ScimBrowser::search(int startIndex)
{
    if (!m_client)
        return;
    m_status->setText(tr("Asking…"));
    const QString type = m_type->currentData().toString();
    QPointer<ScimBrowser> self(this);
    m_client->list(type, m_filter->text().trimmed(), startIndex, PageSize, [self, startIndex, type](const ScimClient::Response &r) {
        if (!self)
            return;
        if (!r.ok()) {
            self->m_status->setText(tr("HTTP %1: %2").arg(r.status()).arg(r.detail().isEmpty() ? r.outcome.describe() : r.detail()));
            return;
        }
        self->m_startIndex = startIndex;
        self->m_total = r.json.value(u"totalResults"_s).toInt();
        self->m_table->setRowCount(0);
        for (const QJsonValue &v : r.json.value(u"Resources"_s).toArray()) {
            const int row = self->m_table->rowCount();
            self->m_table->insertRow(row);
            const bool users = type == u"Users"_s;
            self->m_table->setItem(row, 0, new QTableWidgetItem(v[users ? u"userName"_s : u"displayName"_s].toString()));
            self->m_table->setItem(row, 1, new QTableWidgetItem(
                                               users ? v[u"displayName"_s].toString()
                                                     : tr("%Ln member(s)", nullptr, int(v[u"members"_s].toArray().size()))));
            self->m_table->setItem(row, 2, new QTableWidgetItem(users ? (v[u"active"_s].toBool(true) ? tr("yes") : tr("no")) : QString()));
            self->m_table->setItem(row, 3, new QTableWidgetItem(v[u"id"_s].toString()));
        }
        self->m_table->resizeColumnsToContents();
        const int last = startIndex + int(self->m_table->rowCount()) - 1;
        self->m_status->setText(self->m_total == 0 ? tr("None.") : tr("%1–%2 of %3").arg(startIndex).arg(last).arg(self->m_total));
        self->m_previous->setEnabled(startIndex > 1);
        self->m_next->setEnabled(last < self->m_total);
    });
}

QString ScimBrowser::selectedId() const
{
    const int row = m_table->currentRow();
    return row >= 0 && m_table->item(row, 3) ? m_table->item(row, 3)->text() : QString();
}

void ScimBrowser::write(const QByteArray &method, const QString &path, const QJsonObject &body, const QString &done)
{
    if (!m_client)
        return;
    QPointer<ScimBrowser> self(this);
    m_client->request(method, path, body, [self, done](const ScimClient::Response &r) {
        if (!self)
            return;
        self->m_status->setText(r.ok() ? done
                                       : tr("HTTP %1%2: %3").arg(r.status())
                                             .arg(r.scimType().isEmpty() ? QString() : u" ("_s + r.scimType() + u')')
                                             .arg(r.detail().isEmpty() ? r.outcome.describe() : r.detail()));
        if (r.ok())
            Q_EMIT self->changed();
    });
}

void ScimBrowser::createTestUser()
{
    const QString name = u"workbench-test-%1@example.com"_s.arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    write("POST", u"/Users"_s,
          {{u"schemas"_s, QJsonArray {ScimClient::userSchema()}}, {u"userName"_s, name}, {u"displayName"_s, u"Workbench Test"_s},
           {u"name"_s, QJsonObject {{u"givenName"_s, u"Workbench"_s}, {u"familyName"_s, u"Test"_s}}}, {u"active"_s, true}},
          tr("Created %1.").arg(name));
}

void ScimBrowser::deactivateSelected()
{
    const QString id = selectedId();
    if (id.isEmpty() || m_type->currentData() != u"Users"_s) {
        m_status->setText(tr("Select a user to deactivate."));
        return;
    }
    write("PATCH", u"/Users/"_s + id,
          {{u"schemas"_s, QJsonArray {ScimClient::patchSchema()}},
           {u"Operations"_s, QJsonArray {QJsonObject {{u"op"_s, u"replace"_s}, {u"path"_s, u"active"_s}, {u"value"_s, false}}}}},
          tr("Deactivated."));
}

void ScimBrowser::deleteSelected()
{
    const QString id = selectedId();
    if (id.isEmpty()) {
        m_status->setText(tr("Select what to delete."));
        return;
    }
    write("DELETE", u'/' + m_type->currentData().toString() + u'/' + id, {}, tr("Deleted."));
}

void ScimBrowser::renameSelected(const QString &displayName)
{
    const QString id = selectedId();
    if (id.isEmpty() || displayName.trimmed().isEmpty())
        return;
    write("PATCH", u'/' + m_type->currentData().toString() + u'/' + id,
          {{u"schemas"_s, QJsonArray {ScimClient::patchSchema()}},
           {u"Operations"_s, QJsonArray {QJsonObject {{u"op"_s, u"replace"_s}, {u"path"_s, u"displayName"_s}, {u"value"_s, displayName.trimmed()}}}}},
          tr("Renamed."));
}

void ScimBrowser::addSelectedToGroup(const QString &groupId)
{
    const QString id = selectedId();
    if (id.isEmpty() || groupId.isEmpty())
        return;
    write("PATCH", u"/Groups/"_s + groupId,
          {{u"schemas"_s, QJsonArray {ScimClient::patchSchema()}},
           {u"Operations"_s, QJsonArray {QJsonObject {{u"op"_s, u"add"_s}, {u"path"_s, u"members"_s},
                                                      {u"value"_s, QJsonArray {QJsonObject {{u"value"_s, id}}}}}}}},
          tr("Added to the group."));
}

void ScimBrowser::askRename()
{
    if (selectedId().isEmpty()) {
        m_status->setText(tr("Select what to rename."));
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename"), tr("New display name:"), QLineEdit::Normal,
                                               m_table->item(m_table->currentRow(), 1)->text(), &ok);
    if (ok)
        renameSelected(name);
}

void ScimBrowser::askGroup()
{
    if (selectedId().isEmpty() || m_type->currentData() != u"Users"_s) {
        m_status->setText(tr("Select the user to add to a group."));
        return;
    }
    QPointer<ScimBrowser> self(this);
    m_client->list(u"Groups"_s, {}, 1, 200, [self](const ScimClient::Response &r) {
        if (!self)
            return;
        QStringList names;
        QHash<QString, QString> ids;
        for (const QJsonValue &v : r.json.value(u"Resources"_s).toArray()) {
            names << v[u"displayName"_s].toString();
            ids.insert(names.last(), v[u"id"_s].toString());
        }
        if (names.isEmpty()) {
            self->m_status->setText(tr("The server has no groups."));
            return;
        }
        bool ok = false;
        const QString chosen = QInputDialog::getItem(self, tr("Add to Group"), tr("Group:"), names, 0, false, &ok);
        if (ok && self)
            self->addSelectedToGroup(ids.value(chosen));
    });
}
