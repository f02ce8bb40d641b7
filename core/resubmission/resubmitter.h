// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "resubmission/resubmissionjournal.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QUrl>

class AttemptReconciler;
class BatchClaim;
class JournalGroupCommit;
class MessageLookup;
class OAuthSession;
struct HttpOutcome;
struct ImsMessage;
struct OAuthError;

// Sends a journalled batch through IMS without losing or duplicating a document
// (DOMAIN.md section 10): 401 refreshes the token; 503, 429 and refused connections are
// retried with backoff (429 after Retry-After); an attempt whose answer was lost (timeout,
// dropped connection, 500, 504) is first looked for in the message log by its message id and
// only sent again when ION has not logged it once the attempt is older than the in-flight grace; every other answer fails the item with its
// reason. A journal that cannot be read or written stops the batch at once: nothing is sent
// that the journal could not record. Concurrency and rate are limited; pause, resume and cancel leave nothing behind:
// cancelled items stay pending in the journal.
class Resubmitter : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        int concurrency = 4;
        int ratePerMinute = 2400; // below the Gateway's 3,000 calls a minute
        int maxAttempts = 8;
        int imsVersion = 3;
        int baseBackoffMs = 250;
        int maxBackoffMs = 30'000;
        // How long a sent request may still reach ION after its sender lost track of it (a
        // timeout, a crash with the request on the wire). Until an attempt is this old, "not in
        // the message log" means "look again later", never "send again". The Gateway gives a
        // backend 60 s; a quiet local sandbox answers in milliseconds.
        int inFlightGraceMs = 90'000;
        // A runner that has not been heard of for this long (and, on this host, one whose
        // process is gone) has left its batch to the next runner.
        int leaseMs = 30'000;
    };

    Resubmitter(OAuthSession *session, ResubmissionJournal *journal, const QUrl &serviceUrl, QObject *parent = nullptr);
    ~Resubmitter() override;
    void setOptions(const Options &options) { m_options = options; }

    void run(const QString &batchId);
    void pause();
    void resume();
    void cancel();
    bool isRunning() const { return m_running; }
    bool isPaused() const { return m_paused; }
    int sends() const { return m_sends; }

Q_SIGNALS:
    void itemChanged(qint64 itemId, ResubmissionJournal::State state, const QString &reason);
    void progress(const QHash<ResubmissionJournal::State, int> &counts);
    void finished(bool complete, const QString &summary);
    // No token can be had for now (the token endpoint failed): nothing is sent until `retryInMs`
    // has passed, and no document is failed or charged an attempt for it.
    void waitingForToken(const QString &reason, int retryInMs);

private:
    void pump();
    void send(const ResubmissionJournal::Item &item);
    void post(const ResubmissionJournal::Item &item);
    void sendNow(qint64 itemId, const ImsMessage &message); // its attempt is journalled
    void dropUnstarted();
    void tokenUnavailable(qint64 itemId, const OAuthError &error);
    void handle(qint64 itemId, const HttpOutcome &outcome);
    void reconcile(qint64 itemId, const QString &why);
    void retryLater(qint64 itemId, int delayMs, const QString &reason);
    void fail(qint64 itemId, const QString &reason);
    bool setState(qint64 itemId, ResubmissionJournal::State state, const QString &reason); // stops on failure
    bool record(qint64 itemId, ResubmissionJournal::State state, const QString &reason);   // only says so
    void track(qint64 itemId, ResubmissionJournal::State state); // the counts in memory
    std::optional<ResubmissionJournal::Item> journalItem(qint64 itemId);
    void stopForJournal();
    void stop(const QString &reason);
    int backoff(int attempts) const;
    void checkDone();

    QPointer<OAuthSession> m_session;
    ResubmissionJournal *m_journal;
    MessageLookup *m_lookup;
    BatchClaim *m_claim; // this run's hold on its batch
    AttemptReconciler *m_reconciler;
    JournalGroupCommit *m_group; // this run's journal writes, a commit per turn of the event loop
    QUrl m_serviceUrl;
    Options m_options;
    QString m_batchId;
    QHash<qint64, ResubmissionJournal::State> m_stateOf; // every item of the batch
    QHash<ResubmissionJournal::State, int> m_counts;
    QList<qint64> m_queue;          // ready to send, in order
    QHash<qint64, qint64> m_waiting; // item -> ms (on m_clock) when it may be sent again
    QSet<qint64> m_inFlight;        // being sent: counts against the concurrency limit
    QElapsedTimer m_clock;
    qint64 m_nextSendAt = 0;
    QTimer m_wake;
    QTimer m_tokenWait;     // running while no token can be had: nothing is sent
    int m_tokenFailures = 0; // in a row, for the backoff
    QString m_finishReason;  // why a run stopped early, added to its summary
    bool m_running = false;
    bool m_started = false; // this run holds (or held) its batch
    bool m_paused = false;
    bool m_cancelled = false;
    int m_sends = 0;
};
