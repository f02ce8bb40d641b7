// SPDX-License-Identifier: GPL-3.0-or-later
#include "sortarrowstyle.h"

#include <QApplication>
#include <QHeaderView>
#include <QImage>
#include <QStandardItemModel>
#include <QStyleOptionHeader>

namespace {
// Whether the application's style draws a descending header's arrow pointing up: drawn once,
// off screen, and measured (the widest row of the arrow at its top means it points down).
bool styleDrawsDescendingUp()
{
    static const bool up = [] {
        QStandardItemModel model(1, 1);
        QHeaderView header(Qt::Horizontal);
        header.setModel(&model);
        header.setSortIndicatorShown(true);
        header.setSortIndicator(0, Qt::DescendingOrder);
        header.resize(160, header.sizeHint().height() + 4);
        header.resizeSection(0, 160);
        const QImage image = header.grab().toImage();
        const QColor background = image.pixelColor(2, image.height() / 2);
        QList<int> widths;
        for (int y = 0; y < image.height(); ++y) {
            int n = 0;
            for (int x = 0; x < image.width(); ++x) // the section holds no title: only the arrow
                n += qAbs(image.pixelColor(x, y).lightness() - background.lightness()) > 60;
            if (n > 0 && n < 40)
                widths << n;
        }
        return widths.size() >= 2 && widths.first() < widths.last();
    }();
    return up;
}

QStyleOptionHeader turned(const QStyleOptionHeader &header)
{
    QStyleOptionHeader copy = header;
    if (copy.sortIndicator == QStyleOptionHeader::SortUp)
        copy.sortIndicator = QStyleOptionHeader::SortDown;
    else if (copy.sortIndicator == QStyleOptionHeader::SortDown)
        copy.sortIndicator = QStyleOptionHeader::SortUp;
    return copy;
}
} // namespace

SortArrowStyle::SortArrowStyle(QObject *parent)
    : QProxyStyle(QApplication::style()->name())
    , m_turn(styleDrawsDescendingUp())
{
    setParent(parent);
}

void SortArrowStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                   const QWidget *widget) const
{
    if (element == PE_IndicatorHeaderArrow && m_turn) {
        if (const auto *header = qstyleoption_cast<const QStyleOptionHeader *>(option)) {
            const QStyleOptionHeader copy = turned(*header);
            QProxyStyle::drawPrimitive(element, &copy, painter, widget);
            return;
        }
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}
