// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/redaction.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

QString Redaction::mask(const QString &secret)
{
    if (secret.isEmpty())
        return u"(empty)"_s;
    return u"••••••••"_s;
}

QString Redaction::scrub(const QString &text)
{
    static const QRegularExpression params(
        uR"(((?:password|client_secret|access_token|refresh_token|token|sask|cs)["']?\s*[=:]\s*["']?)[^&\s"',}]+)"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression auth(uR"((Authorization:\s*(?:Bearer|Basic)\s+)\S+)"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    out.replace(params, u"\\1[redacted]"_s);
    out.replace(auth, u"\\1[redacted]"_s);
    return out;
}
