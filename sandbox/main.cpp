// SPDX-License-Identifier: GPL-3.0-or-later
// ion-sandbox: the local ION API Gateway emulator, for demos, tests and support.
#include "config-workbench.h"
#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <QTimer>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"ion-sandbox"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(IONWB_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Emulates the ION API Gateway on loopback: OAuth 2.0, IMS ping/versions, fault injection.\n"
        "Faults can be changed while it runs: PUT /__sandbox/faults {\"latencyMs\":..,\"errorRate\":..,\"dropRate\":..},\n"
        "POST /__sandbox/expire-tokens, PUT /__sandbox/config {\"enforceScopes\":true}, GET /__sandbox/stats."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption port(u"port"_s, u"Port on 127.0.0.1 (0: any free port)."_s, u"port"_s, u"0"_s);
    const QCommandLineOption tls(u"tls"_s, u"Serve HTTPS with a new self-signed certificate."_s);
    const QCommandLineOption certOut(u"cert-out"_s, u"Write the certificate (PEM) here, to trust it explicitly."_s, u"file"_s);
    const QCommandLineOption tenant(u"tenant"_s, u"Tenant id."_s, u"id"_s, u"SANDBOX_TST"_s);
    const QCommandLineOption lifetime(u"token-lifetime"_s, u"Access-token lifetime in seconds."_s, u"seconds"_s, u"7200"_s);
    const QCommandLineOption scopes(u"enforce-scopes"_s, u"Issue tokens but answer API calls with 403."_s);
    const QCommandLineOption clientAuth(u"client-auth"_s, u"Accepted client authentication: both, basic, form."_s,
                                        u"method"_s, u"both"_s);
    const QCommandLineOption latency(u"latency"_s, u"Added latency per request in ms."_s, u"ms"_s, u"0"_s);
    const QCommandLineOption errorRate(u"error-rate"_s, u"Share of requests answered 500/502/503/504 (0..1)."_s, u"share"_s, u"0"_s);
    const QCommandLineOption dropRate(u"drop-rate"_s, u"Share of connections dropped without answer (0..1)."_s, u"share"_s, u"0"_s);
    const QCommandLineOption tokenFaults(u"token-fault-rate"_s, u"Share of token requests answered 502 with an HTML page, "
                                                                 "200 with an HTML page, or a 200 cut off mid-body (0..1)."_s,
                                         u"share"_s, u"0"_s);
    const QCommandLineOption lostRate(u"lost-answer-rate"_s, u"Share of requests carried out whose answer is lost (0..1)."_s,
                                      u"share"_s, u"0"_s);
    const QCommandLineOption expireEvery(u"expire-tokens-every"_s, u"Expire every access token this often (seconds)."_s,
                                         u"seconds"_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed for fault decisions (repeatable runs)."_s, u"n"_s, u"0"_s);
    const QCommandLineOption demoMessages(u"demo-messages"_s, u"Demo messages in the log (deterministic from --seed)."_s,
                                          u"n"_s, u"50000"_s);
    const QCommandLineOption store(u"store"_s, u"Keep the message log in this SQLite file (default: in memory)."_s, u"file"_s);
    const QCommandLineOption routing(u"routing"_s, u"Connection points and document flows (JSON)."_s, u"file"_s);
    const QCommandLineOption writeIonApi(u"write-ionapi"_s, u"Write a .ionapi file for this sandbox."_s, u"file"_s);
    const QCommandLineOption writeScim(u"write-scim"_s, u"Write the SCIM URL, User Identifier and password as JSON."_s, u"file"_s);
    const QCommandLineOption scimRate(u"scim-rate-limit"_s, u"SCIM calls a minute before 429 (0: none; Infor: 18)."_s, u"n"_s, u"0"_s);
    parser.addOptions({port, tls, certOut, tenant, lifetime, scopes, clientAuth, latency, errorRate, dropRate, lostRate, tokenFaults, expireEvery, seed,
                       demoMessages, store, routing, writeIonApi, writeScim, scimRate});
    parser.process(app);

    QTextStream err(stderr);
    SandboxConfig config;
    config.tenant = parser.value(tenant);
    config.tokenLifetimeSeconds = parser.value(lifetime).toInt();
    config.enforceScopes = parser.isSet(scopes);
    config.tls = parser.isSet(tls);
    config.demoMessages = parser.value(demoMessages).toInt();
    config.seed = parser.value(seed).toUInt() ? parser.value(seed).toUInt() : 1;
    if (parser.isSet(store))
        config.storePath = parser.value(store);
    config.routingFile = parser.value(routing);
    config.scimCallsPerMinute = qMax(0, parser.value(scimRate).toInt());
    const QString auth = parser.value(clientAuth);
    if (auth == u"basic"_s)
        config.clientAuth = SandboxConfig::ClientAuth::BasicOnly;
    else if (auth == u"form"_s)
        config.clientAuth = SandboxConfig::ClientAuth::FormOnly;
    else if (auth != u"both"_s) {
        err << "--client-auth takes both, basic or form\n";
        return 2;
    }

    SandboxServer server(config);
    FaultInjector::Settings faults;
    faults.latencyMs = parser.value(latency).toInt();
    faults.errorRate = parser.value(errorRate).toDouble();
    faults.tokenFaultRate = parser.value(tokenFaults).toDouble();
    faults.dropRate = parser.value(dropRate).toDouble();
    faults.lostAnswerRate = parser.value(lostRate).toDouble();
    server.faults() = FaultInjector(parser.value(seed).toUInt());
    server.faults().setSettings(faults);

    QString error;
    if (!server.start(quint16(parser.value(port).toUInt()), &error)) {
        err << "ion-sandbox: cannot start: " << error << '\n';
        return 1;
    }
    if (parser.isSet(certOut)) {
        QFile f(parser.value(certOut));
        if (!f.open(QIODevice::WriteOnly) || f.write(server.certificate().toPem()) < 0) {
            err << "ion-sandbox: cannot write " << f.fileName() << '\n';
            return 1;
        }
    }
    if (parser.isSet(writeScim) && !server.writeScimCredentials(parser.value(writeScim), &error)) {
        QTextStream(stderr) << "cannot write " << parser.value(writeScim) << ": " << error << '\n';
        return 1;
    }
    if (parser.isSet(writeIonApi) && !server.writeIonApi(parser.value(writeIonApi), &error)) {
        err << "ion-sandbox: cannot write the .ionapi file: " << error << '\n';
        return 1;
    }
    QTimer expiry;
    if (parser.isSet(expireEvery)) {
        QObject::connect(&expiry, &QTimer::timeout, &server, &SandboxServer::expireTokensNow);
        expiry.start(qMax(1, parser.value(expireEvery).toInt()) * 1000);
    }
    QTextStream out(stdout);
    out << "ion-sandbox listening on " << server.baseUrl().toString() << " (tenant " << config.tenant
        << ", Service URL " << server.serviceUrl().toString() << ")\n"
        << "control API " << server.baseUrl().toString() << "/__sandbox/ with the header X-Sandbox-Secret: "
        << server.config().controlSecret << "\n";
    out.flush();
    return app.exec();
}
