// SPDX-License-Identifier: GPL-3.0-or-later
#include "scimmappingview.h"

#include "scim/scimmapping.h"

#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
enum Column { AzureColumn, SampleColumn, ScimColumn, NoteColumn };
// The Azure AD attribute whose sample value a row takes ("accountEnabled" for the active row).
QString sampleKey(const ScimMapping::Row &row)
{
    return row.scimAttribute == u"active"_s ? u"accountEnabled"_s : row.azureAttribute;
}
} // namespace

ScimMappingView::ScimMappingView(QWidget *parent)
    : QWidget(parent)
    , m_mapping(new QTableWidget(0, 4, this))
    , m_preview(new QPlainTextEdit(this))
{
    m_mapping->setObjectName(u"scimMapping"_s);
    m_mapping->setHorizontalHeaderLabels({tr("Azure AD attribute"), tr("Sample value"), tr("SCIM attribute"), tr("Note")});
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->verticalHeader()->hide();
    m_preview->setObjectName(u"scimMappingPreview"_s);
    m_preview->setReadOnly(true);
    m_preview->setFont(QFont(u"monospace"_s));
    const QHash<QString, QString> sample {{u"userPrincipalName"_s, u"jane.doe@acme.example"_s},
                                          {u"accountEnabled"_s, u"true"_s},
                                          {u"displayName"_s, u"Jane Doe"_s},
                                          {u"mail"_s, u"jane.doe@acme.example"_s},
                                          {u"givenName"_s, u"Jane"_s},
                                          {u"surname"_s, u"Doe"_s},
                                          {u"jobTitle"_s, u"Buyer"_s},
                                          {u"mailNickname"_s, u"jdoe"_s}};
    for (const ScimMapping::Row &row : ScimMapping::azureAdDefaults()) {
        const int r = m_mapping->rowCount();
        m_mapping->insertRow(r);
        auto fixed = [](const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            return item;
        };
        auto *azure = fixed(row.azureAttribute);
        azure->setData(Qt::UserRole, sampleKey(row));
        if (row.matching) {
            QFont bold = azure->font();
            bold.setBold(true);
            azure->setFont(bold);
            azure->setIcon(QIcon(u":/icons/passed.svg"_s));
            azure->setToolTip(tr("Matching attribute: Azure AD finds the user again by it"));
        }
        m_mapping->setItem(r, AzureColumn, azure);
        m_mapping->setItem(r, SampleColumn, new QTableWidgetItem(sample.value(sampleKey(row))));
        m_mapping->setItem(r, ScimColumn, fixed(row.scimAttribute));
        m_mapping->setItem(r, NoteColumn, fixed(row.note));
    }
    m_mapping->resizeColumnsToContents();
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_mapping);
    splitter->addWidget(m_preview);
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("Edit the sample values to see what Azure AD would send. Users assigned with the Default "
                               "Access role are not provisioned; Azure AD repeats its sync about every 40 minutes."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addWidget(splitter, 1);
    connect(m_mapping, &QTableWidget::itemChanged, this, &ScimMappingView::update);
    update();
}

void ScimMappingView::update()
{
    QHash<QString, QString> values;
    for (int r = 0; r < m_mapping->rowCount(); ++r) {
        if (m_mapping->item(r, AzureColumn) && m_mapping->item(r, SampleColumn))
            values.insert(m_mapping->item(r, AzureColumn)->data(Qt::UserRole).toString(), m_mapping->item(r, SampleColumn)->text());
    }
    m_preview->setPlainText(tr("POST /Users\n") + QString::fromUtf8(QJsonDocument(ScimMapping::userFor(values)).toJson()));
}

QString ScimMappingView::preview() const
{
    return m_preview->toPlainText();
}
