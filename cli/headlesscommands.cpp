// SPDX-License-Identifier: GPL-3.0-or-later
#include "headlesscommands.h"

#include "bod/bodjson.h"
#include "bod/bodparser.h"
#include "common/redaction.h"
#include "connection/connectiontester.h"
#include "connection/ionapifile.h"
#include "exitcode.h"
#include "flowcommands.h"
#include "logcommands.h"
#include "resubmitcommand.h"
#include "scimcommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

QString styleName(IonApiFile::Style s)
{
    switch (s) {
    case IonApiFile::Style::Cloud: return u"cloud"_s;
    case IonApiFile::Style::OnPremises: return u"on-premises"_s;
    case IonApiFile::Style::Other: break;
    }
    return u"other"_s;
}

void printJson(const QJsonObject &o)
{
    QTextStream(stdout) << QJsonDocument(o).toJson(QJsonDocument::Indented);
}

int ionApiShow(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Shows what a .ionapi file holds and what is derived from it; secrets are masked."_s);
    parser.addHelpOption();
    parser.addOption({u"json"_s, u"Machine-readable output."_s});
    parser.addPositionalArgument(u"FILE"_s, u"The .ionapi file."_s);
    parser.process(args);
    QTextStream err(stderr);
    if (parser.positionalArguments().size() != 1) {
        err << "usage: ion-workbench ionapi show FILE [--json]\n";
        return BadInput;
    }
    const QString path = parser.positionalArguments().constFirst();
    IonApiError error;
    const auto file = IonApiFile::load(path, &error);
    if (!file) {
        if (parser.isSet(u"json"_s))
            printJson({{u"file"_s, path}, {u"valid"_s, false}, {u"errorKey"_s, error.key}, {u"error"_s, error.message}});
        else
            err << path << ": " << error.toString() << '\n';
        return BadInput;
    }
    const QList<IonApiField> fields = file->describe();
    if (parser.isSet(u"json"_s)) {
        QJsonArray list;
        for (const IonApiField &f : fields)
            list.append(QJsonObject {{u"id"_s, f.id}, {u"label"_s, f.label},
                                     {u"value"_s, f.secret ? Redaction::mask(f.value) : f.value},
                                     {u"origin"_s, f.origin}, {u"secret"_s, f.secret}});
        printJson({{u"file"_s, path}, {u"valid"_s, true}, {u"style"_s, styleName(file->style())},
                   {u"fields"_s, list}, {u"warnings"_s, QJsonArray::fromStringList(file->warnings)},
                   {u"unknownKeys"_s, QJsonArray::fromStringList(file->unknownKeys)}});
        return Ok;
    }
    QTextStream out(stdout);
    out << path << " (" << styleName(file->style()) << " style)\n";
    for (const IonApiField &f : fields) {
        if (f.secret && f.value.isEmpty())
            continue; // the service account of a client-credentials file
        out << "  " << qSetFieldWidth(16) << Qt::left << f.label << qSetFieldWidth(0) << ' '
            << (f.secret ? Redaction::mask(f.value) : f.value) << "   [" << f.origin << "]\n";
    }
    for (const QString &w : file->warnings)
        out << "  warning: " << w << '\n';
    if (!file->unknownKeys.isEmpty())
        out << "  keys not used: " << file->unknownKeys.join(u", "_s) << '\n';
    return Ok;
}

int testConnection(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Tests a connection in stages: URLs, network and TLS, OAuth token, authenticated IMS ping.\n"
        "Exit code 0 when every stage passed, 1 when one failed, 2 when the file cannot be used."_s);
    parser.addHelpOption();
    parser.addOption({u"json"_s, u"Machine-readable output."_s});
    parser.addOption({u"trust-cert"_s, u"Trust this PEM certificate for this test (e.g. the sandbox's)."_s, u"pem"_s});
    parser.addOption({u"timeout"_s, u"Seconds to wait for each answer."_s, u"seconds"_s, u"30"_s});
    parser.addOption({u"client-auth"_s, u"auto, basic or form."_s, u"method"_s, u"auto"_s});
    parser.addPositionalArgument(u"FILE"_s, u"The .ionapi file."_s);
    parser.process(args);
    QTextStream err(stderr);
    if (parser.positionalArguments().size() != 1) {
        err << "usage: ion-workbench test-connection FILE [--json]\n";
        return BadInput;
    }
    IonApiError error;
    const auto file = IonApiFile::load(parser.positionalArguments().constFirst(), &error);
    if (!file) {
        err << parser.positionalArguments().constFirst() << ": " << error.toString() << '\n';
        return BadInput;
    }
    ConnectionProfile profile = ConnectionProfile::fromIonApi(*file);
    profile.timeoutSeconds = qMax(1, parser.value(u"timeout"_s).toInt());
    const QString auth = parser.value(u"client-auth"_s);
    profile.clientAuth = auth == u"basic"_s ? ClientAuthMethod::Basic
        : auth == u"form"_s                 ? ClientAuthMethod::FormFields
                                            : ClientAuthMethod::Automatic;
    if (parser.isSet(u"trust-cert"_s)) {
        QFile pem(parser.value(u"trust-cert"_s));
        if (!pem.open(QIODevice::ReadOnly)) {
            err << "cannot read " << pem.fileName() << '\n';
            return BadInput;
        }
        profile.trustedCertificates = QSslCertificate::fromData(pem.readAll());
    }

    ConnectionTester tester;
    const bool json = parser.isSet(u"json"_s);
    QTextStream out(stdout);
    QObject::connect(&tester, &ConnectionTester::stageChanged, &tester, [&](int i) {
        const auto &r = tester.results().at(i);
        if (json || (r.status != ConnectionTester::Status::Passed && r.status != ConnectionTester::Status::Failed))
            return;
        out << (r.status == ConnectionTester::Status::Passed ? "PASS " : "FAIL ") << ConnectionTester::stageName(r.stage)
            << " (" << r.elapsedMs << " ms): " << r.detail << '\n';
        if (!r.advice.isEmpty())
            out << "     " << r.advice << '\n';
        out.flush();
    });
    QObject::connect(&tester, &ConnectionTester::finished, &tester, [&](bool passed) {
        if (json) {
            QJsonArray stages;
            for (const auto &r : tester.results())
                stages.append(QJsonObject {{u"stage"_s, ConnectionTester::stageName(r.stage)},
                                           {u"status"_s, ConnectionTester::statusName(r.status)},
                                           {u"elapsedMs"_s, r.elapsedMs},
                                           {u"detail"_s, Redaction::scrub(r.detail)},
                                           {u"advice"_s, r.advice}});
            printJson({{u"passed"_s, passed}, {u"serviceUrl"_s, profile.serviceUrl.toString()}, {u"stages"_s, stages}});
        } else {
            out << (passed ? "Connection OK: " : "Connection FAILED: ") << tester.summary() << '\n';
        }
        out.flush();
    });
    // Exit once the test's token is revoked, so no live token is left behind.
    QObject::connect(&tester, &ConnectionTester::released, &tester,
                     [&tester] { QCoreApplication::exit(tester.passed() ? Ok : Failed); });
    tester.start(profile);
    return QCoreApplication::exec();
}

int bodInspect(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Prints a BOD's facts and every problem found, with its line.\n"
        "Exit code 0 when the BOD is valid, 1 when problems were found, 2 when it cannot be read as XML."_s);
    parser.addHelpOption();
    parser.addOption({u"json"_s, u"Machine-readable output."_s});
    parser.addPositionalArgument(u"FILE"_s, u"The BOD (XML)."_s);
    parser.process(args);
    if (parser.positionalArguments().size() != 1) {
        QTextStream(stderr) << "usage: ion-workbench bod inspect FILE [--json]\n";
        return BadInput;
    }
    const BodDocument doc = BodParser::parseFile(parser.positionalArguments().constFirst());
    const int code = doc.readability == BodDocument::Readability::NotXml ? BadInput : doc.isValid() ? Ok : Failed;
    if (parser.isSet(u"json"_s)) {
        printJson(BodJson::toJson(doc));
        return code;
    }
    QTextStream out(stdout);
    const BodFacts &f = doc.facts;
    if (doc.readability == BodDocument::Readability::Xml) {
        const QList<QPair<QString, QString>> facts {
            {u"Document"_s, f.documentName()}, {u"Instances"_s, QString::number(f.nounCount)},
            {u"BODID"_s, f.bodId}, {u"DocumentID"_s, f.documentId}, {u"Sender"_s, f.senderLogicalId},
            {u"Created"_s, f.creationDateTime}, {u"Accounting entity"_s, f.accountingEntity},
            {u"Location"_s, f.location}, {u"Action code"_s, f.actionCode}};
        for (const auto &[label, value] : facts)
            out << qSetFieldWidth(18) << Qt::left << label << qSetFieldWidth(0) << value << '\n';
    }
    for (const BodProblem &p : doc.problems)
        out << (p.severity == BodProblem::Severity::Error ? "error" : "warning") << " line " << p.line << " ["
            << p.code << "]: " << p.message << '\n';
    if (doc.problems.isEmpty())
        out << "valid\n";
    return code;
}

} // namespace

namespace {
// Every headless command: its words after `ion-workbench`, and what runs it.
struct Command
{
    QStringList words;
    int (*run)(const QStringList &arguments);
    const char *synopsis; // after the words, for --help
};
const QList<Command> &commands()
{
    static const QList<Command> list {
        {{u"ionapi"_s, u"show"_s}, ionApiShow, "FILE [--json]"},
        {{u"test-connection"_s}, testConnection, "FILE [--json] [--trust-cert PEM]"},
        {{u"bod"_s, u"inspect"_s}, bodInspect, "FILE [--json]"},
        {{u"log"_s, u"replicate"_s}, LogCommands::replicate, "(--ionapi FILE | --connection NAME)"},
        {{u"log"_s, u"search"_s}, LogCommands::search, "(--ionapi FILE | --connection NAME) [--filter F] [--json]"},
        {{u"resubmit"_s}, ResubmitCommand::run, "(--ionapi FILE | --connection NAME) (--filter F | --files DIR | --resume)"},
        {{u"journal"_s}, LogCommands::journal, "(--ionapi FILE | --connection NAME) [--batch ID] [--json]"},
        {{u"flow"_s, u"test"_s}, FlowCommands::test, "--bod FILE --filter 'CONDITION' [--json]"},
        {{u"scim"_s, u"check"_s}, ScimCommand::check, "--url URL --user ID --password-file FILE [--bearer|--basic] [--json]"},
        {{u"flow"_s, u"diagnose"_s}, FlowCommands::diagnose, "--routing FILE --bod FILE [--from LID] [--to LID] [--json]"},
    };
    return list;
}
} // namespace

QString HeadlessCommands::usage()
{
    QStringList lines;
    for (const Command &c : commands())
        lines << u"  ion-workbench %1 %2"_s.arg(c.words.join(u' '), QLatin1String(c.synopsis));
    return lines.join(u'\n');
}

bool HeadlessCommands::isHeadless(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    return std::any_of(commands().begin(), commands().end(), [&](const Command &c) { return c.words.first() == first; });
}

int HeadlessCommands::run(const QStringList &arguments)
{
    for (const Command &c : commands()) {
        if (arguments.mid(1, c.words.size()) == c.words) {
            QStringList rest = arguments.mid(1 + c.words.size());
            rest.prepend(u"ion-workbench "_s + c.words.join(u' '));
            return c.run(rest);
        }
    }
    QStringList usage;
    for (const Command &c : commands()) {
        if (c.words.first() == arguments.value(1))
            usage << u"ion-workbench "_s + c.words.join(u' ');
    }
    QTextStream(stderr) << "usage: " << usage.join(u" | "_s) << " ...\n";
    return BadInput;
}
