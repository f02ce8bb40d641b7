// SPDX-License-Identifier: GPL-3.0-or-later
#include "flowcommands.h"

#include "exitcode.h"
#include "routing/flowdiagnosis.h"
#include "routing/flowfilter.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 MaxFileBytes = 256LL * 1024 * 1024;

std::optional<QByteArray> readFile(const QString &path)
{
    QFile f(path);
    if (path.isEmpty() || !f.open(QIODevice::ReadOnly) || f.size() > MaxFileBytes) {
        QTextStream(stderr) << (path.isEmpty() ? u"no file given"_s
                                : f.size() > MaxFileBytes ? u"%1 is larger than 256 MB"_s.arg(path)
                                                          : u"%1 cannot be read: %2"_s.arg(path, f.errorString()))
                            << '\n';
        return std::nullopt;
    }
    return f.readAll();
}

QJsonObject conditionJson(const FlowFilter::Condition &c, const FlowFilter::ConditionResult &r)
{
    QJsonArray reps;
    for (const FlowFilter::Repetition &rep : r.repetitions)
        reps.append(QJsonObject {{u"line"_s, rep.line}, {u"value"_s, rep.value}, {u"holds"_s, rep.holds}});
    return {{u"condition"_s, c.text()}, {u"holds"_s, r.holds}, {u"found"_s, r.found}, {u"repetitions"_s, reps}};
}

// Untranslated, for scripts.
QString verdictKey(FlowDiagnosis::Verdict v)
{
    using V = FlowDiagnosis::Verdict;
    return v == V::Pass ? u"pass"_s : v == V::Warning ? u"warning"_s : v == V::Fail ? u"fail"_s : u"not-checked"_s;
}

void printConditions(QTextStream &out, const FlowFilter &filter, const FlowFilter::Result &r)
{
    for (qsizetype i = 0; i < r.conditions.size(); ++i) {
        const auto &c = r.conditions[i];
        out << (c.holds ? "holds    " : "no       ") << filter.conditions()[i].text() << "  (" << c.found << " found)\n";
        for (const FlowFilter::Repetition &rep : c.repetitions)
            out << "    line " << rep.line << ": " << (rep.holds ? "match  " : "       ") << '"' << rep.value << "\"\n";
    }
    for (const QString &path : r.pathsMatchingNothing)
        out << "warning: " << path << " matches nothing in this BOD; the condition can never hold\n";
}
} // namespace

int FlowCommands::test(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Evaluates a document-flow filter on a BOD as ION does."_s);
    parser.addHelpOption();
    parser.addOption({u"bod"_s, u"The BOD file."_s, u"file"_s});
    parser.addOption({u"filter"_s, u"The condition, e.g. \"DataArea/SalesOrder/SalesOrderLine/Item/ItemID starts with 'A-'\"."_s,
                      u"condition"_s});
    parser.addOption({u"json"_s, u"Machine-readable result."_s});
    parser.process(arguments);
    QString error;
    const auto filter = FlowFilter::parse(parser.value(u"filter"_s), &error);
    if (!filter || filter->isEmpty()) {
        QTextStream(stderr) << "bad condition: " << (filter ? u"it is empty"_s : error) << '\n';
        return BadInput;
    }
    const auto bod = readFile(parser.value(u"bod"_s));
    if (!bod)
        return BadInput;
    const FlowFilter::Result r = filter->evaluate(*bod);
    if (!r.readable) {
        QTextStream(stderr) << "the BOD cannot be read: " << r.error << '\n';
        return BadInput;
    }
    QTextStream out(stdout);
    if (parser.isSet(u"json"_s)) {
        QJsonArray conditions;
        for (qsizetype i = 0; i < r.conditions.size(); ++i)
            conditions.append(conditionJson(filter->conditions()[i], r.conditions[i]));
        out << QJsonDocument(QJsonObject {{u"passes"_s, r.passes}, {u"conditions"_s, conditions},
                                          {u"pathsMatchingNothing"_s, QJsonArray::fromStringList(r.pathsMatchingNothing)}})
                   .toJson();
    } else {
        out << (r.passes ? "passes" : "filtered out") << '\n';
        printConditions(out, *filter, r);
    }
    return r.passes ? Ok : Failed;
}

int FlowCommands::diagnose(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Explains whether and why a BOD reaches its receiver, step by step."_s);
    parser.addHelpOption();
    parser.addOption({u"routing"_s, u"The tenant's routing as JSON (connection points, document flows)."_s, u"file"_s});
    parser.addOption({u"bod"_s, u"The BOD file."_s, u"file"_s});
    parser.addOption({u"from"_s, u"The sender's logical id (default: the BOD's Sender/LogicalID)."_s, u"lid"_s});
    parser.addOption({u"to"_s, u"The receiver's logical id (default: lid://default, wherever ION routes it)."_s, u"lid"_s});
    parser.addOption({u"json"_s, u"Machine-readable result."_s});
    parser.process(arguments);
    const auto routingFile = readFile(parser.value(u"routing"_s));
    const auto bod = routingFile ? readFile(parser.value(u"bod"_s)) : std::nullopt;
    if (!routingFile || !bod)
        return BadInput;
    QString error;
    const auto routing = TenantRouting::fromJson(QJsonDocument::fromJson(*routingFile).object(), &error);
    if (!routing) {
        QTextStream(stderr) << "bad routing file: " << error << '\n';
        return BadInput;
    }
    const FlowDiagnosis d = FlowDiagnosis::run(*routing, {*bod, {}, parser.value(u"from"_s), parser.value(u"to"_s), std::nullopt});
    QTextStream out(stdout);
    if (parser.isSet(u"json"_s)) {
        QJsonArray steps;
        for (const auto &s : d.steps)
            steps.append(QJsonObject {{u"verdict"_s, verdictKey(s.verdict)}, {u"check"_s, s.title},
                                      {u"evidence"_s, s.evidence}});
        out << QJsonDocument(QJsonObject {{u"arrives"_s, d.arrives}, {u"deliveredTo"_s, QJsonArray::fromStringList(d.deliveredTo)},
                                          {u"summary"_s, d.summary}, {u"steps"_s, steps}})
                   .toJson();
    } else {
        for (const auto &s : d.steps) {
            out << qSetFieldWidth(12) << Qt::left << FlowDiagnosis::verdictName(s.verdict) << qSetFieldWidth(0) << s.title << '\n';
            for (const QString &line : s.evidence.split(u'\n'))
                out << "            " << line << '\n';
        }
    }
    return d.arrives ? Ok : Failed;
}
