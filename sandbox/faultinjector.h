// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QRandomGenerator>

// Decides, request by request, whether the sandbox misbehaves: added latency, a share of
// 500/503/504 answers, dropped connections. Changeable while the sandbox runs.
class FaultInjector
{
public:
    struct Settings
    {
        int latencyMs = 0;
        double errorRate = 0; // share of requests answered 500, 503 or 504
        double dropRate = 0;  // share of connections closed without an answer
        double lostAnswerRate = 0; // share of requests carried out whose answer is then lost
        int intakeLatencyMs = 0;   // extra latency for messages sent to IMS only (a slow intake)
        QJsonObject toJson() const;
        static Settings fromJson(const QJsonObject &json, const Settings &base);
    };
    enum class Action { Pass, Fail500, Fail503, Fail504, Drop, LoseAnswer };

    explicit FaultInjector(quint32 seed = 0);
    void setSettings(const Settings &settings) { m_settings = settings; }
    const Settings &settings() const { return m_settings; }
    Action next();
    int status(Action action) const;

private:
    Settings m_settings;
    QRandomGenerator m_random;
};
