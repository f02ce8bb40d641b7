// SPDX-License-Identifier: GPL-3.0-or-later
#include "scimservice.h"

#include "scimfilter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace {
const QString ErrorSchema = u"urn:ietf:params:scim:api:messages:2.0:Error"_s;
const QString ListSchema = u"urn:ietf:params:scim:api:messages:2.0:ListResponse"_s;
const QString PatchSchema = u"urn:ietf:params:scim:api:messages:2.0:PatchOp"_s;
const QString UserSchema = u"urn:ietf:params:scim:schemas:core:2.0:User"_s;
const QString GroupSchema = u"urn:ietf:params:scim:schemas:core:2.0:Group"_s;

HttpResponse scimJson(int status, const QJsonObject &o)
{
    HttpResponse r = HttpResponse::json(status, o);
    r.contentType = "application/scim+json";
    return r;
}

QString uniqueKey(const QString &type)
{
    return type == u"Users"_s ? u"userName"_s : u"displayName"_s;
}

QJsonObject schemaOf(const QString &id, const QString &name, const QStringList &attributes)
{
    QJsonArray attrs;
    for (const QString &a : attributes)
        attrs.append(QJsonObject {{u"name"_s, a}, {u"type"_s, u"string"_s}, {u"multiValued"_s, false},
                                  {u"required"_s, a == u"userName"_s || a == u"displayName"_s}});
    return {{u"id"_s, id}, {u"name"_s, name}, {u"attributes"_s, attrs}};
}
} // namespace

ScimService::ScimService(const QString &userIdentifier, const QString &password, int callsPerMinute)
    : m_user(userIdentifier)
    , m_password(password)
    , m_callsPerMinute(callsPerMinute)
{
    m_store.insert(u"Users"_s, {});
    m_store.insert(u"Groups"_s, {});
}

HttpResponse ScimService::scimError(int status, const QString &scimType, const QString &detail)
{
    QJsonObject o {{u"schemas"_s, QJsonArray {ErrorSchema}}, {u"status"_s, QString::number(status)}, {u"detail"_s, detail}};
    if (!scimType.isEmpty())
        o.insert(u"scimType"_s, scimType);
    return scimJson(status, o);
}

bool ScimService::authorized(const HttpRequest &request) const
{
    // Both forms carry base64("identifier:password").
    const QByteArray header = request.header("authorization");
    const qsizetype space = header.indexOf(' ');
    const QByteArray scheme = header.left(space).toLower();
    if (space < 0 || (scheme != "bearer" && scheme != "basic"))
        return false;
    return QByteArray::fromBase64(header.mid(space + 1).trimmed()) == (m_user + u':' + m_password).toUtf8();
}

HttpResponse ScimService::handle(const HttpRequest &request, const QString &path)
{
    ++m_calls;
    if (!authorized(request))
        return scimError(401, {}, u"The SCIM credentials are missing or wrong."_s);
    if (m_callsPerMinute > 0) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        while (!m_recent.isEmpty() && m_recent.first().msecsTo(now) > 60'000)
            m_recent.removeFirst();
        if (m_recent.size() >= m_callsPerMinute) {
            HttpResponse r = scimError(429, {}, u"Too many requests: %1 a minute are allowed."_s.arg(m_callsPerMinute));
            r.headers.append({"Retry-After", QByteArray::number(qMax<qint64>(1, 60 - m_recent.first().secsTo(now)))});
            return r;
        }
        m_recent.append(now);
    }
    m_baseUrl = u"http://"_s + QString::fromLatin1(request.header("host")) + request.path.left(request.path.size() - path.size());
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    const QString top = parts.value(0);
    if (request.method == "GET" && top == u"ServiceProviderConfig"_s)
        return scimJson(200, {{u"schemas"_s, QJsonArray {u"urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig"_s}},
                              {u"patch"_s, QJsonObject {{u"supported"_s, m_patchSupported}}},
                              {u"bulk"_s, QJsonObject {{u"supported"_s, false}, {u"maxOperations"_s, 0}, {u"maxPayloadSize"_s, 0}}},
                              {u"filter"_s, QJsonObject {{u"supported"_s, true}, {u"maxResults"_s, 200}}},
                              {u"changePassword"_s, QJsonObject {{u"supported"_s, false}}},
                              {u"sort"_s, QJsonObject {{u"supported"_s, false}}},
                              {u"etag"_s, QJsonObject {{u"supported"_s, false}}},
                              {u"authenticationSchemes"_s,
                               QJsonArray {QJsonObject {{u"type"_s, u"oauthbearertoken"_s}, {u"name"_s, u"Bearer"_s}},
                                           QJsonObject {{u"type"_s, u"httpbasic"_s}, {u"name"_s, u"Basic"_s}}}}});
    if (request.method == "GET" && top == u"ResourceTypes"_s) {
        QJsonArray types {QJsonObject {{u"id"_s, u"User"_s}, {u"name"_s, u"User"_s}, {u"endpoint"_s, u"/Users"_s}, {u"schema"_s, UserSchema}},
                          QJsonObject {{u"id"_s, u"Group"_s}, {u"name"_s, u"Group"_s}, {u"endpoint"_s, u"/Groups"_s}, {u"schema"_s, GroupSchema}}};
        return scimJson(200, {{u"schemas"_s, QJsonArray {ListSchema}}, {u"totalResults"_s, 2}, {u"Resources"_s, types}});
    }
    if (request.method == "GET" && top == u"Schemas"_s) {
        QJsonArray schemas {schemaOf(UserSchema, u"User"_s, {u"userName"_s, u"name"_s, u"displayName"_s, u"emails"_s, u"active"_s,
                                                             u"title"_s, u"externalId"_s}),
                            schemaOf(GroupSchema, u"Group"_s, {u"displayName"_s, u"members"_s})};
        return scimJson(200, {{u"schemas"_s, QJsonArray {ListSchema}}, {u"totalResults"_s, 2}, {u"Resources"_s, schemas}});
    }
    if (top == u"Users"_s || top == u"Groups"_s)
        return resources(request, top, parts.value(1));
    return scimError(404, {}, u"No SCIM endpoint at %1."_s.arg(path));
}

HttpResponse ScimService::resources(const HttpRequest &request, const QString &type, const QString &id)
{
    QList<QJsonObject> &all = m_store[type];
    if (id.isEmpty()) {
        if (request.method == "GET")
            return list(request, type);
        if (request.method == "POST")
            return create(request, type);
        return scimError(405, {}, u"Use GET or POST on /%1."_s.arg(type));
    }
    qsizetype index = -1;
    for (qsizetype i = 0; i < all.size(); ++i)
        index = all[i].value(u"id"_s).toString() == id ? i : index;
    if (index < 0)
        return scimError(404, {}, u"Resource %1 not found."_s.arg(id));
    if (request.method == "GET")
        return scimJson(200, all[index]);
    if (request.method == "DELETE") {
        all.removeAt(index);
        HttpResponse r;
        r.status = 204;
        r.contentType.clear();
        return r;
    }
    if (request.method == "PUT") {
        QJsonParseError e;
        const QJsonObject body = QJsonDocument::fromJson(request.body, &e).object();
        if (e.error != QJsonParseError::NoError || body.value(uniqueKey(type)).toString().isEmpty())
            return scimError(400, u"invalidValue"_s, u"A %1 with %2 is needed."_s.arg(type, uniqueKey(type)));
        if (const auto c = conflict(type, body, id))
            return *c;
        const QDateTime created = QDateTime::fromString(all[index][u"meta"_s][u"created"_s].toString(), Qt::ISODate);
        all[index] = stored(type, id, body, created);
        return scimJson(200, all[index]);
    }
    if (request.method == "PATCH")
        return m_patchSupported ? patch(request, type, id) : scimError(501, {}, u"PATCH is not supported."_s);
    return scimError(405, {}, u"Method not allowed on a resource."_s);
}

HttpResponse ScimService::list(const HttpRequest &request, const QString &type) const
{
    std::optional<ScimFilter> filter;
    if (const QString f = request.query.queryItemValue(u"filter"_s, QUrl::FullyDecoded); !f.isEmpty()) {
        QString error;
        filter = ScimFilter::parse(f, &error);
        if (!filter)
            return scimError(400, u"invalidFilter"_s, u"The filter cannot be read: %1."_s.arg(error));
    }
    const int startIndex = qMax(1, request.query.queryItemValue(u"startIndex"_s).toInt());
    const QString countText = request.query.queryItemValue(u"count"_s);
    const int count = countText.isEmpty() ? 100 : qBound(0, countText.toInt(), 200);
    QJsonArray page;
    int total = 0;
    for (const QJsonObject &r : m_store.value(type)) {
        if (filter && !filter->matches(r))
            continue;
        ++total;
        if (total >= startIndex && page.size() < count)
            page.append(r);
    }
    return scimJson(200, {{u"schemas"_s, QJsonArray {ListSchema}}, {u"totalResults"_s, total}, {u"startIndex"_s, startIndex},
                          {u"itemsPerPage"_s, int(page.size())}, {u"Resources"_s, page}});
}

std::optional<HttpResponse> ScimService::conflict(const QString &type, const QJsonObject &resource, const QString &exceptId) const
{
    const QString key = uniqueKey(type);
    for (const QJsonObject &r : m_store.value(type)) {
        if (r.value(u"id"_s).toString() != exceptId
            && r.value(key).toString().compare(resource.value(key).toString(), Qt::CaseInsensitive) == 0)
            return scimError(409, u"uniqueness"_s, u"A %1 with %2 \"%3\" exists already."_s.arg(type.chopped(1), key, resource.value(key).toString()));
    }
    return std::nullopt;
}

QJsonObject ScimService::stored(const QString &type, const QString &id, QJsonObject resource, const QDateTime &created)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    resource.insert(u"id"_s, id);
    resource.insert(u"schemas"_s, QJsonArray {type == u"Users"_s ? UserSchema : GroupSchema});
    if (type == u"Users"_s && !resource.contains(u"active"_s))
        resource.insert(u"active"_s, true);
    resource.insert(u"meta"_s, QJsonObject {{u"resourceType"_s, type.chopped(1)},
                                            {u"created"_s, (created.isValid() ? created : now).toString(Qt::ISODate)},
                                            {u"lastModified"_s, now.toString(Qt::ISODate)},
                                            {u"location"_s, QString(m_baseUrl + u'/' + type + u'/' + id)}});
    return resource;
}

HttpResponse ScimService::create(const HttpRequest &request, const QString &type)
{
    QJsonParseError e;
    const QJsonObject body = QJsonDocument::fromJson(request.body, &e).object();
    if (e.error != QJsonParseError::NoError)
        return scimError(400, u"invalidSyntax"_s, u"The body is not JSON: %1."_s.arg(e.errorString()));
    if (body.value(uniqueKey(type)).toString().isEmpty())
        return scimError(400, u"invalidValue"_s, u"%1 is required."_s.arg(uniqueKey(type)));
    if (const auto c = conflict(type, body, {}))
        return *c;
    const QJsonObject r = stored(type, QUuid::createUuid().toString(QUuid::WithoutBraces), body, {});
    m_store[type].append(r);
    HttpResponse response = scimJson(201, r);
    response.headers.append({"Location", r[u"meta"_s][u"location"_s].toString().toUtf8()});
    return response;
}

HttpResponse ScimService::patch(const HttpRequest &request, const QString &type, const QString &id)
{
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    if (!body.value(u"schemas"_s).toArray().contains(PatchSchema) || !body.value(u"Operations"_s).isArray())
        return scimError(400, u"invalidSyntax"_s, u"A PatchOp with Operations is needed."_s);
    QList<QJsonObject> &all = m_store[type];
    qsizetype index = 0;
    while (all[index].value(u"id"_s).toString() != id)
        ++index;
    QJsonObject r = all[index];
    static const QRegularExpression valueFilter(u"^(\\w+)\\[value eq \"([^\"]*)\"\\]$"_s);
    for (const QJsonValue &v : body.value(u"Operations"_s).toArray()) {
        const QString op = v[u"op"_s].toString().toLower();
        const QString path = v[u"path"_s].toString();
        const QJsonValue value = v[u"value"_s];
        if (op != u"add"_s && op != u"replace"_s && op != u"remove"_s)
            return scimError(400, u"invalidSyntax"_s, u"Unknown operation \"%1\"."_s.arg(op));
        if (path.isEmpty()) {
            if (op == u"remove"_s || !value.isObject())
                return scimError(400, u"noTarget"_s, u"A remove needs a path; an add or replace without one an object."_s);
            const QJsonObject o = value.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                r.insert(it.key(), it.value());
            continue;
        }
        if (const auto m = valueFilter.match(path); m.hasMatch()) {
            if (op != u"remove"_s)
                return scimError(400, u"invalidPath"_s, u"Only remove takes a value filter here."_s);
            QJsonArray kept;
            for (const QJsonValue &item : r.value(m.captured(1)).toArray())
                if (item[u"value"_s].toString() != m.captured(2))
                    kept.append(item);
            r.insert(m.captured(1), kept);
            continue;
        }
        const QStringList parts = path.split(u'.');
        if (parts.size() > 2 || path.contains(u'['))
            return scimError(400, u"invalidPath"_s, u"The path \"%1\" is not supported."_s.arg(path));
        if (parts.size() == 2) {
            QJsonObject inner = r.value(parts[0]).toObject();
            if (op == u"remove"_s)
                inner.remove(parts[1]);
            else
                inner.insert(parts[1], value);
            r.insert(parts[0], inner);
        } else if (op == u"remove"_s) {
            r.remove(path);
        } else if (op == u"add"_s && r.value(path).isArray()) {
            QJsonArray items = r.value(path).toArray();
            for (const QJsonValue &item : value.isArray() ? value.toArray() : QJsonArray {value})
                items.append(item);
            r.insert(path, items);
        } else {
            r.insert(path, value);
        }
    }
    if (r.value(uniqueKey(type)).toString().isEmpty())
        return scimError(400, u"mutability"_s, u"%1 cannot be removed."_s.arg(uniqueKey(type)));
    if (const auto c = conflict(type, r, id))
        return *c;
    all[index] = stored(type, id, r, QDateTime::fromString(r[u"meta"_s][u"created"_s].toString(), Qt::ISODate));
    return scimJson(200, all[index]);
}
