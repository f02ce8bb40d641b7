// SPDX-License-Identifier: GPL-3.0-or-later
#include "resubmission/resubmissionplan.h"

#include "ion/imsmessage.h"
#include "ion/oauthsession.h"
#include "messagelog/messagelookup.h"
#include "messagelog/payloadcollector.h"
#include "resubmission/resubmissionjournal.h"

using namespace Qt::StringLiterals;
using State = ResubmissionJournal::State;

ResubmissionPlan::ResubmissionPlan(ResubmissionJournal *journal, MessageLogStore *store, OAuthSession *session,
                                   const QUrl &serviceUrl, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_store(store)
    , m_session(session)
    , m_serviceUrl(serviceUrl)
    , m_lookup(session ? new MessageLookup(session, serviceUrl, this) : nullptr)
{
}

ResubmissionPlan::~ResubmissionPlan() = default;

QStringList ResubmissionPlan::unfinishedBatches() const
{
    QStringList unfinished;
    for (const auto &b : m_journal->batches()) {
        const int open = b.counts.value(State::Pending) + b.counts.value(State::Retrying) + b.counts.value(State::Sending)
            + b.counts.value(State::Unknown);
        if (open > 0)
            unfinished.prepend(b.id); // batches() is newest first
    }
    return unfinished;
}

void ResubmissionPlan::prepare(const QList<LogExport::Entry> &entries)
{
    m_prepared = false;
    m_candidates.clear();
    for (const LogExport::Entry &e : entries)
        m_candidates.append({e.message, e.payload, ImsMessage::newMessageId(), {}, true});
    bool complete = true;
    for (const Candidate &c : std::as_const(m_candidates))
        complete = complete && !c.payload.isEmpty();
    if (complete || !m_store || !m_session) {
        m_prepared = true;
        checkAll();
        return;
    }
    QPointer<ResubmissionPlan> self(this);
    PayloadCollector::complete(entries, m_store, m_session, m_serviceUrl, PayloadCollector::Include::Payloads, this, [self](const QList<LogExport::Entry> &full) {
        if (!self)
            return;
        for (qsizetype i = 0; i < full.size() && i < self->m_candidates.size(); ++i)
            self->m_candidates[i].payload = full[i].payload;
        self->m_prepared = true;
        self->checkAll();
    });
}

void ResubmissionPlan::recheck()
{
    if (m_prepared)
        checkAll();
}

void ResubmissionPlan::checkAll()
{
    const int generation = ++m_generation;
    m_pending = int(m_candidates.size());
    QPointer<ResubmissionPlan> self(this);
    DuplicateGuard guard(m_journal, m_lookup);
    for (int i = 0; i < m_candidates.size(); ++i) {
        m_candidates[i].verdict = {};
        if (m_candidates[i].payload.isEmpty()) {
            m_candidates[i].verdict.kind = GuardVerdict::Kind::NotChecked;
            m_candidates[i].verdict.detail = tr("its payload could not be fetched from the message log");
        }
    }
    auto settle = [self, generation](int i, const GuardVerdict &v) {
        if (!self || generation != self->m_generation)
            return;
        Candidate &c = self->m_candidates[i];
        c.verdict = v;
        c.send = !v.holdsBack() && !c.payload.isEmpty();
        Q_EMIT self->candidateChanged(i);
        if (--self->m_pending == 0)
            Q_EMIT self->ready();
    };
    if (m_candidates.isEmpty()) {
        Q_EMIT ready();
        return;
    }
    for (int i = 0; i < m_candidates.size(); ++i) {
        if (m_candidates[i].verdict.kind == GuardVerdict::Kind::NotChecked)
            settle(i, m_candidates[i].verdict);
        else
            guard.check(m_candidates[i].message, [settle, i](const GuardVerdict &v) { settle(i, v); });
    }
}

void ResubmissionPlan::setSend(int index, bool send)
{
    if (index >= 0 && index < m_candidates.size())
        m_candidates[index].send = send && !m_candidates[index].payload.isEmpty();
}

void ResubmissionPlan::sendAll()
{
    for (int i = 0; i < m_candidates.size(); ++i)
        setSend(i, true);
}

std::optional<QString> ResubmissionPlan::journal(const QString &label, const QString &fromLogicalId, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (!isReady())
        return fail(tr("the duplicate guard has not answered for every document yet"));
    if (const QStringList unfinished = unfinishedBatches(); !unfinished.isEmpty())
        return fail(tr("an earlier resubmission is unfinished (%1); finish it first, so that nothing is sent twice")
                        .arg(unfinished.join(u", "_s)));
    QList<ResubmissionJournal::Item> items;
    for (const Candidate &c : std::as_const(m_candidates)) {
        if (!c.send)
            continue;
        ResubmissionJournal::Item item;
        item.sourceMessageId = c.message.messageId;
        item.documentName = c.message.documentType;
        item.documentId = c.message.documentId;
        item.fromLogicalId = fromLogicalId;
        item.payload = c.payload;
        item.nextMessageId = c.plannedMessageId;
        items << item;
    }
    if (items.isEmpty())
        return fail(tr("nothing is left to send"));
    return m_journal->addBatch(label, items, error);
}
