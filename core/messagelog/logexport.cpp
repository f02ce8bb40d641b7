// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagelog/logexport.h"

#include "messagelog/messagelogstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("LogExport", text);
}

QByteArray csvField(const QString &value)
{
    // RFC 4180: quote when a separator, quote or line break is inside; double the quotes.
    QByteArray v = value.toUtf8();
    if (v.contains(',') || v.contains('"') || v.contains('\n') || v.contains('\r'))
        v = '"' + v.replace("\"", "\"\"") + '"';
    return v;
}
} // namespace

QByteArray LogExport::toCsv(const QList<LogMessage> &messages)
{
    const QStringList keys {u"message_date"_s, u"exception_type"_s, u"status"_s, u"document_type"_s, u"direction"_s,
                            u"from_logical_id"_s, u"to_logical_id"_s, u"document_id"_s, u"accounting_entity"_s,
                            u"location"_s, u"error_code"_s, u"error_text"_s, u"message_id"_s, u"size"_s};
    QByteArray out = keys.join(u',').toUtf8() + "\r\n";
    for (const LogMessage &m : messages) {
        const QJsonObject o = m.toJson();
        QByteArrayList fields;
        for (const QString &k : keys)
            fields << csvField(o.value(k).isDouble() ? QString::number(o.value(k).toInteger()) : o.value(k).toString());
        out += fields.join(',') + "\r\n";
    }
    return out;
}

QByteArray LogExport::toJson(const QList<Entry> &entries)
{
    QJsonArray list;
    for (const Entry &e : entries) {
        QJsonObject o = e.message.toJson();
        if (!e.payload.isEmpty()) {
            // A payload is exported byte for byte: as text when it is UTF-8, else (a Latin-1
            // BOD, a stray byte) in base64, so that an import gets back exactly what failed.
            QStringDecoder utf8(QStringDecoder::Utf8);
            const QString text = utf8.decode(e.payload);
            if (utf8.hasError())
                o.insert(u"payloadBase64"_s, QString::fromLatin1(e.payload.toBase64()));
            else
                o.insert(u"payload"_s, text);
        }
        QJsonArray events;
        for (const LogEvent &ev : e.events)
            events.append(QJsonObject {{u"time"_s, ev.time.toUTC().toString(Qt::ISODateWithMs)},
                                       {u"event"_s, ev.event},
                                       {u"detail"_s, ev.detail}});
        o.insert(u"events"_s, events);
        list.append(o);
    }
    return QJsonDocument(QJsonObject {{u"format"_s, QString::fromLatin1(Format)}, {u"version"_s, 1}, {u"messages"_s, list}})
        .toJson(QJsonDocument::Indented);
}

std::optional<QList<LogExport::Entry>> LogExport::fromJson(const QByteArray &json, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (json.size() > MaxImportBytes)
        return fail(tr("The file is larger than 1 GB."));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull())
        return fail(tr("The file is not JSON: %1 at offset %2.").arg(parseError.errorString()).arg(parseError.offset));
    const QJsonObject root = doc.object();
    if (root.value(u"format"_s).toString() != QLatin1String(Format))
        return fail(tr("The file is not a message export of ION Workbench (\"format\" is not \"%1\").")
                        .arg(QLatin1String(Format)));
    if (root.value(u"version"_s).toInt() != 1)
        return fail(tr("Version %1 of the export format is not known.").arg(root.value(u"version"_s).toInt()));
    QList<Entry> entries;
    const QJsonArray list = root.value(u"messages"_s).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        Entry e;
        e.message = LogMessage::fromJson(o);
        if (e.message.messageId.isEmpty() || !e.message.messageDate.isValid())
            return fail(tr("Message %1 has no message_id or no valid message_date.").arg(i + 1));
        e.payload = o.contains(u"payloadBase64"_s)
            ? QByteArray::fromBase64(o.value(u"payloadBase64"_s).toString().toLatin1())
            : o.value(u"payload"_s).toString().toUtf8();
        for (const QJsonValue &v : o.value(u"events"_s).toArray())
            e.events.append({QDateTime::fromString(v[u"time"_s].toString(), Qt::ISODateWithMs), v[u"event"_s].toString(),
                             v[u"detail"_s].toString()});
        entries.append(e);
    }
    return entries;
}

bool LogExport::importInto(MessageLogStore *store, const QList<Entry> &entries, QString *error)
{
    QList<LogMessage> messages;
    QList<Entry> fresh;
    for (const Entry &e : entries) {
        messages << e.message;
        if (!store->message(e.message.messageId))
            fresh << e;
    }
    if (!store->upsert(messages, error))
        return false;
    for (const Entry &e : entries) {
        if (!e.payload.isEmpty())
            store->setPayload(e.message.messageId, e.payload);
    }
    for (const Entry &e : fresh) { // events only for messages new here: no doubled events
        for (const LogEvent &ev : e.events)
            store->addEvent(e.message.messageId, ev);
    }
    return true;
}

bool LogExport::writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path); // all or nothing: never half an export
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = tr("%1 could not be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

qsizetype LogExport::importFile(const QString &path, MessageLogStore *store, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be read: %2").arg(path, file.errorString());
        return -1;
    }
    if (file.size() > MaxImportBytes) {
        *error = tr("%1 is larger than 1 GB.").arg(path);
        return -1;
    }
    const auto entries = fromJson(file.readAll(), error);
    if (!entries || !importInto(store, *entries, error))
        return -1;
    return entries->size();
}
