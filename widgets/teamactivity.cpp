// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamactivity.h"

#include "environment/environmentnotifier.h"
#include "messagelog/messagelogstore.h"
#include "workspace/connectionworkspace.h"

#include <QLocale>

using namespace Qt::StringLiterals;

TeamActivity::TeamActivity(QWidget *parent)
    : QLabel(parent)
    , m_notifier(new EnvironmentNotifier(this))
{
    setObjectName(u"teamActivity"_s);
    setTextFormat(Qt::PlainText);
    setWordWrap(true); // two short lines in a narrow window rather than a wider window
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_clock.setInterval(30'000);
    connect(&m_clock, &QTimer::timeout, this, &TeamActivity::render);
    connect(m_notifier, &EnvironmentNotifier::changed, this, [this](EnvironmentNotifier::What what) {
        if (what == EnvironmentNotifier::Log) {
            reload();
            Q_EMIT logChanged();
        } else {
            Q_EMIT journalChanged();
        }
    });
}

void TeamActivity::setWorkspace(ConnectionWorkspace *workspace)
{
    m_workspace = workspace;
    QString error;
    if (workspace && !m_notifier->listen(workspace->databasePath(), &error))
        setToolTip(tr("Teammates' changes show after a refresh (%1).").arg(error));
    reload();
}

void TeamActivity::reload()
{
    m_last = m_workspace ? m_workspace->logStore()->replicationRuns()->last() : std::nullopt;
    render();
}

void TeamActivity::render()
{
    if (!m_last) {
        clear();
        m_clock.stop();
        return;
    }
    m_clock.start();
    const qint64 minutes = m_last->finished.secsTo(QDateTime::currentDateTimeUtc()) / 60;
    QString ago;
    if (minutes < 1)
        ago = tr("just now");
    else if (minutes < 60)
        ago = tr("%n min ago", nullptr, int(minutes));
    else if (minutes < 24 * 60)
        ago = tr("%n h ago", nullptr, int(minutes / 60));
    else
        ago = tr("on %1").arg(QLocale().toString(m_last->finished.toLocalTime(), QLocale::ShortFormat));
    setText(tr("Replicated by %1 %2").arg(m_last->who, ago));
    setToolTip(m_last->ok ? tr("%Ln message(s) copied from the tenant's log.", nullptr, int(m_last->messages))
                          : tr("That replication stopped early; the next refresh continues from there."));
}
