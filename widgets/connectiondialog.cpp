// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiondialog.h"

#include "connectionform.h"
#include "userguide.h"

#include <QSettings>
#include <QShortcut>
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
    // F1: the guide's page on this form; Shift+F1 on a field: what it means (What's This).
    auto *help = new QShortcut(QKeySequence::HelpContents, this);
    help->setObjectName(u"connectionHelp"_s);
    connect(help, &QShortcut::activated, this, [this] { UserGuide::open(this, u"connection-form"_s); });
    const QByteArray geometry = QSettings().value(u"connectionDialog/geometry"_s).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(760, 640);
}

ConnectionDialog::~ConnectionDialog()
{
    QSettings().setValue(u"connectionDialog/geometry"_s, saveGeometry());
}
