// SPDX-License-Identifier: GPL-3.0-or-later
#include "resubmission/duplicateguard.h"

#include "messagelog/messagelookup.h"
#include "resubmission/resubmissionjournal.h"

using namespace Qt::StringLiterals;

QString GuardVerdict::text() const
{
    const QString at = when.toLocalTime().toString(Qt::ISODate);
    switch (kind) {
    case Kind::Checking: return DuplicateGuard::tr("checking…");
    case Kind::Send: return DuplicateGuard::tr("no earlier resubmission, no later delivery");
    case Kind::AlreadyResubmitted:
        if (!who.isEmpty())
            return DuplicateGuard::tr("already resubmitted by %3 and accepted on %1 (batch %2); skipped unless checked")
                .arg(at, reference, who);
        return DuplicateGuard::tr("already resubmitted and accepted on %1 (batch %2); skipped unless checked").arg(at, reference);
    case Kind::DeliveredSince:
        return DuplicateGuard::tr("delivered since, on %1 (message %2); skipped unless checked").arg(at, reference);
    case Kind::NotChecked: return DuplicateGuard::tr("could not be checked (%1); skipped unless checked").arg(detail);
    case Kind::StoppedByFilter:
        return DuplicateGuard::tr("a document flow filter kept it from %1 on purpose; resent, it would go by lid://default "
                                  "past that filter; skipped unless checked").arg(reference);
    }
    return {};
}

DuplicateGuard::DuplicateGuard(ResubmissionJournal *journal, MessageLookup *lookup)
    : m_journal(journal)
    , m_lookup(lookup)
{
}

void DuplicateGuard::check(const LogMessage &failed, const std::function<void(const GuardVerdict &)> &done)
{
    GuardVerdict v;
    if (failed.exceptionType == u"Filtered Out"_s) {
        v.kind = GuardVerdict::Kind::StoppedByFilter;
        v.when = failed.messageDate;
        v.reference = failed.toLogicalId.isEmpty() ? tr("its target") : failed.toLogicalId;
        done(v);
        return;
    }
    if (failed.documentId.isEmpty()) {
        v.kind = GuardVerdict::Kind::NotChecked;
        v.detail = tr("the document has no business key");
        done(v);
        return;
    }
    const auto earlier = m_journal->acceptedFor(failed.documentType, failed.documentId);
    if (!m_journal->lastError().isEmpty()) {
        v.kind = GuardVerdict::Kind::NotChecked;
        v.detail = tr("the journal could not be read: %1").arg(m_journal->lastError());
        done(v);
        return;
    }
    if (!earlier.isEmpty()) {
        v.kind = GuardVerdict::Kind::AlreadyResubmitted;
        v.when = earlier.first().updated;
        v.reference = earlier.first().batchId;
        // In a team's environment that may have been a colleague.
        if (const auto batch = m_journal->batch(v.reference))
            v.who = batch->createdBy;
        done(v);
        return;
    }
    if (!failed.messageDate.isValid() || !m_lookup) {
        v.kind = GuardVerdict::Kind::Send;
        done(v);
        return;
    }
    m_lookup->findDocument(failed.documentType, failed.documentId, [failed, done](const HttpOutcome &o, const QList<LogMessage> &found) {
        GuardVerdict later;
        if (!o.ok()) {
            later.kind = GuardVerdict::Kind::NotChecked;
            later.detail = o.describe();
            done(later);
            return;
        }
        later.kind = GuardVerdict::Kind::Send;
        for (const LogMessage &m : found) {
            if (m.messageId != failed.messageId && m.messageDate > failed.messageDate && m.exceptionType.isEmpty()) {
                later.kind = GuardVerdict::Kind::DeliveredSince;
                later.when = m.messageDate;
                later.reference = m.messageId;
                break;
            }
        }
        done(later);
    });
}
