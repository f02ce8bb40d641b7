// SPDX-License-Identifier: GPL-3.0-or-later
#include "connection/tlstrust.h"

using namespace Qt::StringLiterals;

QSslConfiguration TlsTrust::configuration(const QList<QSslCertificate> &trusted)
{
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    if (!trusted.isEmpty())
        conf.addCaCertificates(trusted);
    conf.setPeerVerifyMode(QSslSocket::VerifyPeer);
    return conf;
}

QString TlsTrust::fingerprint(const QSslCertificate &certificate)
{
    return QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':').toUpper());
}
