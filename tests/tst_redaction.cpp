// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/redaction.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestRedaction : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scrub_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("secret");
        QTest::addRow("form password") << u"grant_type=password&username=u&password=S3cr3t!&x=1"_s << u"S3cr3t!"_s;
        QTest::addRow("client secret field") << u"client_id=a&client_secret=abcDEF123"_s << u"abcDEF123"_s;
        QTest::addRow("json access token") << u"{\"access_token\":\"eyJhbGciOi.xyz\",\"x\":1}"_s << u"eyJhbGciOi.xyz"_s;
        QTest::addRow("bearer header") << u"Authorization: Bearer abc.def.ghi"_s << u"abc.def.ghi"_s;
        QTest::addRow("basic header") << u"Authorization: Basic dXNlcjpwYXNz"_s << u"dXNlcjpwYXNz"_s;
        QTest::addRow("ionapi sask") << u"\"sask\": \"verysecretkey\""_s << u"verysecretkey"_s;
    }
    void scrub()
    {
        QFETCH(QString, input);
        QFETCH(QString, secret);
        const QString out = Redaction::scrub(input);
        QVERIFY2(!out.contains(secret), qPrintable(out));
        QVERIFY(out.contains(u"[redacted]"_s));
    }
    void maskNeverShowsTheSecret()
    {
        QVERIFY(!Redaction::mask(u"hunter2"_s).contains(u"hunter2"_s));
        QCOMPARE(Redaction::mask(QString()), u"(empty)"_s);
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
