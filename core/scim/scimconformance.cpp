// SPDX-License-Identifier: GPL-3.0-or-later
#include "scim/scimconformance.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
QString gist(const ScimClient::Response &r)
{
    QString s = r.outcome.kind == HttpOutcome::Kind::HttpError || r.ok() ? u"HTTP %1"_s.arg(r.status()) : r.outcome.describe();
    if (!r.scimType().isEmpty())
        s += u", scimType %1"_s.arg(r.scimType());
    if (!r.detail().isEmpty())
        s += u": "_s + r.detail();
    else if (!r.outcome.body.isEmpty())
        s += u": "_s + QString::fromUtf8(r.outcome.body.left(300));
    return s;
}

QJsonObject patchOf(const QJsonArray &operations)
{
    return {{u"schemas"_s, QJsonArray {ScimClient::patchSchema()}}, {u"Operations"_s, operations}};
}

QJsonObject op(const QString &kind, const QString &path, const QJsonValue &value = {})
{
    QJsonObject o {{u"op"_s, kind}, {u"path"_s, path}};
    if (!value.isUndefined() && !value.isNull())
        o.insert(u"value"_s, value);
    return o;
}
} // namespace

ScimConformance::ScimConformance(ScimClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

QString ScimConformance::verdictName(Verdict v)
{
    switch (v) {
    case Verdict::Pass: return tr("pass");
    case Verdict::Fail: return tr("fail");
    case Verdict::Skipped: return tr("skipped");
    }
    return {};
}

int ScimConformance::count(Verdict v) const
{
    return int(std::count_if(m_checks.begin(), m_checks.end(), [v](const Check &c) { return c.verdict == v; }));
}

void ScimConformance::run()
{
    if (m_running)
        return;
    m_running = true;
    m_checks.clear();
    m_userId.clear();
    m_groupId.clear();
    m_userName = u"workbench-conformance-%1@example.com"_s.arg(QUuid::createUuid().toString(QUuid::Id128).left(10));
    m_steps = plan();
    next();
}

void ScimConformance::next()
{
    if (m_steps.isEmpty()) {
        m_running = false;
        Q_EMIT finished(count(Verdict::Fail) == 0);
        return;
    }
    const Step step = m_steps.takeFirst();
    step();
}

void ScimConformance::record(const QString &name, const ScimClient::Response &r, const QString &expected, bool passed,
                             const QString &note)
{
    Check c;
    c.name = name;
    c.request = QString::fromLatin1(r.method) + u' ' + r.path
                + (r.requestBody.isEmpty() ? QString() : u"\n"_s + QString::fromUtf8(r.requestBody));
    c.expected = expected;
    c.actual = gist(r) + (note.isEmpty() ? QString() : u" ("_s + note + u')');
    c.verdict = passed ? Verdict::Pass : Verdict::Fail;
    m_checks << c;
    Q_EMIT checkDone(c);
}

void ScimConformance::skip(const QString &name, const QString &why)
{
    Check c;
    c.name = name;
    c.actual = why;
    c.verdict = Verdict::Skipped;
    m_checks << c;
    Q_EMIT checkDone(c);
    next();
}

void ScimConformance::call(const QString &name, const QByteArray &method, const QString &path, const QJsonObject &body,
                           const QString &expected, std::function<bool(const ScimClient::Response &)> passes,
                           std::function<void(const ScimClient::Response &)> then)
{
    QPointer<ScimConformance> self(this);
    m_client->request(method, path, body, [self, name, expected, passes, then](const ScimClient::Response &r) {
        if (!self)
            return;
        self->record(name, r, expected, passes(r));
        if (then)
            then(r);
        self->next();
    });
}

QList<ScimConformance::Step> ScimConformance::plan()
{
    using R = ScimClient::Response;
    auto needsUser = [this](const QString &name, Step step) -> Step {
        return [this, name, step] { m_userId.isEmpty() ? skip(name, tr("needs the test user, which was not created")) : step(); };
    };
    auto needsPatch = [this, needsUser](const QString &name, Step step) -> Step {
        return needsUser(name, [this, name, step] { m_patch ? step() : skip(name, tr("the server does not support PATCH")); });
    };
    const QJsonObject user {{u"schemas"_s, QJsonArray {ScimClient::userSchema()}},
                            {u"userName"_s, m_userName},
                            {u"name"_s, QJsonObject {{u"givenName"_s, u"Conformance"_s}, {u"familyName"_s, u"Test"_s}}},
                            {u"displayName"_s, u"Conformance Test"_s},
                            {u"emails"_s, QJsonArray {QJsonObject {{u"value"_s, m_userName}, {u"type"_s, u"work"_s}, {u"primary"_s, true}}}},
                            {u"active"_s, true}};
    return {
        [this] {
            call(tr("Discovery: ServiceProviderConfig"), "GET", u"/ServiceProviderConfig"_s, {}, tr("200 with the server's features"),
                 [](const R &r) { return r.status() == 200 && r.json.contains(u"patch"_s); },
                 [this](const R &r) {
                     m_patch = !r.ok() || r.json[u"patch"_s][u"supported"_s].toBool(true);
                     m_filter = !r.ok() || r.json[u"filter"_s][u"supported"_s].toBool(true);
                 });
        },
        [this] {
            call(tr("Discovery: ResourceTypes"), "GET", u"/ResourceTypes"_s, {}, tr("200 listing the User resource type"), [](const R &r) {
                const QJsonArray list = r.json.contains(u"Resources"_s) ? r.json[u"Resources"_s].toArray() : QJsonArray();
                return r.status() == 200 && std::any_of(list.begin(), list.end(), [](const QJsonValue &v) { return v[u"name"_s] == u"User"_s; });
            });
        },
        [this] {
            call(tr("Discovery: Schemas"), "GET", u"/Schemas"_s, {}, tr("200 with the core User schema"), [](const R &r) {
                return r.status() == 200 && r.outcome.body.contains(ScimClient::userSchema().toUtf8());
            });
        },
        [this, user] {
            call(tr("Create a user"), "POST", u"/Users"_s, user, tr("201 with an id and the same userName"),
                 [this](const R &r) { return r.status() == 201 && !r.json[u"id"_s].toString().isEmpty() && r.json[u"userName"_s] == m_userName; },
                 [this](const R &r) { m_userId = r.status() == 201 ? r.json[u"id"_s].toString() : QString(); });
        },
        needsUser(tr("Read the user"), [this] {
            call(tr("Read the user"), "GET", u"/Users/"_s + m_userId, {}, tr("200 with the same userName"),
                 [this](const R &r) { return r.status() == 200 && r.json[u"userName"_s] == m_userName; });
        }),
        needsUser(tr("Filter by userName"), [this] {
            if (!m_filter)
                return skip(tr("Filter by userName"), tr("the server does not support filters"));
            const QString filter = u"userName eq \"%1\""_s.arg(m_userName);
            m_client->list(u"Users"_s, filter, 1, 10, [this](const R &r) {
                const QJsonArray found = r.json[u"Resources"_s].toArray();
                record(tr("Filter by userName"), r, tr("200 with exactly the test user"),
                       r.status() == 200 && r.json[u"totalResults"_s].toInt() == 1 && found.size() == 1 && found[0][u"id"_s] == m_userId);
                next();
            });
        }),
        needsUser(tr("Replace the user (PUT)"), [this, user] {
            QJsonObject replaced = user;
            replaced.insert(u"name"_s, QJsonObject {{u"givenName"_s, u"Conformance"_s}, {u"familyName"_s, u"Replaced"_s}});
            call(tr("Replace the user (PUT)"), "PUT", u"/Users/"_s + m_userId, replaced, tr("200 with the new familyName"),
                 [](const R &r) { return r.status() == 200 && r.json[u"name"_s][u"familyName"_s] == u"Replaced"_s; });
        }),
        needsPatch(tr("PATCH add"), [this] {
            call(tr("PATCH add"), "PATCH", u"/Users/"_s + m_userId, patchOf({op(u"add"_s, u"title"_s, u"Tester"_s)}),
                 tr("200 with title \"Tester\""), [](const R &r) { return r.status() == 200 && r.json[u"title"_s] == u"Tester"_s; });
        }),
        needsPatch(tr("PATCH replace"), [this] {
            call(tr("PATCH replace"), "PATCH", u"/Users/"_s + m_userId, patchOf({op(u"replace"_s, u"displayName"_s, u"Patched"_s)}),
                 tr("200 with displayName \"Patched\""), [](const R &r) { return r.status() == 200 && r.json[u"displayName"_s] == u"Patched"_s; });
        }),
        needsPatch(tr("PATCH remove"), [this] {
            call(tr("PATCH remove"), "PATCH", u"/Users/"_s + m_userId, patchOf({op(u"remove"_s, u"title"_s)}),
                 tr("200 without a title"), [](const R &r) { return r.status() == 200 && !r.json.contains(u"title"_s); });
        }),
        needsUser(tr("Duplicate userName is refused"), [this, user] {
            call(tr("Duplicate userName is refused"), "POST", u"/Users"_s, user, tr("409 with scimType \"uniqueness\""),
                 [](const R &r) { return r.status() == 409; });
        }),
        needsUser(tr("Pagination"), [this] {
            m_client->list(u"Users"_s, {}, 1, 1, [this](const R &r) {
                record(tr("Pagination"), r, tr("200; at most one resource for count=1; totalResults counts them all"),
                       r.status() == 200 && r.json[u"Resources"_s].toArray().size() <= 1 && r.json[u"totalResults"_s].toInt() >= 1
                           && r.json[u"startIndex"_s].toInt(1) == 1);
                next();
            });
        }),
        needsUser(tr("Create a group"), [this] {
            call(tr("Create a group"), "POST", u"/Groups"_s,
                 {{u"schemas"_s, QJsonArray {ScimClient::groupSchema()}}, {u"displayName"_s, QString(m_userName.section(u'@', 0, 0) + u"-group"_s)}},
                 tr("201 with an id"), [](const R &r) { return r.status() == 201 && !r.json[u"id"_s].toString().isEmpty(); },
                 [this](const R &r) { m_groupId = r.status() == 201 ? r.json[u"id"_s].toString() : QString(); });
        }),
        needsPatch(tr("Add the user to the group (PATCH)"), [this] {
            if (m_groupId.isEmpty())
                return skip(tr("Add the user to the group (PATCH)"), tr("needs the test group"));
            call(tr("Add the user to the group (PATCH)"), "PATCH", u"/Groups/"_s + m_groupId,
                 patchOf({op(u"add"_s, u"members"_s, QJsonArray {QJsonObject {{u"value"_s, m_userId}}})}),
                 tr("200 with the user among the members"), [this](const R &r) {
                     const QJsonArray m = r.json[u"members"_s].toArray();
                     return (r.status() == 200 && std::any_of(m.begin(), m.end(), [this](const QJsonValue &v) { return v[u"value"_s] == m_userId; }))
                            || r.status() == 204;
                 });
        }),
        needsPatch(tr("Remove the user from the group (PATCH)"), [this] {
            if (m_groupId.isEmpty())
                return skip(tr("Remove the user from the group (PATCH)"), tr("needs the test group"));
            call(tr("Remove the user from the group (PATCH)"), "PATCH", u"/Groups/"_s + m_groupId,
                 patchOf({op(u"remove"_s, u"members[value eq \"%1\"]"_s.arg(m_userId))}), tr("200 or 204, the user no longer a member"),
                 [this](const R &r) {
                     const QJsonArray m = r.json[u"members"_s].toArray();
                     return r.status() == 204
                            || (r.status() == 200 && std::none_of(m.begin(), m.end(), [this](const QJsonValue &v) { return v[u"value"_s] == m_userId; }));
                 });
        }),
        needsPatch(tr("Deactivate the user (active=false)"), [this] {
            call(tr("Deactivate the user (active=false)"), "PATCH", u"/Users/"_s + m_userId,
                 patchOf({op(u"replace"_s, u"active"_s, false)}), tr("200 with active false"),
                 [](const R &r) { return r.status() == 200 && r.json[u"active"_s] == false; });
        }),
        [this] { // clean-up first, then the check: the group goes whatever happened
            if (m_groupId.isEmpty())
                return next();
            m_client->request("DELETE", u"/Groups/"_s + m_groupId, {}, [this](const R &r) {
                record(tr("Delete the group"), r, tr("204"), r.status() == 204);
                next();
            });
        },
        needsUser(tr("Delete the user"), [this] {
            call(tr("Delete the user"), "DELETE", u"/Users/"_s + m_userId, {}, tr("204"), [](const R &r) { return r.status() == 204; },
                 [this](const R &r) {
                     if (r.status() == 204 || r.status() == 404)
                         m_userId.clear();
                 });
        }),
        [this] {
            if (!m_userId.isEmpty())
                return next(); // the delete failed; its check says so
            m_client->list(u"Users"_s, m_filter ? u"userName eq \"%1\""_s.arg(m_userName) : QString(), 1, 10, [this](const R &r) {
                record(tr("The deleted user is gone"), r, tr("no user with the test userName"),
                       r.ok() && !r.outcome.body.contains(m_userName.toUtf8()));
                next();
            });
        },
    };
}
