// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/ionapifile.h"

#include "common/logging.h"

#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

QString IonApiError::toString() const
{
    return key.isEmpty() ? message : u"%1: %2"_s.arg(key, message);
}

namespace {

QString jsonTypeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null: return u"null"_s;
    case QJsonValue::Bool: return u"a boolean"_s;
    case QJsonValue::Double: return u"a number"_s;
    case QJsonValue::String: return u"a string"_s;
    case QJsonValue::Array: return u"an array"_s;
    case QJsonValue::Object: return u"an object"_s;
    case QJsonValue::Undefined: break;
    }
    return u"nothing"_s;
}

const QStringList &requiredKeys()
{
    static const QStringList keys {u"ti"_s, u"ci"_s, u"cs"_s, u"iu"_s, u"pu"_s, u"ot"_s};
    return keys;
}

// The service account: both or neither (neither: the client_credentials grant).
const QStringList &serviceAccountKeys()
{
    static const QStringList keys {u"saak"_s, u"sask"_s};
    return keys;
}

const QStringList &knownKeys()
{
    static const QStringList keys = requiredKeys() + serviceAccountKeys()
        + QStringList {u"cn"_s, u"oa"_s, u"or"_s, u"ev"_s, u"dt"_s, u"v"_s, u"sc"_s, u"ru"_s};
    return keys;
}

// Checks a base URL key: absolute, http(s), https unless the host is loopback.
bool checkUrl(const QString &key, const QString &value, IonApiError *error)
{
    const QUrl url(value, QUrl::StrictMode);
    auto fail = [&](const QString &message) {
        if (error)
            *error = {key, message};
        return false;
    };
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return fail(IonApiFile::tr("\"%1\" is not an absolute URL such as https://host/").arg(value));
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https"_s)
        return true;
    if (scheme == u"http"_s) {
        if (IonApiFile::isLoopbackHost(url.host()))
            return true;
        return fail(IonApiFile::tr("uses http:// for %1; only https:// is allowed except for a loopback "
                                   "address (the local sandbox)")
                        .arg(url.host()));
    }
    return fail(IonApiFile::tr("has the scheme \"%1\"; use https://").arg(scheme));
}

// A path key (ot, oa, or) is appended to pu: it must be relative and stay below pu (a token
// endpoint that climbs out of pu could send the client's secrets elsewhere on the host).
bool checkPath(const QString &key, const QString &value, IonApiError *error)
{
    auto fail = [&](const QString &message) {
        if (error)
            *error = {key, message};
        return false;
    };
    if (value.contains(u"://"_s) || value.startsWith(u'/'))
        return fail(IonApiFile::tr("must be a path relative to pu, such as token.oauth2, not \"%1\"").arg(value));
    const QString decoded = QUrl::fromPercentEncoding(value.toUtf8()).replace(u'\\', u'/');
    const QStringList segments = decoded.split(u'/');
    if (segments.contains(u".."_s))
        return fail(IonApiFile::tr("must stay below pu; \"%1\" climbs out of it with \"..\"").arg(value));
    return true;
}

// JSON allows a key twice and Qt keeps the last one silently: a file with two Service URLs
// would be read as whichever comes last. Returns the first top-level key seen twice.
QString duplicateTopLevelKey(const QByteArray &json)
{
    QSet<QString> seen;
    int depth = 0;
    bool expectKey = false;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == '{' || c == '[') {
            ++depth;
            expectKey = c == '{' && depth == 1;
        } else if (c == '}' || c == ']') {
            --depth;
        } else if (c == ',' && depth == 1) {
            expectKey = true;
        } else if (c == '"') {
            const qsizetype start = i;
            for (++i; i < json.size() && json.at(i) != '"'; ++i) {
                if (json.at(i) == '\\')
                    ++i;
            }
            if (depth == 1 && expectKey) {
                expectKey = false;
                // Decoded by the JSON parser itself, so "t\u0069" and "ti" are the same key.
                const QJsonArray key = QJsonDocument::fromJson('[' + json.mid(start, i - start + 1) + ']').array();
                const QString name = key.at(0).toString();
                if (seen.contains(name))
                    return name;
                seen.insert(name);
            }
        }
    }
    return {};
}

// A control character in a value would be printed raw to a terminal (escape sequences) and
// is never part of a real .ionapi file. Returns the first one found, or a null QChar.
QChar controlCharacterIn(const QJsonValue &value)
{
    if (value.isString()) {
        for (const QChar c : value.toString()) {
            if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
                return c;
        }
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray()) {
            if (const QChar c = controlCharacterIn(v); !c.isNull())
                return c;
        }
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (const QChar c = controlCharacterIn(*it); !c.isNull())
                return c;
        }
    }
    return {};
}

} // namespace

bool IonApiFile::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

std::optional<IonApiFile> IonApiFile::parse(const QByteArray &rawData, IonApiError *error)
{
    auto fail = [&](const QString &key, const QString &message) -> std::optional<IonApiFile> {
        if (error)
            *error = {key, message};
        return std::nullopt;
    };
    if (rawData.size() > MaxFileSize)
        return fail({}, tr("The file is %1 bytes; a .ionapi file is a few hundred bytes and at most %2. "
                           "Check that you picked the file downloaded from ION API > Authorized Apps.")
                            .arg(rawData.size())
                            .arg(MaxFileSize));
    QByteArray data = rawData;
    if (data.startsWith("\xEF\xBB\xBF")) // Windows editors add a UTF-8 byte-order mark.
        data.remove(0, 3);
    if (data.trimmed().isEmpty())
        return fail({}, tr("The file is empty."));

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail({}, tr("The file is not valid JSON (%1 at byte %2). A .ionapi file is one JSON object.")
                            .arg(parseError.errorString())
                            .arg(parseError.offset));
    if (!doc.isObject())
        return fail({}, tr("The file holds JSON but not an object; a .ionapi file is one JSON object "
                           "with keys such as ti, ci, cs, iu, pu."));
    const QJsonObject obj = doc.object();
    if (const QString key = duplicateTopLevelKey(data); !key.isEmpty())
        return fail(key, tr("appears twice; a .ionapi file names each key once. Download the file again "
                            "rather than editing it."));
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        if (const QChar c = controlCharacterIn(*it); !c.isNull())
            return fail(it.key(), tr("contains the control character U+%1, which no .ionapi file has. "
                                     "Download the file again.")
                                      .arg(QString::number(c.unicode(), 16).rightJustified(4, u'0').toUpper()));
    }

    for (const QString &key : requiredKeys()) {
        if (!obj.contains(key))
            return fail(key, tr("is missing; a .ionapi file has ti, ci, cs, iu, pu and ot. Download it again from "
                                "ION API Gateway (Authorized Apps, Download Credentials)."));
    }
    const bool hasAccessKey = obj.contains(u"saak"_s);
    const bool hasSecretKey = obj.contains(u"sask"_s);
    if (hasAccessKey != hasSecretKey)
        return fail(hasAccessKey ? u"sask"_s : u"saak"_s,
                    tr("is missing while %1 is there; a service account has both keys. Download the file again with "
                       "\"Create Service Account\" switched on.").arg(hasAccessKey ? u"saak"_s : u"sask"_s));
    if (!hasAccessKey && obj.contains(u"ru"_s))
        return fail(u"ru"_s, tr("names a redirect URL and the file has no service account: it belongs to a Web "
                                "application, which signs a person in through a browser. A tool that sends and "
                                "reads documents on its own needs a Backend Service app (download its credentials "
                                "with \"Create Service Account\" switched on) or an app with the Client Credentials "
                                "grant type."));
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const QString &key = it.key();
        if (!knownKeys().contains(key))
            continue;
        const bool wantObject = key == u"sc"_s;
        const bool ok = wantObject ? it->isObject() : it->isString();
        if (!ok)
            return fail(key, tr("must be %1, found %2").arg(wantObject ? u"an object"_s : u"a string"_s,
                                                            jsonTypeName(*it)));
        if (!wantObject && (requiredKeys().contains(key) || serviceAccountKeys().contains(key))
            && it->toString().trimmed().isEmpty())
            return fail(key, tr("is empty"));
    }

    IonApiFile f;
    auto str = [&](const char *key) { return obj.value(QLatin1String(key)).toString().trimmed(); };
    f.tenantId = str("ti");
    f.applicationName = str("cn");
    f.clientId = str("ci");
    f.clientSecret = str("cs");
    f.gatewayUrl = str("iu");
    f.authServerUrl = str("pu");
    f.authorizePath = str("oa");
    f.tokenPath = str("ot");
    f.revokePath = str("or");
    f.accessKey = str("saak");
    f.secretKey = str("sask");
    f.version = str("v");

    if (!checkUrl(u"iu"_s, f.gatewayUrl, error) || !checkUrl(u"pu"_s, f.authServerUrl, error))
        return std::nullopt;
    if (!checkPath(u"ot"_s, f.tokenPath, error) || !checkPath(u"oa"_s, f.authorizePath, error)
        || !checkPath(u"or"_s, f.revokePath, error))
        return std::nullopt;
    if (f.tenantId.contains(u'/') || f.tenantId.contains(u' '))
        return fail(u"ti"_s, tr("\"%1\" is not a tenant id (no slashes or spaces)").arg(f.tenantId));

    while (f.gatewayUrl.endsWith(u'/'))
        f.gatewayUrl.chop(1);
    if (!f.authServerUrl.endsWith(u'/')) {
        f.authServerUrl += u'/';
        f.warnings << tr("pu did not end with '/'; one was added so that pu + ot is a valid URL.");
    }
    if (f.revokePath.isEmpty())
        f.warnings << tr("or (revoke path) is missing; tokens cannot be revoked when the connection is deleted.");
    if (f.usesClientCredentials())
        f.warnings << tr("no service account (saak, sask): the app signs in as itself with the client_credentials "
                         "grant.");
    if (!f.clientId.startsWith(f.tenantId + u'~'))
        f.warnings << tr("ci does not start with \"%1~\" as Infor client ids do.").arg(f.tenantId);

    for (auto it = obj.begin(); it != obj.end(); ++it) {
        if (!knownKeys().contains(it.key()))
            f.unknownKeys << it.key();
    }
    qCDebug(lcIonApi) << "parsed .ionapi for tenant" << f.tenantId << "unknown keys" << f.unknownKeys;
    return f;
}

std::optional<IonApiFile> IonApiFile::load(const QString &path, IonApiError *error)
{
    QFile file(path);
    if (QFileInfo(path).size() > MaxFileSize) {
        if (error)
            *error = {{}, tr("%1 is %2 bytes; a .ionapi file is at most %3 bytes.")
                              .arg(QFileInfo(path).fileName())
                              .arg(QFileInfo(path).size())
                              .arg(MaxFileSize)};
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = {{}, tr("Cannot read %1: %2").arg(path, file.errorString())};
        return std::nullopt;
    }
    return parse(file.read(MaxFileSize + 1), error);
}

QByteArray IonApiFile::toJson() const
{
    QJsonObject o {{u"ti"_s, tenantId},      {u"cn"_s, applicationName}, {u"dt"_s, u"12"_s},
                   {u"ci"_s, clientId},      {u"cs"_s, clientSecret},    {u"iu"_s, gatewayUrl},
                   {u"pu"_s, authServerUrl}, {u"oa"_s, authorizePath},   {u"ot"_s, tokenPath},
                   {u"or"_s, revokePath},    {u"ev"_s, u"U00000000"_s}, {u"v"_s, version.isEmpty() ? u"1.1"_s : version},
                   {u"sc"_s, QJsonObject {}}};
    if (!usesClientCredentials()) {
        o.insert(u"saak"_s, accessKey);
        o.insert(u"sask"_s, secretKey);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QUrl IonApiFile::serviceUrl() const
{
    return QUrl(gatewayUrl + u'/' + tenantId);
}

QUrl IonApiFile::tokenEndpoint() const
{
    return QUrl(authServerUrl + tokenPath);
}

QUrl IonApiFile::revokeEndpoint() const
{
    return revokePath.isEmpty() ? QUrl() : QUrl(authServerUrl + revokePath);
}

QUrl IonApiFile::dataHubTokenUrl() const
{
    QString url = authServerUrl;
    if (url.endsWith(u"/as/"_s))
        url.chop(3);
    return QUrl(url);
}

IonApiFile::Style IonApiFile::style() const
{
    if (authServerUrl.endsWith(u"/as/"_s) && tokenPath == u"token.oauth2"_s)
        return Style::Cloud;
    if (authServerUrl.contains(u"InforIntSTS"_s, Qt::CaseInsensitive) || tokenPath == u"connect/token"_s)
        return Style::OnPremises;
    return Style::Other;
}

QList<IonApiField> IonApiFile::describe() const
{
    return {
        {u"serviceUrl"_s, tr("Service URL"), serviceUrl().toString(), tr("iu + \"/\" + ti"), false},
        {u"tokenUrl"_s, tr("Token URL"), dataHubTokenUrl().toString(),
         style() == Style::Cloud ? tr("pu without its trailing \"as/\"") : tr("pu"), false},
        {u"tokenEndpoint"_s, tr("Token endpoint"), tokenEndpoint().toString(), tr("pu + ot"), false},
        {u"revokeEndpoint"_s, tr("Revoke endpoint"), revokeEndpoint().toString(), tr("pu + or"), false},
        {u"tenant"_s, tr("Tenant"), tenantId, tr("ti"), false},
        {u"application"_s, tr("Application"), applicationName, tr("cn"), false},
        {u"grant"_s, tr("Grant"), usesClientCredentials() ? u"client_credentials"_s : u"password"_s,
         usesClientCredentials() ? tr("no saak/sask in the file") : tr("saak and sask in the file"), false},
        {u"username"_s, tr("Username"), accessKey, tr("saak (service account access key)"), true},
        {u"password"_s, tr("Password"), secretKey, tr("sask (service account secret key)"), true},
        {u"clientId"_s, tr("Client ID"), clientId, tr("ci"), true},
        {u"clientSecret"_s, tr("Client Secret"), clientSecret, tr("cs"), true},
    };
}
