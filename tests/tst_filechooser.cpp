// SPDX-License-Identifier: GPL-3.0-or-later
// File dialogs start where the person last chose a file of the same kind, and a save dialog
// suggests a file in that folder: never a folder's name as the file name.
#include "filechooser.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestFileChooser : public QObject
{
    Q_OBJECT
    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(u"config"_s).toUtf8());
        QCoreApplication::setOrganizationName(u"ION Workbench tests"_s);
    }

    void aFirstDialogStartsInTheFallbackFolder()
    {
        const QString downloads = m_home.filePath(u"Downloads"_s);
        QVERIFY(QDir().mkpath(downloads));
        QCOMPARE(FileChooser::folder(u"ionapi"_s, downloads), downloads + u'/'); // a folder, not a file name
        QCOMPARE(FileChooser::folder(u"ionapi"_s, m_home.filePath(u"missing"_s)), QDir::homePath() + u'/');
    }

    void theLastFolderIsRememberedPerKind()
    {
        const QString projects = m_home.filePath(u"projects/acme"_s);
        QVERIFY(QDir().mkpath(projects));
        FileChooser::remember(u"exports"_s, projects + u"/failures.json"_s);
        QCOMPARE(FileChooser::folder(u"exports"_s), projects + u'/');
        QCOMPARE(FileChooser::folder(u"routing"_s), QDir::homePath() + u'/'); // another kind, its own folder
        FileChooser::remember(u"exports"_s, {}); // a cancelled dialog changes nothing
        QCOMPARE(FileChooser::folder(u"exports"_s), projects + u'/');
        QSettings().sync();
        QVERIFY(QSettings().contains(u"fileDialogs/exports"_s)); // kept across runs
    }

    void aFolderThatWasRemovedIsNotOffered()
    {
        const QString gone = m_home.filePath(u"gone"_s);
        QVERIFY(QDir().mkpath(gone));
        FileChooser::remember(u"bod"_s, gone + u"/order.xml"_s);
        QVERIFY(QDir(gone).removeRecursively());
        QCOMPARE(FileChooser::folder(u"bod"_s), QDir::homePath() + u'/');
    }
};

QTEST_GUILESS_MAIN(TestFileChooser)
#include "tst_filechooser.moc"
