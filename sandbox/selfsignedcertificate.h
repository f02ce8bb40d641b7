// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSslCertificate>
#include <QSslKey>

// A fresh self-signed certificate for the sandbox's HTTPS mode: EC P-256, valid for
// localhost, 127.0.0.1 and ::1, for 30 days. Clients reject it until a person trusts it.
struct SelfSignedCertificate
{
    QSslCertificate certificate;
    QSslKey key;

    static SelfSignedCertificate create(QString *error);
};
