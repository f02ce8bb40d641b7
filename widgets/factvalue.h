// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextEdit>

// One value of a fact list, shown whole: it wraps anywhere (a BODID has no spaces to wrap at),
// grows to as many lines as it needs, and copies exactly what it shows (a label would need
// invisible break characters, which a copied id would carry into a search).
class FactValue : public QTextEdit
{
    Q_OBJECT
public:
    explicit FactValue(const QString &value, QWidget *parent = nullptr);
    QString value() const { return toPlainText(); }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
};
