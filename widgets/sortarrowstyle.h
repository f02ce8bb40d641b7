// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

// Header sort arrows as Windows, macOS and GNOME draw them: up for ascending (oldest first),
// down for descending (newest first). Qt's styles (Fusion at least) draw the opposite, and
// the log's newest-first Date column read as "oldest first" to the people who use it. The
// arrow is turned only when the application's style is found to draw it the other way.
// Set on a header.
class SortArrowStyle : public QProxyStyle
{
    Q_OBJECT
public:
    explicit SortArrowStyle(QObject *parent); // usually the header it is set on
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;

private:
    bool m_turn;
};
