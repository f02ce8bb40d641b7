// SPDX-License-Identifier: GPL-3.0-or-later
#include "routingeditor.h"

#include "filechooser.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
enum PointColumn { LogicalId, Type, PointActive, Sends, Receives, PointColumns };
enum FlowColumn { Name, From, To, Documents, FlowActive, Filter, FlowColumns };

QTableWidgetItem *checkItem(bool on)
{
    auto *item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
    item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    return item;
}

QString text(const QTableWidget *t, int row, int column)
{
    const QTableWidgetItem *item = t->item(row, column);
    return item ? item->text().trimmed() : QString();
}

QJsonArray list(const QString &commaSeparated)
{
    QJsonArray out;
    for (const QString &s : commaSeparated.split(u',', Qt::SkipEmptyParts))
        out.append(s.trimmed());
    return out;
}

QTableWidget *table(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    return t;
}
} // namespace

RoutingEditor::RoutingEditor(const TenantRouting &routing,
                             std::function<void(std::function<void(std::optional<TenantRouting>, QString)>)> readFromTenant,
                             QWidget *parent)
    : QDialog(parent)
    , m_points(table({tr("Logical ID"), tr("Type"), tr("Active"), tr("Sends (document types)"), tr("Receives")}, this))
    , m_flows(table({tr("Name"), tr("From"), tr("To"), tr("Document types"), tr("Active"), tr("Filter")}, this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Routing Model"));
    m_points->setObjectName(u"routingPoints"_s);
    m_flows->setObjectName(u"routingFlows"_s);
    m_problem->setObjectName(u"routingProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #c01c28"_s);
    auto addRowButtons = [this](QTableWidget *t, int activeColumn, const QString &what) {
        auto *row = new QHBoxLayout;
        auto *add = new QPushButton(QIcon(u":/icons/new.svg"_s), tr("Add %1").arg(what), this);
        auto *remove = new QPushButton(QIcon(u":/icons/delete.svg"_s), tr("Remove"), this);
        connect(add, &QPushButton::clicked, this, [t, activeColumn] {
            const int r = t->rowCount();
            t->insertRow(r);
            t->setItem(r, activeColumn, checkItem(true));
            t->setItem(r, 0, new QTableWidgetItem);
            t->setCurrentCell(r, 0);
            t->editItem(t->item(r, 0));
        });
        connect(remove, &QPushButton::clicked, this, [t] {
            if (t->currentRow() >= 0)
                t->removeRow(t->currentRow());
        });
        row->addWidget(add);
        row->addWidget(remove);
        row->addStretch(1);
        return row;
    };
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *import = buttons->addButton(tr("&Import…"), QDialogButtonBox::ActionRole);
    QPushButton *exportButton = buttons->addButton(tr("E&xport…"), QDialogButtonBox::ActionRole);
    if (readFromTenant) {
        QPushButton *read = buttons->addButton(tr("&Read from Sandbox"), QDialogButtonBox::ActionRole);
        connect(read, &QPushButton::clicked, this, [this, readFromTenant] {
            QPointer<RoutingEditor> self(this);
            readFromTenant([self](std::optional<TenantRouting> r, const QString &error) {
                if (!self)
                    return;
                if (r)
                    self->setRouting(*r);
                self->m_problem->setText(r ? QString() : error);
            });
        });
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<b>Connection points</b> (document types separated by commas)"), this));
    layout->addWidget(m_points, 1);
    layout->addLayout(addRowButtons(m_points, PointActive, tr("Connection Point")));
    layout->addWidget(new QLabel(tr("<b>Document flows</b> (flows for the same document and route combine with OR)"), this));
    layout->addWidget(m_flows, 1);
    layout->addLayout(addRowButtons(m_flows, FlowActive, tr("Flow")));
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(1100, 650);

    connect(buttons, &QDialogButtonBox::accepted, this, &RoutingEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(import, &QPushButton::clicked, this, [this] {
        const QString path = FileChooser::open(this, u"routing"_s, tr("Import Routing Model"), tr("Routing models (*.json)"));
        QString error;
        if (!path.isEmpty() && !importFile(path, &error))
            m_problem->setText(error);
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = FileChooser::save(this, u"routing"_s, tr("Export Routing Model"), u"routing.json"_s,
                                               tr("Routing models (*.json)"));
        QString error;
        if (!path.isEmpty() && !exportFile(path, &error))
            m_problem->setText(error);
    });
    setRouting(routing);
}

void RoutingEditor::setRouting(const TenantRouting &routing)
{
    m_points->setRowCount(0);
    for (const ConnectionPoint &p : routing.points) {
        const int r = m_points->rowCount();
        m_points->insertRow(r);
        m_points->setItem(r, LogicalId, new QTableWidgetItem(p.logicalId));
        m_points->setItem(r, Type, new QTableWidgetItem(p.type));
        m_points->setItem(r, PointActive, checkItem(p.active));
        m_points->setItem(r, Sends, new QTableWidgetItem(p.sends.join(u", "_s)));
        m_points->setItem(r, Receives, new QTableWidgetItem(p.receives.join(u", "_s)));
    }
    m_flows->setRowCount(0);
    for (const DocumentFlow &f : routing.flows) {
        const int r = m_flows->rowCount();
        m_flows->insertRow(r);
        m_flows->setItem(r, Name, new QTableWidgetItem(f.name));
        m_flows->setItem(r, From, new QTableWidgetItem(f.from));
        m_flows->setItem(r, To, new QTableWidgetItem(f.to));
        m_flows->setItem(r, Documents, new QTableWidgetItem(f.documentTypes.join(u", "_s)));
        m_flows->setItem(r, FlowActive, checkItem(f.active));
        m_flows->setItem(r, Filter, new QTableWidgetItem(f.filter.text()));
    }
    // Ids and names whole; long lists of document types capped (the whole list in the tooltip)
    // so that the receiving types and the filters, last and stretched, keep their room.
    for (QTableWidget *t : {m_points, m_flows}) {
        t->setWordWrap(false);
        t->resizeColumnsToContents();
        for (int r = 0; r < t->rowCount(); ++r) {
            for (int c = 0; c < t->columnCount(); ++c) {
                if (QTableWidgetItem *item = t->item(r, c); item && !item->text().isEmpty())
                    item->setToolTip(item->text());
            }
        }
    }
    const int room = qMax(m_points->viewport()->width(), width() - 40);
    for (auto [t, column] : {std::pair {m_points, int(Sends)}, std::pair {m_flows, int(Documents)}}) {
        if (t->columnWidth(column) > room / 3)
            t->setColumnWidth(column, room / 3);
    }
}

std::optional<TenantRouting> RoutingEditor::routing(QString *error) const
{
    // Through the JSON form, so the editor checks exactly what an import checks.
    QJsonArray points, flows;
    for (int r = 0; r < m_points->rowCount(); ++r)
        points.append(QJsonObject {{u"logicalId"_s, text(m_points, r, LogicalId)}, {u"type"_s, text(m_points, r, Type)},
                                   {u"active"_s, m_points->item(r, PointActive) && m_points->item(r, PointActive)->checkState() == Qt::Checked},
                                   {u"sends"_s, list(text(m_points, r, Sends))},
                                   {u"receives"_s, list(text(m_points, r, Receives))}});
    for (int r = 0; r < m_flows->rowCount(); ++r)
        flows.append(QJsonObject {{u"name"_s, text(m_flows, r, Name)}, {u"from"_s, text(m_flows, r, From)},
                                  {u"to"_s, text(m_flows, r, To)}, {u"documentTypes"_s, list(text(m_flows, r, Documents))},
                                  {u"active"_s, m_flows->item(r, FlowActive) && m_flows->item(r, FlowActive)->checkState() == Qt::Checked},
                                  {u"filter"_s, text(m_flows, r, Filter)}});
    return TenantRouting::fromJson({{u"connectionPoints"_s, points}, {u"documentFlows"_s, flows}}, error);
}

bool RoutingEditor::importFile(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.size() > 16 * 1024 * 1024) {
        *error = tr("%1 cannot be read: %2").arg(path, f.isOpen() ? tr("larger than 16 MB") : f.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (doc.isNull()) {
        *error = tr("%1 is not JSON: %2").arg(path, parseError.errorString());
        return false;
    }
    const auto r = TenantRouting::fromJson(doc.object(), error);
    if (r)
        setRouting(*r);
    return r.has_value();
}

bool RoutingEditor::exportFile(const QString &path, QString *error) const
{
    const auto r = routing(error);
    if (!r)
        return false;
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(r->toJson()).toJson()) < 0 || !f.commit()) {
        *error = tr("%1 could not be written: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

void RoutingEditor::accept()
{
    QString error;
    if (!routing(&error)) {
        m_problem->setText(error);
        return;
    }
    QDialog::accept();
}
