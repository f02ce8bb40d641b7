// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QRandomGenerator>

// Decides, request by request, whether the sandbox misbehaves: added latency, a share of
// 500/502/503/504 answers, dropped connections, and a token endpoint under load. Changeable while the sandbox runs.
class FaultInjector
{
public:
    struct Settings
    {
        int latencyMs = 0;
        double errorRate = 0; // share of requests answered 500, 502, 503 or 504
        double dropRate = 0;  // share of connections closed without an answer
        double lostAnswerRate = 0; // share of requests carried out whose answer is then lost
        int intakeLatencyMs = 0;   // extra latency for messages sent to IMS only (a slow intake)
        // Share of token requests answered as a gateway under load answers them: 502 with an
        // HTML page, 200 with an HTML page instead of JSON, or a 200 cut off mid-body.
        double tokenFaultRate = 0;
        QJsonObject toJson() const;
        static Settings fromJson(const QJsonObject &json, const Settings &base);
    };
    enum class Action { Pass, Fail500, Fail502, Fail503, Fail504, Drop, LoseAnswer, TokenBadGateway, TokenHtmlPage, TokenCutOff };

    explicit FaultInjector(quint32 seed = 0);
    void setSettings(const Settings &settings) { m_settings = settings; }
    const Settings &settings() const { return m_settings; }
    Action next();
    Action nextForToken(); // next(), then the token endpoint's own faults
    int status(Action action) const;

private:
    Settings m_settings;
    QRandomGenerator m_random;
};
