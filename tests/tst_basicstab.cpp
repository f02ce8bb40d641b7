// SPDX-License-Identifier: GPL-3.0-or-later
// The Basics tab says what to do when every environment belongs to another connection: a
// second connection used to find an empty choice with no hint to use Provision….
#include "basicstab.h"
#include "environment/environmentregistry.h"

#include <QComboBox>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestBasicsTab : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aSecondConnectionIsToldToProvision()
    {
        QTemporaryDir dir;
        EnvironmentRegistry registry(dir.path());
        QString error;
        QVERIFY2(registry.open(&error) && registry.ensureDefault(&error), qPrintable(error));
        BasicsTab first(&registry);
        auto *hint = first.findChild<QLabel *>(u"environmentHint"_s);
        QVERIFY(hint && !hint->text().contains(u"Provision"_s)); // the default one is free
        QVERIFY(!first.environmentId().isEmpty());

        QVERIFY2(registry.assign(first.environmentId(), u"first-connection"_s, &error), qPrintable(error));
        BasicsTab second(&registry);
        hint = second.findChild<QLabel *>(u"environmentHint"_s);
        QVERIFY2(hint->text().contains(u"Provision"_s), qPrintable(hint->text()));
        auto *choice = second.findChild<QComboBox *>(u"environment"_s);
        QCOMPARE(choice->currentIndex(), -1);
        QVERIFY(choice->placeholderText().contains(u"provision"_s));
    }
};

QTEST_MAIN(TestBasicsTab)
#include "tst_basicstab.moc"
