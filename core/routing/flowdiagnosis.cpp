// SPDX-License-Identifier: GPL-3.0-or-later
#include "routing/flowdiagnosis.h"

#include "bod/bodparser.h"
#include "ion/ionendpoints.h"

#include <QLocale>

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {
using Verdict = FlowDiagnosis::Verdict;
using Kind = FlowDiagnosis::Kind;

FlowDiagnosis::Step step(Kind kind, Verdict verdict, const QString &title, const QString &evidence)
{
    FlowDiagnosis::Step s;
    s.kind = kind;
    s.verdict = verdict;
    s.title = title;
    s.evidence = evidence;
    return s;
}
} // namespace

bool FlowDiagnosis::isLogicalId(const QString &id)
{
    static const QRegularExpression form(u"^lid://infor\\.[a-z0-9_]+\\.[A-Za-z0-9_.-]+$"_s);
    return id == u"lid://default"_s || form.match(id).hasMatch();
}

QString FlowDiagnosis::verdictName(Verdict v)
{
    switch (v) {
    case Verdict::Pass: return tr("pass");
    case Verdict::Warning: return tr("warning");
    case Verdict::Fail: return tr("fail");
    case Verdict::NotChecked: return tr("not checked");
    }
    return {};
}

FlowDiagnosis FlowDiagnosis::run(const TenantRouting &routing, const Input &input)
{
    FlowDiagnosis d;
    const BodDocument parsed = BodParser::parse(input.bod);
    const BodFacts &facts = parsed.facts;
    const QString type = input.documentType.isEmpty() ? facts.documentName() : input.documentType;
    const QString from = input.from.isEmpty() ? facts.senderLogicalId : input.from;
    const bool anyReceiver = input.to.isEmpty() || input.to == u"lid://default"_s;

    const qint64 size = std::max<qint64>(input.size, input.bod.size());
    const QLocale locale;
    d.steps << step(Kind::SizeLimit, size > IonEndpoints::maxMessageBytes ? Verdict::Fail : Verdict::Pass,
                    tr("The BOD is within ION's size limit (%1)")
                        .arg(locale.formattedDataSize(IonEndpoints::maxMessageBytes, 0, QLocale::DataSizeTraditionalFormat)),
                    size > IonEndpoints::maxMessageBytes
                        ? tr("It is %1 bytes: ION logs it as Size Over Limit and routes nothing. Split the document "
                             "or send less per message.").arg(locale.toString(size))
                        : tr("%1 bytes of %2.").arg(locale.toString(size), locale.toString(IonEndpoints::maxMessageBytes)));
    QStringList errors;
    for (const BodProblem &problem : parsed.problems) {
        if (problem.severity == BodProblem::Severity::Error && errors.size() < 3)
            errors << tr("line %1: %2").arg(problem.line).arg(problem.message);
    }
    d.steps << step(Kind::Valid, errors.isEmpty() ? Verdict::Pass : Verdict::Fail, tr("The BOD passes validation"),
                    errors.isEmpty() ? tr("No errors.")
                                     : tr("ION refuses it before routing (logged as an Error, XML_VALIDATION): %1")
                                           .arg(errors.join(u"; "_s)));

    const ConnectionPoint *sender = routing.point(from);
    d.steps << step(Kind::SenderExists, sender && sender->active ? Verdict::Pass : Verdict::Fail,
                    tr("The sender %1 is a connection point and active").arg(from),
                    !sender ? tr("No connection point has this logical id.")
                            : sender->active ? tr("%1 connection point, active.").arg(sender->type)
                                             : tr("The connection point exists but is not active."));
    const ConnectionPoint *receiver = anyReceiver ? nullptr : routing.point(input.to);
    if (anyReceiver)
        d.steps << step(Kind::ReceiverExists, Verdict::NotChecked, tr("The receiver is a connection point and active"),
                        tr("Sent to lid://default: ION routes it by the document flows."));
    else
        d.steps << step(Kind::ReceiverExists, receiver && receiver->active ? Verdict::Pass : Verdict::Fail,
                        tr("The receiver %1 is a connection point and active").arg(input.to),
                        !receiver ? tr("No connection point has this logical id: the BOD goes nowhere, and no "
                                       "error says so.")
                                  : receiver->active ? tr("%1 connection point, active.").arg(receiver->type)
                                                     : tr("The connection point exists but is not active."));
    QStringList badForms;
    for (const QString &id : {from, input.to}) {
        if (!id.isEmpty() && !isLogicalId(id))
            badForms << id;
    }
    d.steps << step(Kind::LogicalIdForm, badForms.isEmpty() ? Verdict::Pass : Verdict::Fail,
                    tr("The logical ids have the form lid://infor.<type>.<name>"),
                    badForms.isEmpty() ? tr("Both are well formed.") : tr("Not of that form: %1").arg(badForms.join(u", "_s)));
    const bool sends = sender && sender->sends.contains(type);
    d.steps << step(Kind::SenderDocuments, sends ? Verdict::Pass : Verdict::Fail,
                    tr("The sender's Documents tab lists %1 to send").arg(type),
                    !sender ? tr("There is no sender to look at.")
                    : sends ? tr("Listed.")
                            : sender->sends.isEmpty() ? tr("Its Documents tab is empty: it routes nothing, silently.")
                                                      : tr("It sends only: %1").arg(sender->sends.join(u", "_s)));
    if (!anyReceiver) {
        const bool receives = receiver && receiver->receives.contains(type);
        d.steps << step(Kind::ReceiverDocuments, receives ? Verdict::Pass : Verdict::Fail,
                        tr("The receiver's Documents tab lists %1 to receive").arg(type),
                        !receiver ? tr("There is no receiver to look at.")
                        : receives ? tr("Listed.")
                                   : receiver->receives.isEmpty() ? tr("Its Documents tab is empty: it receives nothing.")
                                                                  : tr("It receives only: %1").arg(receiver->receives.join(u", "_s)));
    }

    // The flows that could carry it, and what their filters say.
    QList<const DocumentFlow *> applicable;
    QStringList inactive;
    for (const DocumentFlow &f : routing.flows) {
        if (f.from != from || !f.documentTypes.contains(type) || (!anyReceiver && f.to != input.to))
            continue;
        if (!f.active) {
            inactive << f.name;
            continue;
        }
        const ConnectionPoint *target = routing.point(f.to);
        if (target && target->active && target->receives.contains(type))
            applicable << &f;
        else
            inactive << tr("%1 (its target does not receive it)").arg(f.name);
    }
    QStringList names;
    for (const DocumentFlow *f : applicable)
        names << f->name;
    d.steps << step(Kind::FlowsExist, applicable.isEmpty() ? Verdict::Fail : Verdict::Pass,
                    tr("Active document flows carry %1 from the sender").arg(type),
                    applicable.isEmpty() ? (inactive.isEmpty() ? tr("None.") : tr("None active: %1").arg(inactive.join(u", "_s)))
                                         : names.join(u", "_s) + (inactive.isEmpty() ? QString() : tr("; not active: %1").arg(inactive.join(u", "_s))));
    QStringList passedBy;
    for (const DocumentFlow *f : applicable) {
        Step s;
        s.kind = Kind::Filter;
        s.flow = f->name;
        if (f->filter.isEmpty()) {
            s.verdict = Verdict::Pass;
            s.title = tr("Flow \"%1\" has no filter").arg(f->name);
            s.evidence = tr("Every %1 passes to %2.").arg(type, f->to);
            passedBy << f->name;
            d.deliveredTo << f->to;
            d.steps << s;
            continue;
        }
        s.filter = f->filter.evaluate(input.bod);
        s.title = tr("Flow \"%1\": filter %2").arg(f->name, f->filter.text());
        QStringList lines;
        for (qsizetype i = 0; i < s.filter.conditions.size(); ++i) {
            const FlowFilter::ConditionResult &c = s.filter.conditions[i];
            qsizetype holding = 0;
            for (const FlowFilter::Repetition &r : c.repetitions) {
                if (r.holds) {
                    ++holding;
                    s.lines << r.line;
                }
            }
            lines << tr("%1: %2 (%3 of %4 found hold)")
                         .arg(f->filter.conditions()[i].text(), c.holds ? tr("holds") : tr("does not hold"))
                         .arg(holding)
                         .arg(c.found);
        }
        if (!s.filter.readable)
            lines << s.filter.error;
        for (const QString &path : s.filter.pathsMatchingNothing)
            lines << tr("%1 matches nothing in this BOD: the condition can never hold (the silent drop).").arg(path);
        s.evidence = lines.join(u'\n');
        s.verdict = !s.filter.passes ? Verdict::Fail : s.filter.pathsMatchingNothing.isEmpty() ? Verdict::Pass : Verdict::Warning;
        if (s.filter.passes) {
            passedBy << f->name;
            if (!d.deliveredTo.contains(f->to))
                d.deliveredTo << f->to;
        }
        d.steps << s;
    }
    if (input.acceptedDocuments) {
        const bool accepted = input.acceptedDocuments->contains(type);
        d.steps << step(Kind::AcceptedDocuments, accepted ? Verdict::Pass : Verdict::Fail,
                        tr("IMS acceptedDocuments for %1 includes %2").arg(from, type),
                        accepted ? tr("Included.") : tr("IMS accepts only: %1").arg(input.acceptedDocuments->join(u", "_s)));
    }
    bool blocked = false;
    for (const Step &s : std::as_const(d.steps)) {
        if (s.verdict == Verdict::Fail && s.kind != Kind::Filter)
            blocked = true;
    }
    d.arrives = !blocked && !d.deliveredTo.isEmpty();
    if (!d.arrives)
        d.deliveredTo.clear();
    QString why;
    for (const Step &s : std::as_const(d.steps)) {
        if (why.isEmpty() && s.verdict == Verdict::Fail && s.kind != Kind::Filter)
            why = s.title + u": "_s + s.evidence;
    }
    if (why.isEmpty() && !d.arrives)
        why = tr("every applicable flow's filter stops it");
    d.summary = d.arrives ? tr("Arrives at %1 (let through by %2).").arg(d.deliveredTo.join(u", "_s), passedBy.join(u", "_s))
                          : tr("Does not arrive: %1").arg(why);
    d.steps << step(Kind::Outcome, d.arrives ? Verdict::Pass : Verdict::Fail, tr("Outcome"), d.summary);
    return d;
}
