// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's SCIM filter grammar (a query parameter from any SCIM client), matched against
// a user with every attribute type.
#include "fuzzinput.h"
#include "scimfilter.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

IONWB_FUZZ_TARGET
{
    static const QJsonObject user {
        {u"userName"_s, u"anna@example.com"_s},
        {u"active"_s, true},
        {u"name"_s, QJsonObject {{u"givenName"_s, u"Anna"_s}, {u"familyName"_s, u"Berg"_s}}},
        {u"emails"_s, QJsonArray {QJsonObject {{u"value"_s, u"anna@example.com"_s}, {u"primary"_s, true}}}},
        {u"meta"_s, QJsonObject {{u"lastModified"_s, u"2026-01-02T03:04:05Z"_s}}},
        {u"x"_s, 42}};
    QString error;
    if (const auto filter = ScimFilter::parse(fuzzText(data, size), &error))
        (void)filter->matches(user);
    return 0;
}
