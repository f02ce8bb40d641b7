// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scim/scimclient.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>

#include <functional>

// A SCIM conformance run against a server (RFC 7643/7644; what Azure AD and Okta do when they
// provision): discovery, create, read, filter, replace, PATCH add/replace/remove, 409 on a
// duplicate userName, pagination, group membership, deactivate, delete. Each check keeps its
// request, what was expected, what came, and a verdict; what the server says it does not
// support (ServiceProviderConfig) is skipped, not failed. The test user and group it creates
// are deleted at the end, whatever happened.
class ScimConformance : public QObject
{
    Q_OBJECT
public:
    enum class Verdict { Pass, Fail, Skipped };
    struct Check
    {
        QString name;
        QString request;  // "POST /Users" and the body
        QString expected;
        QString actual;   // status and the answer's gist
        Verdict verdict = Verdict::Skipped;
    };

    explicit ScimConformance(ScimClient *client, QObject *parent = nullptr);
    void run();
    bool isRunning() const { return m_running; }
    const QList<Check> &checks() const { return m_checks; }
    int count(Verdict v) const;
    static QString verdictName(Verdict v);

Q_SIGNALS:
    void checkDone(const ScimConformance::Check &check);
    void finished(bool nothingFailed);

private:
    using Step = std::function<void()>;
    void next();
    void record(const QString &name, const ScimClient::Response &r, const QString &expected, bool passed,
                const QString &note = {});
    void skip(const QString &name, const QString &why);
    void call(const QString &name, const QByteArray &method, const QString &path, const QJsonObject &body,
              const QString &expected, std::function<bool(const ScimClient::Response &)> passes,
              std::function<void(const ScimClient::Response &)> then = {});
    QList<Step> plan();

    ScimClient *m_client;
    QList<Step> m_steps;
    QList<Check> m_checks;
    bool m_running = false;
    bool m_patch = true;
    bool m_filter = true;
    QString m_userName;
    QString m_userId;
    QString m_groupId;
};
