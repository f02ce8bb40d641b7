// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

struct HttpOutcome;
struct OAuthError;

// Turns a failure into the sentence a person needs: what is wrong and what to check.
class TestAdvice
{
    Q_DECLARE_TR_FUNCTIONS(TestAdvice)
public:
    static QString forNetwork(const HttpOutcome &outcome, const QString &hostPort, int timeoutSeconds);
    static QString forToken(const OAuthError &error, int timeoutSeconds);
    static QString forApi(const HttpOutcome &outcome, int timeoutSeconds);
};
