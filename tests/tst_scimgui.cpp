// SPDX-License-Identifier: GPL-3.0-or-later
// The SCIM page driven as a person would, against the sandbox: the token, Test Connection
// (right and wrong password), the conformance run, users and groups, the attribute mapping.
#include "connection/secretstore.h"
#include "sandboxfixture.h"
#include "scimbrowser.h"
#include "scimconformanceview.h"
#include "scimmappingview.h"
#include "scimpage.h"
#include "secretlineedit.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

class TestScimGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_dir.filePath(u"config"_s).toUtf8());
        QCoreApplication::setOrganizationName(u"ion-workbench-tests"_s);
    }

    void testConnectionAndConformanceRun()
    {
        SandboxFixture s;
        SecretStore secrets(u"ion-workbench-tests"_s);
        secrets.forceSessionOnly(u"tests run without a keychain here"_s);
        ScimPage page(&secrets);
        page.resize(1000, 800);
        page.show();
        const QString user = s.server->config().scimUser, password = s.server->config().scimPassword;
        page.findChild<QLineEdit *>(u"scimUrl"_s)->setText(s.server->scimUrl().toString());
        QTest::keyClicks(page.findChild<QLineEdit *>(u"scimUser"_s), user);
        QTest::keyClicks(page.findChild<QLineEdit *>(u"scimPassword"_s), u"wrong"_s);
        // The token is the base64 of identifier:password, masked until revealed.
        QVERIFY(!page.token()->isRevealed());
        QCOMPARE(QByteArray::fromBase64(page.token()->text().toLatin1()), (user + u":wrong"_s).toUtf8());

        // 18 calls a minute by default; no limit here, so the test does not take minutes.
        QCOMPARE(page.findChild<QSpinBox *>(u"scimRate"_s)->value(), 18);
        page.findChild<QSpinBox *>(u"scimRate"_s)->setValue(0);
        QTest::mouseClick(page.findChild<QPushButton *>(u"scimTest"_s), Qt::LeftButton);
        QTRY_VERIFY(page.connectionStatus()->text().contains(u"401"_s));
        page.findChild<QLineEdit *>(u"scimPassword"_s)->setText(password);
        QTest::mouseClick(page.findChild<QPushButton *>(u"scimTest"_s), Qt::LeftButton);
        QTRY_VERIFY2(page.connectionStatus()->text().startsWith(u"Connected"_s), qPrintable(page.connectionStatus()->text()));
        QTRY_VERIFY(page.connectionStatus()->text().contains(u"Resource types: User, Group"_s));
        QVERIFY(page.connectionStatus()->text().contains(u"patch"_s));

        QSignalSpy done(page.conformance(), &ScimConformanceView::finished);
        QTest::mouseClick(page.conformance()->runButton(), Qt::LeftButton);
        QVERIFY(done.wait(120'000));
        QVERIFY(done.first().first().toBool());
        QTreeWidget *checks = page.conformance()->checks();
        QVERIFY(checks->topLevelItemCount() >= 18);
        for (int i = 0; i < checks->topLevelItemCount(); ++i)
            QCOMPARE(checks->topLevelItem(i)->text(1), u"pass"_s);
        QVERIFY(page.conformance()->summary()->text().contains(u"0 failed"_s));
        checks->setCurrentItem(checks->topLevelItem(3)); // "Create a user": the request is shown
        QVERIFY(page.conformance()->findChild<QPlainTextEdit *>()->toPlainText().contains(u"POST /Users"_s));
    }

    void usersAndGroupsAndTheMapping()
    {
        SandboxFixture s;
        SecretStore secrets(u"ion-workbench-tests"_s);
        secrets.forceSessionOnly(u"tests run without a keychain here"_s);
        ScimPage page(&secrets);
        page.show();
        page.setCredentials({s.server->scimUrl(), s.server->config().scimUser, s.server->config().scimPassword,
                             ScimClient::Auth::Basic});
        page.findChild<QSpinBox *>(u"scimRate"_s)->setValue(0);
        ScimBrowser *browser = page.browser();
        page.tabs()->setCurrentWidget(browser);
        QTRY_COMPARE(browser->status()->text(), u"None."_s);
        browser->createTestUser();
        QTRY_COMPARE(browser->table()->rowCount(), 1);
        QCOMPARE(browser->table()->item(0, 2)->text(), u"yes"_s);
        browser->table()->selectRow(0);
        browser->deactivateSelected();
        QTRY_COMPARE(browser->table()->item(0, 2)->text(), u"no"_s);
        browser->createTestUser();
        QTRY_COMPARE(browser->table()->rowCount(), 2);
        browser->filter()->setText(u"active eq false"_s);
        browser->search(1);
        QTRY_COMPARE(browser->table()->rowCount(), 1);
        browser->filter()->setText(u"userName equals 1"_s); // not SCIM: the server's words come back
        browser->search(1);
        QTRY_VERIFY(browser->status()->text().contains(u"HTTP 400"_s));
        browser->filter()->clear();
        browser->search(1);
        QTRY_COMPARE(browser->table()->rowCount(), 2);
        browser->table()->selectRow(0);
        browser->renameSelected(u"Renamed Tester"_s);
        QTRY_COMPARE(browser->table()->item(0, 1)->text(), u"Renamed Tester"_s);
        // Group membership by PATCH.
        auto client = std::make_unique<ScimClient>();
        client->setCredentials(page.credentials());
        client->setCallsPerMinute(0);
        QString groupId;
        client->request("POST", u"/Groups"_s, {{u"schemas"_s, QJsonArray {ScimClient::groupSchema()}}, {u"displayName"_s, u"Buyers"_s}},
                        [&](const ScimClient::Response &r) { groupId = r.json[u"id"_s].toString(); });
        QTRY_VERIFY(!groupId.isEmpty());
        browser->table()->selectRow(0);
        QSignalSpy written(browser, &ScimBrowser::changed);
        browser->addSelectedToGroup(groupId);
        QVERIFY(written.wait(10000));
        browser->resourceType()->setCurrentIndex(1); // Groups
        QTRY_COMPARE(browser->table()->rowCount(), 1);
        QCOMPARE(browser->table()->item(0, 1)->text(), u"1 member(s)"_s);
        browser->resourceType()->setCurrentIndex(0);
        QTRY_COMPARE(browser->table()->rowCount(), 2);
        browser->table()->selectRow(0);
        browser->deleteSelected();
        QTRY_COMPARE(browser->table()->rowCount(), 1);

        // The mapping: userPrincipalName is the matching attribute, and the preview follows edits.
        ScimMappingView *mapping = page.mapping();
        QCOMPARE(mapping->mapping()->item(0, 0)->text(), u"userPrincipalName"_s);
        QVERIFY(mapping->mapping()->item(0, 0)->font().bold());
        QVERIFY(mapping->preview().contains(u"\"userName\": \"jane.doe@acme.example\""_s));
        mapping->mapping()->item(0, 1)->setText(u"john@acme.example"_s);
        QVERIFY(mapping->preview().contains(u"\"userName\": \"john@acme.example\""_s));
        mapping->mapping()->item(1, 1)->setText(u"false"_s); // soft-deleted in Azure AD
        QVERIFY(mapping->preview().contains(u"\"active\": false"_s));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestScimGui)
#include "tst_scimgui.moc"
