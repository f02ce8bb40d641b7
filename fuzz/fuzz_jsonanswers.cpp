// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON answers the clients read: an OAuth token or error answer, a OneView page of the
// message log (each entry through LogMessage::fromJson), a SCIM list.
#include "fuzzinput.h"
#include "ion/oauthsession.h"
#include "messagelog/logmessage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

IONWB_FUZZ_TARGET
{
    HttpOutcome outcome;
    outcome.kind = HttpOutcome::Kind::HttpError;
    outcome.httpStatus = 400;
    outcome.body = fuzzBytes(data, size);
    (void)OAuthError::fromAnswer(outcome).summary();
    const QJsonObject json = QJsonDocument::fromJson(outcome.body).object();
    for (const QJsonValue &v : json.value(u"data"_s).toArray())
        (void)LogMessage::fromJson(v.toObject()).toJson();
    for (const QJsonValue &v : json.value(u"Resources"_s).toArray())
        (void)v.toObject().value(u"userName"_s).toString();
    return 0;
}
