// SPDX-License-Identifier: GPL-3.0-or-later
// The advice under a failed connection test says what to do about this failure: a token
// endpoint that failed for now is not a wrong Token URL; a certificate for another host is not
// fixed by trusting it.
#include "connection/testadvice.h"
#include "ion/oauthsession.h"

#include <QSslCertificate>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTestAdvice : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aFailingTokenEndpointIsTransient_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("500") << 500;
        QTest::newRow("502") << 502;
        QTest::newRow("503") << 503;
        QTest::newRow("429") << 429;
    }
    void aFailingTokenEndpointIsTransient()
    {
        QFETCH(int, status);
        OAuthError e;
        e.kind = OAuthError::Kind::BadResponse;
        e.outcome.kind = HttpOutcome::Kind::HttpError;
        e.outcome.httpStatus = status;
        const QString advice = TestAdvice::forToken(e, 30);
        QVERIFY2(advice.contains(u"for now"_s) && advice.contains(u"Test again"_s), qPrintable(advice));
        QVERIFY2(!advice.contains(u"Token URL"_s), qPrintable(advice));
    }

    void aMissingTokenEndpointIsTheTokenUrl()
    {
        OAuthError e;
        e.kind = OAuthError::Kind::BadResponse;
        e.outcome.kind = HttpOutcome::Kind::HttpError;
        e.outcome.httpStatus = 404;
        QVERIFY(TestAdvice::forToken(e, 30).contains(u"Token URL"_s));
    }

    void aCertificateForAnotherHostIsNotToBeTrusted()
    {
        HttpOutcome o;
        o.kind = HttpOutcome::Kind::TlsUntrusted;
        o.sslErrors = {QSslError(QSslError::HostNameMismatch)};
        const QString mismatch = TestAdvice::forNetwork(o, u"mingle.example.com:443"_s, 30);
        QVERIFY2(mismatch.contains(u"another host name"_s), qPrintable(mismatch));
        QVERIFY2(!mismatch.contains(u"Trust Certificate"_s), qPrintable(mismatch));
        // Self-signed, for the right host: trusting it is the way (for a server one knows).
        o.sslErrors = {QSslError(QSslError::SelfSignedCertificate)};
        QVERIFY(TestAdvice::forNetwork(o, u"localhost:8443"_s, 30).contains(u"Trust Certificate"_s));
    }
};

QTEST_GUILESS_MAIN(TestTestAdvice)
#include "tst_testadvice.moc"
