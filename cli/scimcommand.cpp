// SPDX-License-Identifier: GPL-3.0-or-later
#include "scimcommand.h"

#include "exitcode.h"
#include "scim/scimclient.h"
#include "scim/scimconformance.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

using namespace Qt::StringLiterals;

int ScimCommand::check(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Runs the SCIM conformance run against a SCIM 2.0 server."_s);
    parser.addHelpOption();
    parser.addOption({u"url"_s, u"The SCIM Tenant URL, e.g. https://mingle-scim.inforcloudsuite.com/TENANT/v2."_s, u"url"_s});
    parser.addOption({u"user"_s, u"The User Identifier (TENANT#...)."_s, u"id"_s});
    parser.addOption({u"password-file"_s, u"A file holding the SCIM password (first line)."_s, u"file"_s});
    parser.addOption({u"bearer"_s, u"Send the token as Bearer (Azure AD; the default)."_s});
    parser.addOption({u"basic"_s, u"Send the credentials as Basic (Okta)."_s});
    parser.addOption({u"rate"_s, u"Calls a minute at most (default 18, Infor's limit; 0: none)."_s, u"n"_s, u"18"_s});
    parser.addOption({u"json"_s, u"Machine-readable result."_s});
    parser.process(arguments);
    QTextStream err(stderr);
    const QUrl url(parser.value(u"url"_s));
    if (!url.isValid() || (url.scheme() != u"https"_s && url.scheme() != u"http"_s) || parser.value(u"user"_s).isEmpty()) {
        err << "give --url (http or https) and --user\n";
        return BadInput;
    }
    QFile passwordFile(parser.value(u"password-file"_s));
    if (!passwordFile.open(QIODevice::ReadOnly)) {
        err << "the password file cannot be read: " << passwordFile.errorString() << '\n';
        return BadInput;
    }
    const QString password = QString::fromUtf8(passwordFile.readLine()).trimmed();
    if (parser.isSet(u"bearer"_s) && parser.isSet(u"basic"_s)) {
        err << "--bearer or --basic, not both\n";
        return BadInput;
    }
    ScimClient client;
    client.setCredentials({url, parser.value(u"user"_s), password,
                           parser.isSet(u"basic"_s) ? ScimClient::Auth::Basic : ScimClient::Auth::Bearer});
    client.setCallsPerMinute(parser.value(u"rate"_s).toInt());
    ScimConformance run(&client);
    const bool json = parser.isSet(u"json"_s);
    QTextStream out(stdout);
    QObject::connect(&run, &ScimConformance::checkDone, &run, [&](const ScimConformance::Check &c) {
        if (json)
            return;
        out << qSetFieldWidth(9) << Qt::left << ScimConformance::verdictName(c.verdict) << qSetFieldWidth(0) << c.name << '\n';
        if (c.verdict == ScimConformance::Verdict::Fail)
            out << "         request:  " << QString(c.request).replace(u'\n', u"\n                   "_s) << '\n'
                << "         expected: " << c.expected << '\n'
                << "         actual:   " << c.actual << '\n';
        else if (c.verdict == ScimConformance::Verdict::Skipped)
            out << "         " << c.actual << '\n';
        out.flush();
    });
    QObject::connect(&run, &ScimConformance::finished, &run, [&](bool nothingFailed) {
        if (json) {
            QJsonArray checks;
            for (const auto &c : run.checks())
                checks.append(QJsonObject {{u"check"_s, c.name}, {u"verdict"_s, c.verdict == ScimConformance::Verdict::Pass ? u"pass"_s
                                                                              : c.verdict == ScimConformance::Verdict::Fail ? u"fail"_s
                                                                                                                            : u"skipped"_s},
                                           {u"request"_s, c.request}, {u"expected"_s, c.expected}, {u"actual"_s, c.actual}});
            out << QJsonDocument(QJsonObject {{u"passed"_s, nothingFailed}, {u"checks"_s, checks}}).toJson();
        } else {
            out << run.count(ScimConformance::Verdict::Pass) << " passed, " << run.count(ScimConformance::Verdict::Fail)
                << " failed, " << run.count(ScimConformance::Verdict::Skipped) << " skipped\n";
        }
        out.flush();
        QCoreApplication::exit(nothingFailed ? Ok : Failed);
    });
    QMetaObject::invokeMethod(&run, &ScimConformance::run, Qt::QueuedConnection);
    return QCoreApplication::exec();
}
