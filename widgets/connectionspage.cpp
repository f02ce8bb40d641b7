// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionspage.h"

#include "connection/connectionsmodel.h"
#include "connection/connectionstore.h"
#include "connection/connectiontester.h"
#include "connectiondialog.h"
#include "connectionform.h"
#include "connectionsdecorator.h"
#include "ion/oauthsessionpool.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ConnectionsPage::ConnectionsPage(ConnectionStore *store, OAuthSessionPool *sessions, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_sessions(sessions)
    , m_model(new ConnectionsModel(store, this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_tester(new ConnectionTester(this))
    , m_new(new QAction(QIcon(u":/icons/new.svg"_s), tr("&New Connection…"), this))
    , m_edit(new QAction(QIcon(u":/icons/edit.svg"_s), tr("&Edit…"), this))
    , m_retest(new QAction(QIcon(u":/icons/test.svg"_s), tr("&Re-test"), this))
    , m_delete(new QAction(QIcon(u":/icons/delete.svg"_s), tr("&Delete"), this))
{
    m_new->setShortcut(QKeySequence::New);
    m_edit->setShortcut(QKeySequence(u"Ctrl+E"_s));
    m_retest->setShortcut(QKeySequence::Refresh);
    m_delete->setShortcut(QKeySequence::Delete);
    // Page keys work on this page only: the Message Log uses F5 and Ctrl+E for its own Refresh
    // and Export. (The actions also sit in the window's Connection menu, where they always work.)
    for (QAction *a : {m_edit, m_retest, m_delete})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addActions({m_edit, m_retest, m_delete});
    for (QAction *a : {m_new, m_edit, m_retest, m_delete})
        a->setToolTip(u"%1 (%2)"_s.arg(a->text().remove(u'&').remove(u'…'), a->shortcut().toString(QKeySequence::NativeText)));

    m_view->setObjectName(u"connectionsView"_s);
    auto *decorator = new ConnectionsDecorator(this);
    decorator->setSourceModel(m_model);
    m_view->setModel(decorator);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ConnectionsModel::LastTestColumn, QHeaderView::Stretch);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(false);
    m_empty->setText(tr("<h3>No connections yet</h3><p>Create one from the .ionapi file you downloaded from "
                        "Infor OS (ION API &gt; Authorized Apps), or start the built-in sandbox with "
                        "<tt>ion-workbench --demo</tt>.</p>"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    auto *toolbar = new QToolBar(this);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addActions({m_new, m_edit, m_retest, m_delete});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(toolbar);
    layout->addWidget(m_view);
    layout->addWidget(m_empty);
    addActions({m_delete});

    connect(m_new, &QAction::triggered, this, [this] { newConnection(); });
    connect(m_edit, &QAction::triggered, this, &ConnectionsPage::editCurrent);
    connect(m_retest, &QAction::triggered, this, &ConnectionsPage::retestCurrent);
    connect(m_delete, &QAction::triggered, this, [this] { deleteCurrent(true); });
    connect(m_view, &QTableView::doubleClicked, this, &ConnectionsPage::editCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ConnectionsPage::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ConnectionsPage::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { Q_EMIT currentConnectionChanged(currentId()); });
    connect(m_tester, &ConnectionTester::finished, this, [this](bool passed) {
        const QString id = m_tester->property("connectionId").toString();
        m_store->recordTest(id, passed, m_tester->summary());
        Q_EMIT statusMessage(m_tester->summary());
        selectConnection(id);
    });
    updateActions();
}

QList<QAction *> ConnectionsPage::actions() const
{
    return {m_new, m_edit, m_retest, m_delete};
}

QString ConnectionsPage::currentId() const
{
    return m_view->currentIndex().siblingAtColumn(0).data(ConnectionsModel::IdRole).toString();
}

void ConnectionsPage::selectConnection(const QString &id)
{
    auto *proxy = static_cast<QAbstractProxyModel *>(m_view->model());
    const QModelIndex index = proxy->mapFromSource(m_model->indexOf(id));
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

void ConnectionsPage::updateActions()
{
    const bool has = !currentId().isEmpty();
    m_edit->setEnabled(has);
    m_retest->setEnabled(has && !m_tester->isRunning());
    m_delete->setEnabled(has);
    const bool empty = m_model->rowCount() == 0;
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
}

ConnectionDialog *ConnectionsPage::newConnection(const QString &ionApiPath)
{
    auto *dialog = new ConnectionDialog(m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New Connection"));
    if (!ionApiPath.isEmpty())
        dialog->form()->importIonApi(ionApiPath);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        selectConnection(dialog->savedId());
        Q_EMIT statusMessage(tr("Connection created."));
    });
    dialog->open();
    return dialog;
}

void ConnectionsPage::editCurrent()
{
    const auto profile = m_store->connection(currentId());
    if (!profile)
        return;
    m_store->loadSecrets(profile->id, [this, profile](std::optional<ConnectionSecrets> secrets, const QString &message) {
        ConnectionProfile p = *profile;
        if (secrets)
            p.secrets = *secrets;
        else
            Q_EMIT statusMessage(message);
        auto *dialog = new ConnectionDialog(m_store, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Edit Connection"));
        dialog->form()->editConnection(p);
        connect(dialog, &QDialog::accepted, this, [this] { Q_EMIT statusMessage(tr("Connection saved.")); });
        dialog->open();
    });
}

void ConnectionsPage::retestCurrent()
{
    const auto profile = m_store->connection(currentId());
    if (!profile || m_tester->isRunning())
        return;
    Q_EMIT statusMessage(tr("Testing %1…").arg(profile->name));
    m_store->loadSecrets(profile->id, [this, profile](std::optional<ConnectionSecrets> secrets, const QString &message) {
        if (!secrets) {
            m_store->recordTest(profile->id, false, message);
            Q_EMIT statusMessage(message);
            return;
        }
        ConnectionProfile p = *profile;
        p.secrets = *secrets;
        m_tester->setProperty("connectionId", p.id);
        m_tester->start(p, m_sessions->session(p));
        updateActions();
    });
}

void ConnectionsPage::deleteCurrent(bool confirm)
{
    const auto profile = m_store->connection(currentId());
    if (!profile)
        return;
    if (confirm
        && QMessageBox::question(this, tr("Delete Connection"),
                                 tr("Delete \"%1\"? Its tokens are revoked and its secrets removed from the keychain. "
                                    "Its replication environment keeps its data but is not reassigned.")
                                     .arg(profile->name))
            != QMessageBox::Yes)
        return;
    const QString id = profile->id;
    const QString name = profile->name;
    m_sessions->revokeAndDrop(id, [this, id, name](bool revoked, const QString &revokeMessage) {
        m_store->remove(id, [this, name, revoked, revokeMessage](bool ok, const QString &message) {
            QString text = ok ? tr("Deleted %1.").arg(name) : tr("Could not delete %1: %2").arg(name, message);
            if (!revoked)
                text += u' ' + tr("Revoking its token failed (%1); it expires on its own.").arg(revokeMessage);
            Q_EMIT statusMessage(text);
        });
    });
}
