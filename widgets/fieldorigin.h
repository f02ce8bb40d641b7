// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

// The small grey line under a field that says where its value came from
// ("from iu + "/" + ti in acme.ionapi", "entered by hand", "derived from the Token URL").
class FieldOrigin : public QLabel
{
    Q_OBJECT
public:
    explicit FieldOrigin(QWidget *parent = nullptr);
    void setOrigin(const QString &origin);
};
