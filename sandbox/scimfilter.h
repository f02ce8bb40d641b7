// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

// The SCIM filter expressions of RFC 7644 section 3.4.2.2 that the sandbox serves: attribute
// paths (with sub-attributes; multi-valued attributes match when any value does), eq ne co sw
// ew gt ge lt le pr, and, or, not, parentheses. Strings compare without case (RFC 7643 makes
// userName caseExact false).
class ScimFilter
{
public:
    static std::optional<ScimFilter> parse(const QString &text, QString *error);
    bool matches(const QJsonObject &resource) const;

    struct Node;

private:
    std::shared_ptr<const Node> m_root;
};
