// SPDX-License-Identifier: GPL-3.0-or-later
#include "resubmission/resubmitter.h"

#include "resubmission/journalgroupcommit.h"

#include "common/logging.h"
#include "ion/imsmessage.h"
#include "ion/ionendpoints.h"
#include "ion/oauthsession.h"
#include "messagelog/messagelookup.h"
#include "resubmission/attemptreconciler.h"
#include "resubmission/batchclaim.h"
#include "resubmission/imsanswer.h"

#include <QRandomGenerator>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;
using State = ResubmissionJournal::State;

Resubmitter::Resubmitter(OAuthSession *session, ResubmissionJournal *journal, const QUrl &serviceUrl, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_journal(journal)
    , m_lookup(new MessageLookup(session, serviceUrl, this))
    , m_claim(new BatchClaim(journal, this))
    , m_reconciler(new AttemptReconciler(journal, m_lookup, this))
    , m_group(new JournalGroupCommit(journal, this))
    , m_serviceUrl(serviceUrl)
{
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &Resubmitter::pump);
    m_tokenWait.setSingleShot(true);
    connect(&m_tokenWait, &QTimer::timeout, this, &Resubmitter::pump);
    connect(m_claim, &BatchClaim::lost, this, [this](const QString &reason, bool journalFailed) {
        if (journalFailed)
            stopForJournal();
        else
            stop(tr("stopped: %1; nothing more was sent by this run").arg(reason));
    });
    connect(m_group, &JournalGroupCommit::committed, this, [this] {
        pump();
        checkDone();
    });
    connect(m_group, &JournalGroupCommit::failed, this, [this](const QList<qint64> &notStarted) {
        for (const qint64 id : notStarted)
            m_inFlight.remove(id);
        if (m_journal->lostClaim())
            stop(tr("stopped: %1; nothing more was sent by this run").arg(m_journal->lastError()));
        else
            stopForJournal();
    });
}

Resubmitter::~Resubmitter() = default; // the claim is released with it

void Resubmitter::run(const QString &batchId)
{
    if (m_running)
        return;
    m_batchId = batchId;
    m_running = true;
    m_paused = false;
    m_cancelled = false;
    m_finishReason.clear();
    m_started = false;
    m_tokenFailures = 0;
    m_queue.clear();
    m_waiting.clear();
    m_clock.start();
    m_nextSendAt = 0;
    // One runner per batch: a second one (another window or process) is told who sends it.
    QString why;
    switch (m_claim->take(batchId, m_options.leaseMs, &why)) {
    case BatchClaim::Result::Claimed:
        m_started = true;
        break;
    case BatchClaim::Result::Held:
        stop(tr("not started: %1; nothing was sent by this run").arg(why));
        return;
    case BatchClaim::Result::Error:
        stopForJournal();
        return;
    }
    // What a crash left "sending" is unknown until the message log says otherwise.
    if (m_journal->markInterruptedAsUnknown(batchId) < 0) {
        stopForJournal();
        return;
    }
    // The batch's counts are kept here from now on (this run is its only runner): progress is
    // reported on every change without asking the journal, and no payload is read to count.
    m_stateOf = m_journal->itemStates(batchId);
    if (!m_journal->lastError().isEmpty()) {
        stopForJournal();
        return;
    }
    m_counts.clear();
    QList<qint64> ids = m_stateOf.keys();
    std::sort(ids.begin(), ids.end()); // journal order
    for (const qint64 id : std::as_const(ids))
        ++m_counts[m_stateOf.value(id)];
    m_reconciler->setInFlightGraceMs(m_options.inFlightGraceMs);
    m_reconciler->setRetryDelayMs(backoff(2));
    for (const qint64 id : std::as_const(ids)) {
        if (m_stateOf.value(id) == State::Unknown)
            reconcile(id, tr("interrupted"));
        if (m_cancelled)
            return;
    }
    for (const qint64 id : std::as_const(ids)) {
        if (m_stateOf.value(id) == State::Pending || m_stateOf.value(id) == State::Retrying)
            m_queue.append(id);
    }
    Q_EMIT progress(m_counts);
    pump();
    checkDone();
}

void Resubmitter::pause()
{
    m_paused = true;
}

void Resubmitter::resume()
{
    if (!m_running || !m_paused)
        return;
    m_paused = false;
    pump();
}

void Resubmitter::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    dropUnstarted();
    m_wake.stop();
    // Waiting items go back to pending: nothing is lost, a later run picks them up.
    for (auto it = m_waiting.cbegin(); it != m_waiting.cend(); ++it)
        record(it.key(), State::Pending, tr("cancelled; will be sent by the next run"));
    m_waiting.clear();
    m_queue.clear();
    checkDone();
}

int Resubmitter::backoff(int attempts) const
{
    const int exponential = qMin(m_options.maxBackoffMs, m_options.baseBackoffMs * (1 << qMin(attempts, 16)));
    return exponential / 2 + int(QRandomGenerator::global()->bounded(exponential / 2 + 1)); // jitter
}

void Resubmitter::pump()
{
    if (!m_running || m_paused || m_cancelled || m_tokenWait.isActive())
        return;
    const qint64 now = m_clock.elapsed();
    for (auto it = m_waiting.begin(); it != m_waiting.end();) {
        if (it.value() <= now) {
            m_queue.append(it.key());
            it = m_waiting.erase(it);
        } else {
            ++it;
        }
    }
    const qint64 interval = 60'000 / qMax(1, m_options.ratePerMinute);
    while (!m_queue.isEmpty() && m_inFlight.size() < m_options.concurrency) {
        if (m_clock.elapsed() < m_nextSendAt) {
            m_wake.start(int(m_nextSendAt - m_clock.elapsed()));
            return;
        }
        const qint64 id = m_queue.takeFirst();
        const auto item = journalItem(id);
        if (!item)
            return; // the batch has stopped
        if (item->state == State::Accepted || item->state == State::Failed || item->state == State::Skipped)
            continue;
        m_nextSendAt = m_clock.elapsed() + interval;
        send(*item);
    }
    // Wake for the earliest retry.
    qint64 earliest = -1;
    for (qint64 at : std::as_const(m_waiting))
        earliest = earliest < 0 ? at : qMin(earliest, at);
    if (earliest >= 0 && !m_wake.isActive())
        m_wake.start(int(qMax<qint64>(0, earliest - m_clock.elapsed())));
    // The last item may have failed right here (attempts used up) with nothing left in flight.
    checkDone();
}

void Resubmitter::send(const ResubmissionJournal::Item &item)
{
    if (item.attempts >= m_options.maxAttempts) {
        fail(item.id, tr("gave up after %Ln attempt(s): %1", nullptr, item.attempts).arg(item.reason));
        return;
    }
    // The token first: an attempt is journalled (and counted) only when it can really go out.
    m_inFlight.insert(item.id);
    if (m_session && m_session->hasValidToken() && !m_cancelled) {
        post(item); // as read a moment ago: nothing waited in between
        return;
    }
    QPointer<Resubmitter> self(this);
    const qint64 id = item.id;
    m_session->ensureToken([self, id](const OAuthError &error) {
        if (!self || !self->m_running)
            return;
        if (self->m_cancelled) {
            self->m_inFlight.remove(id);
            self->record(id, State::Pending, tr("cancelled; will be sent by the next run"));
            self->checkDone();
            return;
        }
        const auto current = self->journalItem(id);
        if (!current) {
            self->m_inFlight.remove(id);
            self->checkDone();
            return;
        }
        if (!error.ok()) {
            self->m_inFlight.remove(id);
            self->tokenUnavailable(id, error);
            return;
        }
        self->m_tokenFailures = 0;
        self->post(*current);
    });
}

void Resubmitter::post(const ResubmissionJournal::Item &item)
{
    ImsMessage m;
    m.documentName = item.documentName;
    m.messageId = item.nextMessageId.isEmpty() ? ImsMessage::newMessageId() : item.nextMessageId;
    m.fromLogicalId = item.fromLogicalId;
    m.toLogicalId = item.toLogicalId.isEmpty() ? IonEndpoints::defaultLogicalId : item.toLogicalId;
    m.documentId = item.documentId;
    m.payload = item.payload;
    // Journalled before it starts (committed with this turn's other writes): after a crash this
    // id is what the log is searched for.
    const qint64 itemId = item.id;
    m_group->start(itemId, m.messageId, m_claim->runnerId(), [this, itemId, m] { sendNow(itemId, m); });
}

void Resubmitter::sendNow(qint64 itemId, const ImsMessage &m)
{
    track(itemId, State::Sending);
    Q_EMIT itemChanged(itemId, State::Sending, {});
    ++m_sends;
    QByteArray contentType;
    const QByteArray body = m.multipartBody(&contentType);
    const qint64 id = itemId;
    QPointer<Resubmitter> self(this);
    m_session->send("POST", IonEndpoints::imsMultipartMessage(m_serviceUrl, m_options.imsVersion), body, contentType,
                    [self, id](const HttpOutcome &o) {
                        if (self)
                            self->handle(id, o);
                    },
                    HttpExchange::Resend::Never);
}

void Resubmitter::handle(qint64 itemId, const HttpOutcome &o)
{
    m_inFlight.remove(itemId);
    const ImsAnswer answer = ImsAnswer::of(o);
    switch (answer.meaning) {
    case ImsAnswer::Meaning::NoToken:
        tokenUnavailable(itemId, OAuthError::fromAnswer(o));
        return;
    case ImsAnswer::Meaning::Accepted:
        // Reported when committed with this turn's other writes.
        m_group->change(itemId, State::Accepted, answer.reason, [this, itemId, reason = answer.reason] {
            track(itemId, State::Accepted);
            Q_EMIT itemChanged(itemId, State::Accepted, reason);
        });
        break;
    case ImsAnswer::Meaning::SendAgain:
        if (const auto item = journalItem(itemId))
            retryLater(itemId, answer.retryAfterMs >= 0 ? answer.retryAfterMs : backoff(item->attempts), answer.reason);
        break;
    case ImsAnswer::Meaning::Refused:
        fail(itemId, answer.reason);
        break;
    case ImsAnswer::Meaning::AskTheLog:
        if (setState(itemId, State::Unknown, answer.reason))
            reconcile(itemId, answer.reason);
        break;
    }
    pump();
    checkDone();
}

void Resubmitter::tokenUnavailable(qint64 itemId, const OAuthError &error)
{
    using K = OAuthError::Kind;
    const bool refused = error.kind == K::InvalidClient || error.kind == K::InvalidGrant || error.kind == K::UnauthorizedClient
        || error.kind == K::InvalidScope || error.kind == K::UnsupportedGrant;
    const QString why = error.summary().isEmpty() ? error.outcome.describe() : error.summary();
    setState(itemId, State::Retrying, tr("waiting for a token: %1").arg(why));
    m_queue.prepend(itemId);
    if (refused) {
        // A definite no (wrong secret, disabled client): retrying cannot help; stop, and
        // leave everything unsent for a run with working credentials.
        qCWarning(lcIms) << "the token endpoint refused the credentials; stopping:" << why;
        m_cancelled = true;
        m_finishReason = tr("stopped: the token endpoint refused this connection's credentials (%1); nothing "
                            "more was sent, and --resume sends the rest once they are fixed").arg(why);
        m_queue.clear();
        for (auto it = m_waiting.cbegin(); it != m_waiting.cend(); ++it)
            record(it.key(), State::Pending, tr("not sent: no token"));
        m_waiting.clear();
        checkDone();
        return;
    }
    if (!m_tokenWait.isActive()) {
        const int wait = backoff(m_tokenFailures++);
        qCInfo(lcIms) << "no token:" << why << "- nothing is sent for" << wait << "ms";
        m_tokenWait.start(wait);
        Q_EMIT waitingForToken(why, wait);
    }
    checkDone();
}

void Resubmitter::reconcile(qint64 itemId, const QString &why)
{
    QPointer<Resubmitter> self(this);
    m_reconciler->reconcile(itemId, [self, itemId, why](AttemptReconciler::Verdict verdict, const QString &found) {
        if (!self)
            return;
        switch (verdict) {
        case AttemptReconciler::Verdict::Received:
            self->setState(itemId, State::Accepted, tr("found in the message log as %1 after: %2").arg(found, why));
            break;
        case AttemptReconciler::Verdict::NotReceived:
            // ION has no record of any attempt, and none can still arrive: sending again
            // cannot duplicate it.
            if (const auto item = self->journalItem(itemId))
                self->retryLater(itemId, self->backoff(item->attempts), why);
            break;
        case AttemptReconciler::Verdict::JournalFailed:
            self->stopForJournal();
            break;
        }
        self->pump();
        self->checkDone();
    });
}

void Resubmitter::retryLater(qint64 itemId, int delayMs, const QString &reason)
{
    if (m_cancelled) {
        setState(itemId, State::Pending, tr("cancelled after: %1").arg(reason));
        return;
    }
    if (setState(itemId, State::Retrying, reason))
        m_waiting.insert(itemId, m_clock.elapsed() + delayMs);
}

void Resubmitter::fail(qint64 itemId, const QString &reason)
{
    setState(itemId, State::Failed, reason);
}

bool Resubmitter::setState(qint64 itemId, State state, const QString &reason)
{
    if (!record(itemId, state, reason)) {
        stopForJournal();
        return false;
    }
    return true;
}

bool Resubmitter::record(qint64 itemId, State state, const QString &reason)
{
    if (!m_journal->setState(itemId, state, reason))
        return false;
    track(itemId, state);
    Q_EMIT itemChanged(itemId, state, reason);
    return true;
}

void Resubmitter::track(qint64 itemId, State state)
{
    if (const auto it = m_stateOf.constFind(itemId); it != m_stateOf.cend() && --m_counts[it.value()] == 0)
        m_counts.remove(it.value()); // as the journal counts: only states that hold items
    ++m_counts[state];
    m_stateOf.insert(itemId, state);
    Q_EMIT progress(m_counts);
}

std::optional<ResubmissionJournal::Item> Resubmitter::journalItem(qint64 itemId)
{
    auto item = m_journal->item(itemId);
    if (!item)
        stopForJournal();
    return item;
}

void Resubmitter::stopForJournal()
{
    qCWarning(lcIms) << "the resubmission journal failed; stopping:" << m_journal->lastError();
    stop(tr("stopped: the journal could not be read or written (%1); nothing more was sent, and --resume continues "
            "once it can be written").arg(m_journal->lastError()));
}

void Resubmitter::stop(const QString &reason)
{
    // Stop at once. Answers still on their way are taken as they come; an item whose state
    // could not be written stays "sending", and the next run asks the message log about it
    // before sending anything. The first reason is the one reported.
    if (m_finishReason.isEmpty())
        m_finishReason = reason;
    m_cancelled = true;
    dropUnstarted();
    m_wake.stop();
    m_tokenWait.stop();
    m_queue.clear();
    m_waiting.clear();
    checkDone();
}

void Resubmitter::dropUnstarted()
{
    // Attempts not yet committed are not sent: their items keep the state they had.
    for (const qint64 id : m_group->dropStarts())
        m_inFlight.remove(id);
}

void Resubmitter::checkDone()
{
    if (!m_running || !m_inFlight.isEmpty() || m_reconciler->isBusy() || m_group->isPending())
        return;
    if (!m_cancelled && (!m_queue.isEmpty() || !m_waiting.isEmpty()))
        return;
    m_running = false;
    m_wake.stop();
    if (!m_started) {
        // Never started (another runner holds the batch, or the journal failed at once): its
        // counts would say nothing about the batch.
        Q_EMIT finished(false, m_finishReason);
        return;
    }
    m_claim->release();
    m_journal->announceChange(); // teammates' windows show the batch's new counts
    const QHash<State, int> counts = m_counts;
    Q_EMIT progress(counts);
    QString summary = tr("%1 accepted, %2 failed, %3 skipped, %4 pending")
                                .arg(counts.value(State::Accepted))
                                .arg(counts.value(State::Failed))
                                .arg(counts.value(State::Skipped))
                                .arg(counts.value(State::Pending) + counts.value(State::Retrying)
                                     + counts.value(State::Unknown));
    if (!m_finishReason.isEmpty())
        summary += u"; "_s + m_finishReason;
    Q_EMIT finished(!m_cancelled, summary);
}
