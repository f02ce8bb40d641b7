// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection/connectionprofile.h"

#include <QWidget>

class FieldOrigin;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// Advanced: Batch Size, the real token and revoke endpoints, client authentication, grant,
// timeout, and the certificates this connection trusts explicitly.
class AdvancedTab : public QWidget
{
    Q_OBJECT
public:
    explicit AdvancedTab(QWidget *parent = nullptr);

    void apply(ConnectionProfile &profile) const; // writes this tab's fields into the profile
    void setValues(const ConnectionProfile &profile, const QString &origin);
    // The Token URL changed by hand: endpoints follow unless they came from a file.
    void deriveEndpointsFrom(const QUrl &tokenUrl);
    void setTrustedCertificates(const QList<QSslCertificate> &certificates);
    QList<QSslCertificate> trustedCertificates() const { return m_trusted; }
    QSpinBox *batchSize() const { return m_batchSize; }

Q_SIGNALS:
    void changed();

private:
    void showTrust();

    QSpinBox *m_batchSize;
    QLineEdit *m_tokenEndpoint;
    QLineEdit *m_revokeEndpoint;
    FieldOrigin *m_endpointOrigin;
    QComboBox *m_clientAuth;
    QComboBox *m_grant;
    QSpinBox *m_timeout;
    QLabel *m_trustLabel;
    QPushButton *m_forget;
    QList<QSslCertificate> m_trusted;
    bool m_endpointsFromFile = false;
};
