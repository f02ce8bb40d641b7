// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionprofile.h"
#include "ion/networkfailure.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class OAuthSession;
class QAbstractSocket;

// Tests a connection in stages, each timed and explained: URL sanity, TCP/TLS, token,
// authenticated IMS ping. A failed stage skips the ones after it.
class ConnectionTester : public QObject
{
    Q_OBJECT
public:
    enum class Stage { Urls, Network, Token, Api };
    Q_ENUM(Stage)
    enum class Status { Pending, Running, Passed, Failed, Skipped };
    Q_ENUM(Status)

    struct StageResult
    {
        Stage stage;
        Status status = Status::Pending;
        qint64 elapsedMs = 0;
        QString detail; // what happened
        QString advice; // on failure: what to check
    };

    explicit ConnectionTester(QObject *parent = nullptr);
    ~ConnectionTester() override;

    // With `shared`, the token comes from (and stays in) that session; otherwise the tester
    // uses a session of its own and revokes its token when done.
    void start(const ConnectionProfile &profile, OAuthSession *shared = nullptr);
    void cancel();
    bool isRunning() const { return m_running; }
    bool passed() const;
    const QList<StageResult> &results() const { return m_results; }
    QByteArray testedFingerprint() const { return m_fingerprint; }
    // The certificate the server showed when the TLS stage failed on trust; null otherwise.
    QSslCertificate untrustedCertificate() const { return m_untrusted; }
    QString summary() const;

    static QString stageName(Stage stage);
    static QString statusName(Status status);

Q_SIGNALS:
    void stageChanged(int index);
    void finished(bool passed);
    // After finished: the tester's own token has been revoked (or there was none).
    void released();

private:
    void begin(int index);
    void pass(int index, const QString &detail);
    void fail(int index, const QString &detail, const QString &advice);
    void runUrls();
    void runNetwork(int hostIndex);
    void runToken();
    void runApi();
    void finish();
    void releaseSession();

    ConnectionProfile m_profile;
    QList<StageResult> m_results;
    QList<QUrl> m_hosts;
    QElapsedTimer m_clock;
    QPointer<QAbstractSocket> m_socket;
    QPointer<OAuthSession> m_session;
    bool m_ownsSession = false;
    QByteArray m_fingerprint;
    QSslCertificate m_untrusted;
    bool m_running = false;
    int m_generation = 0; // guards callbacks of a cancelled run
};
