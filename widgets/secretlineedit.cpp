// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretlineedit.h"

#include <QAction>
#include <QIcon>

using namespace Qt::StringLiterals;

SecretLineEdit::SecretLineEdit(QWidget *parent)
    : QLineEdit(parent)
    , m_reveal(new QAction(this))
{
    setEchoMode(QLineEdit::Password);
    setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_reveal->setCheckable(true);
    // Ctrl+Shift+R belongs to the form it is in (it shows or hides every secret at once).
    addAction(m_reveal, QLineEdit::TrailingPosition);
    connect(m_reveal, &QAction::toggled, this, &SecretLineEdit::setRevealed);
    setRevealed(false);
}

void SecretLineEdit::setRevealed(bool revealed)
{
    setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    const QSignalBlocker blocker(m_reveal);
    m_reveal->setChecked(revealed);
    m_reveal->setIcon(QIcon(revealed ? u":/icons/hide.svg"_s : u":/icons/reveal.svg"_s));
    m_reveal->setToolTip(revealed ? tr("Hide (Ctrl+Shift+R hides every secret)") : tr("Show (Ctrl+Shift+R shows every secret)"));
}
