// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

class MessageLogStore;
class TenantRouting;

// A month of realistic message-log traffic, the same for the same seed: FSM and M3 document
// types between four connection points, with the failures people meet (schema errors, No
// Route, Filtered Out, Size Over Limit, bursts of 503 from a target). Each BOD is built to meet
// one of them, and the outcome the log shows is what the sandbox's validation and routing
// decide for it, so "Why?…" agrees with the log on every demo message.
namespace DemoData {
// The window's demo: a month of traffic to triage.
inline constexpr int windowDemoMessages = 50000;
struct Options
{
    quint32 seed = 1;
    int messages = 50000;
    int days = 30;
    QDateTime end; // invalid: now
    QString tenant = QStringLiteral("SANDBOX_TST");
    bool payloads = true; // false: log entries only (benchmarks with a million rows)
    const TenantRouting *routing = nullptr; // whose decisions the log shows; null: the sandbox's default
};
bool generate(MessageLogStore *store, const Options &options, QString *error);
}
