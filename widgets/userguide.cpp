// SPDX-License-Identifier: GPL-3.0-or-later
#include "userguide.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
QPointer<UserGuide> &instance()
{
    static QPointer<UserGuide> guide;
    return guide;
}
} // namespace

UserGuide::UserGuide(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(u"userGuide"_s);
    setWindowTitle(tr("ION Workbench User Guide"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_browser->setObjectName(u"guideBrowser"_s);
    m_browser->setSearchPaths({u":/guide"_s});
    m_browser->setOpenExternalLinks(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *back = buttons->addButton(tr("&Back"), QDialogButtonBox::ActionRole);
    QPushButton *contents = buttons->addButton(tr("C&ontents"), QDialogButtonBox::ActionRole);
    back->setEnabled(false);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QPushButton::setEnabled);
    connect(back, &QPushButton::clicked, m_browser, &QTextBrowser::backward);
    connect(contents, &QPushButton::clicked, this, [this] { showPage(u"index"_s); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    if (!restoreGeometry(QSettings().value(u"userGuide/geometry"_s).toByteArray()))
        resize(760, 640);
}

UserGuide::~UserGuide()
{
    QSettings().setValue(u"userGuide/geometry"_s, saveGeometry());
}

UserGuide *UserGuide::open(QWidget *parent, const QString &page)
{
    QPointer<UserGuide> &guide = instance();
    // A guide that belongs to another window would be blocked by a modal dialog asking for it.
    if (guide && guide->parentWidget() != parent)
        delete guide;
    if (!guide)
        guide = new UserGuide(parent);
    guide->showPage(page);
    guide->show();
    guide->raise();
    guide->activateWindow();
    return guide;
}

void UserGuide::showPage(const QString &page)
{
    m_browser->setSource(QUrl(u"qrc:/guide/%1.html"_s.arg(page)));
}

QString UserGuide::page() const
{
    return QFileInfo(m_browser->source().path()).completeBaseName();
}
