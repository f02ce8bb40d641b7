// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSslCertificate>
#include <QSslConfiguration>

// TLS is verified against the system's CAs plus only the certificates a person trusted
// explicitly for one connection; there is no "ignore all errors" switch.
namespace TlsTrust {
QSslConfiguration configuration(const QList<QSslCertificate> &trusted);
QString fingerprint(const QSslCertificate &certificate); // SHA-256, colon-separated hex
}
