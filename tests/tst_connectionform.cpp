// SPDX-License-Identifier: GPL-3.0-or-later
// The connection form driven as a person would: import, test, create; and the Connections page.
#include "connection/connectionsmodel.h"
#include "connection/connectionstore.h"
#include "connection/connectiontester.h"
#include "connection/connectiontestmodel.h"
#include "connection/secretstore.h"
#include "connection/tlstrust.h"
#include "connectiondialog.h"
#include "connectionform.h"
#include "connectionspage.h"
#include "environment/environmentregistry.h"
#include "ion/oauthsessionpool.h"
#include "oauthserver.h"
#include "provisiondialog.h"
#include "sandboxfixture.h"
#include "secretlineedit.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QShortcut>
#include <QShortcutEvent>
#include <QTest>

using namespace Qt::StringLiterals;

class TestConnectionForm : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<EnvironmentRegistry> m_envs;
    std::unique_ptr<ConnectionStore> m_store;
    std::unique_ptr<SandboxFixture> m_sandbox;
    QString m_ionApiPath;

    template<typename T>
    static T *child(QWidget *w, const QString &name)
    {
        T *c = w->findChild<T *>(name);
        if (!c)
            qFatal("no child %s", qPrintable(name));
        return c;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        const QString sub = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()));
        m_secrets = std::make_unique<SecretStore>(u"ionwb-gui-test"_s);
        m_secrets->forceSessionOnly(u"GUI tests do not touch a keychain"_s);
        m_envs = std::make_unique<EnvironmentRegistry>(sub + u"/envs"_s);
        QString error;
        QVERIFY(m_envs->open(&error) && m_envs->ensureDefault(&error));
        m_store = std::make_unique<ConnectionStore>(sub + u"/c.ini"_s, m_secrets.get(), m_envs.get());
        m_sandbox = std::make_unique<SandboxFixture>();
        m_ionApiPath = sub + u"/sandbox.ionapi"_s;
        QVERIFY(m_sandbox->server->writeIonApi(m_ionApiPath, &error));
    }

    void cleanup()
    {
        m_store.reset();
        m_envs.reset();
        m_sandbox.reset();
    }

    void tabsAreBasicsConnectAdvanced()
    {
        ConnectionForm form(m_store.get());
        form.show();
        QTabWidget *tabs = form.tabs();
        QCOMPARE(tabs->count(), 3);
        QCOMPARE(tabs->tabText(0), u"Basics"_s);
        QCOMPARE(tabs->tabText(1), u"Connect"_s);
        QCOMPARE(tabs->tabText(2), u"Advanced"_s);
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(2).center());
        QCOMPARE(tabs->currentIndex(), 2);
        auto *batch = child<QSpinBox>(&form, u"batchSize"_s);
        QCOMPARE(batch->value(), 1000);
        QCOMPARE(batch->minimum(), 1);
        QCOMPARE(batch->maximum(), 10000);
        // The default environment is preselected.
        QCOMPARE(form.currentProfile().environmentId, m_envs->environments().first().id);
    }

    void importTestCreate()
    {
        ConnectionForm form(m_store.get());
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        QSignalSpy saved(&form, &ConnectionForm::saved);
        QVERIFY(!form.createButton()->isEnabled());

        QVERIFY(form.importIonApi(m_ionApiPath));
        QCOMPARE(child<QLineEdit>(&form, u"serviceUrl"_s)->text(), m_sandbox->server->serviceUrl().toString());
        QVERIFY(child<QLabel>(&form, u"serviceUrlOrigin"_s)->text().contains(u"iu + \"/\" + ti"_s));
        QVERIFY(child<QLabel>(&form, u"tokenUrlOrigin"_s)->text().contains(u"as/"_s));
        QCOMPARE(child<QLineEdit>(&form, u"tokenEndpoint"_s)->text(), m_sandbox->ionApi().tokenEndpoint().toString());
        auto *secret = child<SecretLineEdit>(&form, u"clientSecret"_s);
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        QCOMPARE(secret->text(), m_sandbox->server->config().clientSecret);
        QVERIFY(!form.createButton()->isEnabled()); // not tested yet

        QTest::mouseClick(form.testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(form.createButton()->isEnabled(), 10000);
        auto *stages = child<QTableView>(&form, u"testStages"_s);
        QCOMPARE(stages->model()->rowCount(), 4);
        for (int row = 0; row < 4; ++row)
            QCOMPARE(stages->model()->index(row, ConnectionTestModel::StatusColumn).data().toString(), u"Passed"_s);

        // Any change to a tested value disables Create until the next test.
        secret->setFocus();
        QTest::keyClick(secret, Qt::Key_X);
        QVERIFY(!form.createButton()->isEnabled());
        QVERIFY(child<QLabel>(&form, u"clientSecretOrigin"_s)->text().contains(u"by hand"_s));
        QTest::keyClick(secret, Qt::Key_Backspace);
        QVERIFY(form.createButton()->isEnabled()); // back to the tested values

        auto *name = child<QLineEdit>(&form, u"connectionName"_s);
        name->selectAll();
        QTest::keyClicks(name, u"Sandbox GUI"_s);
        QVERIFY(form.createButton()->isEnabled()); // the name is not part of the test
        QTest::mouseClick(form.createButton(), Qt::LeftButton);
        QTRY_COMPARE(saved.count(), 1);
        const auto stored = m_store->connectionByName(u"Sandbox GUI"_s);
        QVERIFY(stored);
        QCOMPARE(saved.first().first().toString(), stored->id);
        QVERIFY(stored->lastTestPassed);
        QCOMPARE(stored->batchSize, 1000);
        QVERIFY(m_envs->environmentFor(u"Sandbox GUI"_s));
        QVERIFY(stored->secrets.clientSecret.isEmpty()); // settings never carry secrets
    }

    void aClientCredentialsFileHidesTheServiceAccountAndTestsGreen()
    {
        QFile written(m_ionApiPath);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QJsonObject o = QJsonDocument::fromJson(written.readAll()).object();
        written.close();
        o.remove(u"saak"_s);
        o.remove(u"sask"_s);
        QVERIFY(written.open(QIODevice::WriteOnly | QIODevice::Truncate));
        written.write(QJsonDocument(o).toJson());
        written.close();
        ConnectionForm form(m_store.get());
        form.resize(900, 640);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        QVERIFY(form.importIonApi(m_ionApiPath));
        QCOMPARE(form.currentProfile().grantType, GrantType::ClientCredentials);
        QVERIFY(!child<QLineEdit>(&form, u"username"_s)->isVisible());
        QVERIFY(!child<QLineEdit>(&form, u"password"_s)->isVisible());
        QVERIFY(child<QLabel>(&form, u"grantNote"_s)->isVisible());
        QVERIFY(form.message().contains(u"client_credentials"_s));
        QTest::mouseClick(form.testButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(form.createButton()->isEnabled(), 10000);
        if (const QString shots = qEnvironmentVariable("IONWB_TEST_SCREENSHOTS"); !shots.isEmpty())
            form.grab().save(shots + u"/connect-client-credentials.png"_s);
        // Back to a service account on the Advanced tab: the fields come back.
        auto *grant = child<QComboBox>(&form, u"grant"_s);
        grant->setCurrentIndex(grant->findData(int(GrantType::Password)));
        QVERIFY(child<QLineEdit>(&form, u"username"_s)->isVisibleTo(&form));
        QVERIFY(!child<QLabel>(&form, u"grantNote"_s)->isVisibleTo(&form));
    }

    void failedTestShowsTheAdviceAndKeepsCreateDisabled()
    {
        m_sandbox->server->setEnforceScopes(true);
        ConnectionForm form(m_store.get());
        QVERIFY(form.importIonApi(m_ionApiPath));
        form.startTest();
        QTRY_VERIFY_WITH_TIMEOUT(!form.tester()->isRunning(), 10000);
        QVERIFY(!form.createButton()->isEnabled());
        QVERIFY2(form.message().contains(u"403"_s), qPrintable(form.message()));
    }

    void testCanBeStopped()
    {
        FaultInjector::Settings slow;
        slow.latencyMs = 5000;
        m_sandbox->server->faults().setSettings(slow);
        ConnectionForm form(m_store.get());
        form.show();
        QVERIFY(form.importIonApi(m_ionApiPath));
        QTest::mouseClick(form.testButton(), Qt::LeftButton);
        QTRY_VERIFY(form.tester()->isRunning());
        QVERIFY(form.testButton()->text().contains(u"Stop"_s));
        QTest::mouseClick(form.testButton(), Qt::LeftButton);
        QVERIFY(!form.tester()->isRunning());
        QVERIFY(form.testButton()->text().contains(u"Test Connection"_s));
        QVERIFY(!form.createButton()->isEnabled());
    }

    void ctrlShiftRShowsEverySecretAndCtrlOImports()
    {
        ConnectionForm form(m_store.get());
        form.show();
        QVERIFY(QTest::qWaitForWindowActive(&form));
        auto *tabs = form.findChild<QTabWidget *>(u"connectionTabs"_s);
        tabs->setCurrentIndex(1);
        auto *serviceUrl = form.findChild<QLineEdit *>(u"serviceUrl"_s);
        serviceUrl->setFocus();
        QTRY_VERIFY(serviceUrl->hasFocus());
        const QList<SecretLineEdit *> secrets = form.findChildren<SecretLineEdit *>();
        QVERIFY(secrets.size() >= 3);
        QTest::keySequence(serviceUrl, QKeySequence(u"Ctrl+Shift+R"_s)); // from a field that is not a secret
        for (const SecretLineEdit *e : secrets)
            QVERIFY2(e->isRevealed(), qPrintable(e->objectName()));
        secrets.first()->setFocus();
        QTest::keySequence(secrets.first(), QKeySequence(u"Ctrl+Shift+R"_s)); // and from a secret: all hidden again
        for (const SecretLineEdit *e : secrets)
            QVERIFY2(!e->isRevealed(), qPrintable(e->objectName()));
        // Ctrl+O reaches the import, and nothing else: the key's event is taken on its way (so
        // that no modal file dialog opens here) and its target named.
        auto *import = form.findChild<QShortcut *>(u"importShortcut"_s);
        QVERIFY(import);
        struct Spy : QObject
        {
            QList<std::pair<QObject *, bool>> hits;
            bool eventFilter(QObject *watched, QEvent *event) override
            {
                if (event->type() != QEvent::Shortcut)
                    return false;
                hits.append({watched, static_cast<QShortcutEvent *>(event)->isAmbiguous()});
                return true;
            }
        } spy;
        qApp->installEventFilter(&spy);
        QTest::keySequence(serviceUrl, QKeySequence::Open);
        qApp->removeEventFilter(&spy);
        QCOMPARE(spy.hits.size(), 1);
        QCOMPARE(spy.hits.first().first, import);
        QVERIFY(!spy.hits.first().second);
    }

    void badFileNamesTheKey()
    {
        QFile bad(m_dir.filePath(u"bad.ionapi"_s));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write(R"({"ti": "ACME", "ci": 5})");
        bad.close();
        ConnectionForm form(m_store.get());
        QVERIFY(!form.importIonApi(bad.fileName()));
        QVERIFY2(form.message().contains(u"missing"_s), qPrintable(form.message()));
        QVERIFY(child<QLineEdit>(&form, u"serviceUrl"_s)->text().isEmpty());
    }

    void dropImportsTheFile()
    {
        ConnectionForm form(m_store.get());
        form.show();
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(m_ionApiPath)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, {});
        QApplication::sendEvent(&form, &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, {});
        QApplication::sendEvent(&form, &drop);
        QCOMPARE(child<QLineEdit>(&form, u"serviceUrl"_s)->text(), m_sandbox->server->serviceUrl().toString());
    }

    void revealToggleShowsAndHides()
    {
        SecretLineEdit edit;
        edit.setText(u"secret"_s);
        QCOMPARE(edit.echoMode(), QLineEdit::Password);
        edit.revealAction()->trigger();
        QCOMPARE(edit.echoMode(), QLineEdit::Normal);
        edit.revealAction()->trigger();
        QCOMPARE(edit.echoMode(), QLineEdit::Password);
    }

    void untrustedCertificateCanBeTrustedExplicitly()
    {
        SandboxConfig config;
        config.tls = true;
        SandboxFixture tls(config);
        QString error;
        const QString path = m_dir.filePath(u"tls.ionapi"_s);
        QVERIFY(tls.server->writeIonApi(path, &error));
        ConnectionForm form(m_store.get());
        form.show();
        QVERIFY(form.importIonApi(path));
        form.startTest();
        auto *trust = child<QPushButton>(&form, u"trustCertificate"_s);
        QTRY_VERIFY_WITH_TIMEOUT(trust->isVisible(), 10000);
        QVERIFY(!form.createButton()->isEnabled());
        QVERIFY(form.message().contains(u"not trusted"_s));
        QTest::mouseClick(trust, Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = form.findChild<QMessageBox *>(u"trustDialog"_s)) != nullptr);
        QVERIFY(box->text().contains(TlsTrust::fingerprint(tls.server->certificate())));
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == QMessageBox::AcceptRole)
                b->click();
        }
        QTRY_VERIFY_WITH_TIMEOUT(form.createButton()->isEnabled(), 10000);
        QCOMPARE(form.currentProfile().trustedCertificates, QList<QSslCertificate> {tls.server->certificate()});
    }

    void connectionsPageRetestsAndDeletes()
    {
        OAuthSessionPool pool;
        ConnectionsPage page(m_store.get(), &pool);
        QAbstractItemModelTester check(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.show();
        ConnectionProfile p = m_sandbox->profile();
        p.name = u"Page test"_s;
        p.environmentId = m_envs->environments().first().id;
        bool saved = false;
        m_store->save(p, [&](bool ok, const QString &) { saved = ok; });
        QTRY_VERIFY(saved);
        QCOMPARE(page.model()->rowCount(), 1);
        page.selectConnection(m_store->connectionByName(u"Page test"_s)->id);
        QCOMPARE(page.currentId(), m_store->connectionByName(u"Page test"_s)->id);
        page.retestCurrent();
        QTRY_VERIFY_WITH_TIMEOUT(m_store->connectionByName(u"Page test"_s)->lastTestTime.isValid(), 10000);
        QVERIFY(m_store->connectionByName(u"Page test"_s)->lastTestPassed);
        QCOMPARE(m_sandbox->server->oauth()->liveTokens(), 1); // kept for reuse by the pool

        const QString id = m_store->connectionByName(u"Page test"_s)->id;
        page.selectConnection(id);
        QCOMPARE(page.currentId(), id);
        QCOMPARE(page.view()->currentIndex().siblingAtColumn(ConnectionsModel::LastTestColumn).data(Qt::DecorationRole).typeId(),
                 QMetaType::QIcon);
        page.deleteCurrent(false);
        QTRY_COMPARE(page.model()->rowCount(), 0);
        QCOMPARE(m_sandbox->server->oauth()->liveTokens(), 0); // revoked on delete
        bool gone = false;
        m_secrets->read(u"connection/"_s + id, [&](SecretStore::Result r, const QByteArray &, const QString &) {
            gone = r == SecretStore::Result::NotFound;
        });
        QVERIFY(gone);
        QVERIFY(m_envs->environments().first().retired);
    }

    void provisionDialogCreatesAnEnvironment()
    {
        ProvisionDialog dialog(m_envs.get());
        dialog.show();
        QTest::keyClicks(child<QLineEdit>(&dialog, u"environmentName"_s), u"Development"_s);
        QTest::mouseClick(child<QPushButton>(&dialog, u"provisionButton"_s), Qt::LeftButton);
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.environment().name, u"Development"_s);
        QCOMPARE(dialog.environment().erp, u"Infor FSM"_s);
        QVERIFY(m_envs->nameExists(u"Development"_s));
    }

    void provisionDialogSaysWhyItFailed()
    {
        ProvisionDialog dialog(m_envs.get());
        dialog.show();
        QTest::keyClicks(child<QLineEdit>(&dialog, u"environmentName"_s), u"Default"_s);
        QTest::mouseClick(child<QPushButton>(&dialog, u"provisionButton"_s), Qt::LeftButton);
        auto *status = child<QLabel>(&dialog, u"provisionStatus"_s);
        QTRY_VERIFY(status->text().contains(u"exists already"_s));
        QVERIFY(dialog.isVisible());
        QVERIFY(child<QLineEdit>(&dialog, u"environmentName"_s)->isEnabled()); // the person can fix it
    }

    void dialogOpensWithTheFileImported()
    {
        OAuthSessionPool pool;
        ConnectionsPage page(m_store.get(), &pool);
        ConnectionDialog *dialog = page.newConnection(m_ionApiPath);
        QVERIFY(dialog->isVisible());
        QCOMPARE(child<QLineEdit>(dialog, u"serviceUrl"_s)->text(), m_sandbox->server->serviceUrl().toString());
        dialog->reject();
    }
};

QTEST_MAIN(TestConnectionForm)
#include "tst_connectionform.moc"
