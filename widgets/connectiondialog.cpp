// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiondialog.h"

#include "connectionform.h"

#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ConnectionDialog::ConnectionDialog(ConnectionStore *store, QWidget *parent)
    : QDialog(parent)
    , m_form(new ConnectionForm(store, this))
{
    setWindowTitle(tr("Connection"));
    setObjectName(u"connectionDialog"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    connect(m_form, &ConnectionForm::saved, this, [this](const QString &id) {
        m_savedId = id;
        accept();
    });
    connect(m_form, &ConnectionForm::cancelled, this, &QDialog::reject);
    const QByteArray geometry = QSettings().value(u"connectionDialog/geometry"_s).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(760, 640);
}

ConnectionDialog::~ConnectionDialog()
{
    QSettings().setValue(u"connectionDialog/geometry"_s, saveGeometry());
}
