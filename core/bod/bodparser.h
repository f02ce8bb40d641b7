// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bod/bod.h"

#include <QByteArray>

// Reads a BOD with QXmlStreamReader in one pass: facts, outline and problems, each with its
// line. Safe on hostile input: a DOCTYPE (the door to entity bombs and external entities) is
// refused before any entity is read, nesting depth and size are bounded.
class BodParser
{
    Q_DECLARE_TR_FUNCTIONS(BodParser)
public:
    struct Limits
    {
        qint64 maxBytes = 200LL * 1024 * 1024;
        int maxDepth = 256;
    };
    static BodDocument parse(const QByteArray &xml, const Limits &limits);
    static BodDocument parse(const QByteArray &xml) { return parse(xml, Limits {}); }
    static BodDocument parseFile(const QString &path, const Limits &limits);
    static BodDocument parseFile(const QString &path) { return parseFile(path, Limits {}); }

    static QString oagisNamespace();
    static QStringList knownVerbs();
    // The action codes DOMAIN.md lists for a verb; empty when the verb has no rule.
    static QStringList allowedActionCodes(const QString &verb);
};
