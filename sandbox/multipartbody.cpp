// SPDX-License-Identifier: GPL-3.0-or-later
#include "multipartbody.h"

#include <QList>

std::optional<QHash<QByteArray, QByteArray>> MultipartBody::parse(const QByteArray &contentType, const QByteArray &body)
{
    if (!contentType.toLower().startsWith("multipart/form-data"))
        return std::nullopt;
    QByteArray boundary;
    for (const QByteArray &param : contentType.split(';')) {
        const QByteArray p = param.trimmed();
        if (p.toLower().startsWith("boundary="))
            boundary = p.mid(9);
    }
    if (boundary.startsWith('"') && boundary.endsWith('"'))
        boundary = boundary.mid(1, boundary.size() - 2);
    if (boundary.isEmpty())
        return std::nullopt;
    const QByteArray delimiter = "--" + boundary;
    QHash<QByteArray, QByteArray> parts;
    qsizetype pos = body.indexOf(delimiter);
    if (pos < 0)
        return std::nullopt;
    while (true) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            return parts; // the closing delimiter
        if (body.mid(pos, 2) != "\r\n")
            return std::nullopt;
        pos += 2;
        const qsizetype headerEnd = body.indexOf("\r\n\r\n", pos);
        if (headerEnd < 0)
            return std::nullopt;
        QByteArray name;
        for (const QByteArray &line : body.mid(pos, headerEnd - pos).split('\n')) {
            const QByteArray l = line.trimmed();
            if (!l.toLower().startsWith("content-disposition:"))
                continue;
            const qsizetype n = l.indexOf("name=\"");
            if (n >= 0)
                name = l.mid(n + 6, l.indexOf('"', n + 6) - n - 6);
        }
        const qsizetype next = body.indexOf(QByteArray("\r\n" + delimiter), headerEnd + 4);
        if (next < 0 || name.isEmpty())
            return std::nullopt;
        parts.insert(name, body.mid(headerEnd + 4, next - headerEnd - 4));
        pos = next + 2;
    }
}
