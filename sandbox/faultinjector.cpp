// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultinjector.h"

using namespace Qt::StringLiterals;

QJsonObject FaultInjector::Settings::toJson() const
{
    return {{u"latencyMs"_s, latencyMs}, {u"errorRate"_s, errorRate}, {u"dropRate"_s, dropRate},
            {u"lostAnswerRate"_s, lostAnswerRate}, {u"intakeLatencyMs"_s, intakeLatencyMs},
            {u"tokenFaultRate"_s, tokenFaultRate}};
}

FaultInjector::Settings FaultInjector::Settings::fromJson(const QJsonObject &json, const Settings &base)
{
    Settings s = base;
    s.latencyMs = qBound(0, json.value(u"latencyMs"_s).toInt(base.latencyMs), 600'000);
    s.errorRate = qBound(0.0, json.value(u"errorRate"_s).toDouble(base.errorRate), 1.0);
    s.dropRate = qBound(0.0, json.value(u"dropRate"_s).toDouble(base.dropRate), 1.0);
    s.lostAnswerRate = qBound(0.0, json.value(u"lostAnswerRate"_s).toDouble(base.lostAnswerRate), 1.0);
    s.intakeLatencyMs = qBound(0, json.value(u"intakeLatencyMs"_s).toInt(base.intakeLatencyMs), 600'000);
    s.tokenFaultRate = qBound(0.0, json.value(u"tokenFaultRate"_s).toDouble(base.tokenFaultRate), 1.0);
    return s;
}

FaultInjector::FaultInjector(quint32 seed)
    : m_random(seed ? seed : QRandomGenerator::global()->generate())
{
}

FaultInjector::Action FaultInjector::next()
{
    const double roll = m_random.generateDouble();
    if (roll < m_settings.dropRate)
        return Action::Drop;
    if (roll < m_settings.dropRate + m_settings.lostAnswerRate)
        return Action::LoseAnswer;
    if (roll < m_settings.dropRate + m_settings.lostAnswerRate + m_settings.errorRate) {
        switch (m_random.bounded(4)) {
        case 0: return Action::Fail500;
        case 1: return Action::Fail502;
        case 2: return Action::Fail503;
        default: return Action::Fail504;
        }
    }
    return Action::Pass;
}

FaultInjector::Action FaultInjector::nextForToken()
{
    const Action general = next();
    if (general != Action::Pass || m_random.generateDouble() >= m_settings.tokenFaultRate)
        return general;
    switch (m_random.bounded(3)) {
    case 0: return Action::TokenBadGateway;
    case 1: return Action::TokenHtmlPage;
    default: return Action::TokenCutOff;
    }
}

int FaultInjector::status(Action action) const
{
    switch (action) {
    case Action::Fail500: return 500;
    case Action::Fail502: return 502;
    case Action::Fail503: return 503;
    case Action::Fail504: return 504;
    case Action::TokenBadGateway: return 502;
    default: return 200;
    }
}
