// SPDX-License-Identifier: GPL-3.0-or-later
// BOD parsing and validation: golden files for the facts and outline, a table of broken
// documents with the problem each must report, and hostile input rejected fast.
#include "bod/bodformatter.h"
#include "bod/bodjson.h"
#include "bod/bodparser.h"
#include "routing/flowfilter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
QString input(const QString &name)
{
    return QStringLiteral(TEST_DATA_DIR "/bod/input/") + name;
}
QStringList codes(const BodDocument &d)
{
    QStringList list;
    for (const BodProblem &p : d.problems)
        list << p.code;
    return list;
}
} // namespace

class TestBodParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void problems_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("readable");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("a valid Sync BOD") << u"sync-supplier-party-master.xml"_s << true << QStringList();
        QTest::addRow("a valid Process BOD with lines and a UserArea") << u"process-purchase-order.xml"_s << true
                                                                       << QStringList();
        QTest::addRow("broken XML") << u"not-well-formed.xml"_s << false << QStringList {u"not-well-formed"_s};
        QTest::addRow("entity expansion bomb") << u"billion-laughs.xml"_s << false << QStringList {u"doctype"_s};
        QTest::addRow("external entity") << u"external-entity.xml"_s << false << QStringList {u"doctype"_s};
        QTest::addRow("undeclared entity") << u"undeclared-entity.xml"_s << false << QStringList {u"not-well-formed"_s};
        QTest::addRow("wrong namespace") << u"wrong-namespace.xml"_s << true << QStringList {u"namespace"_s};
        QTest::addRow("root does not match verb and noun") << u"root-mismatch.xml"_s << true
                                                           << QStringList {u"root-mismatch"_s};
        QTest::addRow("action code not allowed for Sync") << u"bad-action-code.xml"_s << true
                                                          << QStringList {u"action-code"_s};
        QTest::addRow("BODID missing") << u"missing-bodid.xml"_s << true << QStringList {u"no-bodid"_s};
        QTest::addRow("logical id without lid://") << u"logical-id-without-lid.xml"_s << true
                                                   << QStringList {u"logical-id-form"_s};
        QTest::addRow("two noun types") << u"two-noun-types.xml"_s << true << QStringList {u"several-noun-types"_s};
        QTest::addRow("creation time not ISO 8601") << u"bad-creation-time.xml"_s << true
                                                    << QStringList {u"creation-time-format"_s};
    }
    void problems()
    {
        QFETCH(QString, file);
        QFETCH(bool, readable);
        QFETCH(QStringList, expected);
        const BodDocument d = BodParser::parseFile(input(file));
        QCOMPARE(d.readability == BodDocument::Readability::Xml, readable);
        QStringList errors;
        for (const BodProblem &p : d.problems) {
            if (p.severity == BodProblem::Severity::Error)
                errors << p.code;
            QVERIFY2(!p.message.isEmpty(), qPrintable(p.code));
        }
        QCOMPARE(errors, expected);
        QCOMPARE(d.isValid(), expected.isEmpty());
    }

    void problemsCarryTheirLine()
    {
        const BodDocument bad = BodParser::parseFile(input(u"bad-action-code.xml"_s));
        QCOMPARE(bad.problems.first().line, 18); // the ActionExpression element
        const BodDocument broken = BodParser::parseFile(input(u"not-well-formed.xml"_s));
        QCOMPARE(broken.problems.first().line, 9); // </DataArea> closes while <Sync> is open
        const BodDocument mixed = BodParser::parseFile(input(u"two-noun-types.xml"_s));
        QCOMPARE(mixed.problems.first().line, 39); // the CustomerPartyMaster element
    }

    // Golden files: facts, problems and outline as `bod inspect --json` prints them.
    // Run with IONWB_UPDATE_GOLDEN=1 to rewrite the references after a deliberate change.
    void golden_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *n : {"sync-supplier-party-master", "process-purchase-order", "root-mismatch", "two-noun-types"})
            QTest::addRow("%s", n) << QString::fromLatin1(n);
    }
    void golden()
    {
        QFETCH(QString, name);
        const BodDocument d = BodParser::parseFile(input(name + u".xml"_s));
        const QByteArray actual = QJsonDocument(BodJson::toJson(d)).toJson(QJsonDocument::Indented);
        const QString referencePath = QStringLiteral(TEST_DATA_DIR "/bod/reference/") + name + u".json"_s;
        if (qEnvironmentVariableIsSet("IONWB_UPDATE_GOLDEN")) {
            QFile out(referencePath);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(actual);
        }
        QFile reference(referencePath);
        QVERIFY2(reference.open(QIODevice::ReadOnly), qPrintable(referencePath));
        const QByteArray expected = reference.readAll();
        if (actual != expected) {
            const QList<QByteArray> a = actual.split('\n');
            const QList<QByteArray> e = expected.split('\n');
            for (qsizetype i = 0; i < qMax(a.size(), e.size()); ++i) {
                if (a.value(i) != e.value(i))
                    QFAIL(qPrintable(u"line %1 differs:\n  expected: %2\n  actual:   %3"_s.arg(i + 1).arg(
                        QString::fromUtf8(e.value(i)), QString::fromUtf8(a.value(i)))));
            }
        }
    }

    void factsOfASyncBod()
    {
        const BodFacts f = BodParser::parseFile(input(u"sync-supplier-party-master.xml"_s)).facts;
        QCOMPARE(f.documentName(), u"Sync.SupplierPartyMaster"_s);
        QCOMPARE(f.documentId, u"V10442"_s);
        QCOMPARE(f.accountingEntity, u"100"_s);
        QCOMPARE(f.location, u"MAIN"_s);
        QCOMPARE(f.actionCode, u"Replace"_s);
        QCOMPARE(f.senderLogicalId, u"lid://infor.fsm.acme_fsm"_s);
        QVERIFY(f.bodId.startsWith(u"infor-nid:ACME_TST:100:MAIN:V10442"_s));
        QCOMPARE(f.nounCount, 1);
    }

    void masterDataCarriesItsKeyWhereTheNounKeepsIt_data()
    {
        QTest::addColumn<QByteArray>("noun");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("variation");
        QTest::addRow("CustomerPartyMaster: PartyIDs/ID")
            << QByteArray("<CustomerPartyMaster><PartyIDs><ID accountingEntity=\"100\" lid=\"lid://infor.ln.ln1\" "
                          "variationID=\"77\">C-1001</ID></PartyIDs><Name>Acme</Name></CustomerPartyMaster>")
            << u"C-1001"_s << u"77"_s;
        QTest::addRow("ItemMaster: ItemMasterHeader/ItemID/ID")
            << QByteArray("<ItemMaster><ItemMasterHeader><ItemID><ID variationID=\"3\">ITEM-9</ID></ItemID>"
                          "<Description>Bolt</Description></ItemMasterHeader></ItemMaster>")
            << u"ITEM-9"_s << u"3"_s;
        QTest::addRow("DocumentID wins over PartyIDs")
            << QByteArray("<CustomerPartyMaster><PartyIDs><ID variationID=\"1\">P-1</ID></PartyIDs>"
                          "<DocumentID><ID variationID=\"2\">D-1</ID></DocumentID></CustomerPartyMaster>")
            << u"D-1"_s << u"2"_s;
        QTest::addRow("another identifier with variationID")
            << QByteArray("<CodeDefinition><CodeDefinitionHeader><ListID><ID variationID=\"5\">UOM</ID></ListID>"
                          "</CodeDefinitionHeader></CodeDefinition>")
            << u"UOM"_s << u"5"_s;
        QTest::addRow("an ID deeper down is not the key")
            << QByteArray("<ItemMaster><ItemMasterHeader><Classification><ItemID><ID>X</ID></ItemID></Classification>"
                          "</ItemMasterHeader></ItemMaster>")
            << QString() << QString();
    }
    void masterDataCarriesItsKeyWhereTheNounKeepsIt()
    {
        QFETCH(QByteArray, noun);
        QFETCH(QString, key);
        QFETCH(QString, variation);
        const QByteArray name = noun.mid(1, noun.indexOf('>') - 1);
        const QByteArray bod = "<Sync" + name + " xmlns=\"http://schema.infor.com/InforOAGIS/2\"><ApplicationArea><Sender>"
            "<LogicalID>lid://infor.ln.ln1</LogicalID></Sender><CreationDateTime>2026-12-02T10:00:00Z</CreationDateTime>"
            "<BODID>x</BODID></ApplicationArea><DataArea><Sync><ActionCriteria><ActionExpression actionCode=\"Replace\"/>"
            "</ActionCriteria></Sync>" + noun + "</DataArea></Sync" + name + ">";
        const BodDocument d = BodParser::parse(bod);
        QCOMPARE(d.facts.noun, QString::fromLatin1(name));
        QCOMPARE(d.facts.documentId, key);
        QCOMPARE(d.facts.variationId, variation);
        bool warned = false;
        for (const BodProblem &p : d.problems)
            warned = warned || p.message.contains(u"no business key"_s);
        QCOMPARE(warned, key.isEmpty());
    }

    void hostileInputIsRejectedFast_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("code");
        QFile bomb(input(u"billion-laughs.xml"_s));
        QVERIFY(bomb.open(QIODevice::ReadOnly));
        QTest::addRow("billion laughs") << bomb.readAll() << u"doctype"_s;
        QByteArray quadratic = "<!DOCTYPE a [<!ENTITY x \"" + QByteArray(50000, 'x') + "\">]><a>";
        for (int i = 0; i < 5000; ++i)
            quadratic += "&x;";
        QTest::addRow("quadratic blow-up") << QByteArray(quadratic + "</a>") << u"doctype"_s;
        QByteArray deep;
        for (int i = 0; i < 100000; ++i)
            deep += "<a>";
        QTest::addRow("100,000 nested elements") << deep << u"too-deep"_s;
        QTest::addRow("not XML at all") << QByteArray("%PDF-1.7 binary") << u"not-well-formed"_s;
        // Found by a mutation run: QXmlStreamReader checks each attribute against all before it.
        QByteArray attributes = "<SyncItemMaster xmlns=\"http://schema.infor.com/InforOAGIS/2\">\n<a";
        for (int i = 0; i < 100000; ++i)
            attributes += " a" + QByteArray::number(i) + "=\"1\"";
        QTest::addRow("100,000 attributes on one element") << QByteArray(attributes + "/></SyncItemMaster>")
                                                           << u"too-many-attributes"_s;
        QTest::addRow("a 65 MB text node")
            << QByteArray("<a>" + QByteArray(65 * 1024 * 1024, 'x') + "</a>") << u"text-too-large"_s;
        QTest::addRow("a 65 MB CDATA section")
            << QByteArray("<a><![CDATA[" + QByteArray(65 * 1024 * 1024, 'x') + "]]></a>") << u"text-too-large"_s;
        QTest::addRow("empty") << QByteArray() << u"not-well-formed"_s;
    }
    void hostileInputIsRejectedFast()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, code);
        QElapsedTimer clock;
        clock.start();
        const BodDocument d = BodParser::parse(xml);
        QVERIFY2(clock.elapsed() < 2000, "rejecting hostile input must not expand it");
        QCOMPARE(d.readability, BodDocument::Readability::NotXml);
        QCOMPARE(codes(d), QStringList {code});
    }

    void shapeProblemsNameTheirLine()
    {
        QByteArray xml = "<a>\n<b>\n<c";
        for (int i = 0; i < 1001; ++i)
            xml += " x" + QByteArray::number(i) + "='=>'"; // quoted '=' and '>' are not attributes
        const BodDocument d = BodParser::parse(xml + "/></b></a>");
        QCOMPARE(codes(d), QStringList {u"too-many-attributes"_s});
        QCOMPARE(d.problems.first().line, 3);
        // At the limit itself the element is read.
        QByteArray fine = "<a";
        for (int i = 0; i < 1000; ++i)
            fine += " x" + QByteArray::number(i) + "=\"1\"";
        QVERIFY(!codes(BodParser::parse(fine + "/>")).contains(u"too-many-attributes"_s));
    }

    void theFormatterAndTheFilterRefuseTheSameShapes()
    {
        QByteArray xml = "<a";
        for (int i = 0; i < 100000; ++i)
            xml += " a" + QByteArray::number(i) + "=\"1\"";
        xml += "/>";
        QElapsedTimer clock;
        clock.start();
        QCOMPARE(BodFormatter::pretty(xml), xml); // unchanged, at once
        QString error;
        const auto filter = FlowFilter::parse(u"a/@a1 = 1"_s, &error);
        QVERIFY2(filter, qPrintable(error));
        const FlowFilter::Result r = filter->evaluate(xml);
        QVERIFY(!r.readable);
        QVERIFY2(r.error.contains(u"attributes"_s), qPrintable(r.error));
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    }

    void theStartOfALargeDocumentIsFormattedAlone()
    {
        QFile f(QStringLiteral(TEST_DATA_DIR "/bod/input/sync-supplier-party-master.xml"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray xml = f.readAll();
        const QByteArray whole = BodFormatter::pretty(xml);
        for (const qsizetype bytes : {qsizetype(40), xml.size() / 3, xml.size() / 2, xml.size()}) {
            const QByteArray start = BodFormatter::prettyStart(xml, bytes);
            QVERIFY2(whole.startsWith(start), start.constData());
            QVERIFY(start.isEmpty() || start.endsWith('\n'));
        }
        QVERIFY(BodFormatter::prettyStart(xml, xml.size() / 2).count('\n') > 5);
        // What cannot be formatted gives no start: a DTD, broken XML.
        QVERIFY(BodFormatter::prettyStart("<!DOCTYPE a [<!ENTITY e 'x'>]><a>&e;</a>", 100).isEmpty());
        QVERIFY(BodFormatter::prettyStart("<a><b></c></a>", 100).isEmpty());
    }

    void sizeLimitIsChecked()
    {
        BodParser::Limits limits;
        limits.maxBytes = 100;
        const BodDocument d = BodParser::parse(QByteArray(101, ' '), limits);
        QCOMPARE(codes(d), QStringList {u"too-large"_s});
    }

    void manyNounInstancesAreCounted()
    {
        QFile f(input(u"process-purchase-order.xml"_s));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray xml = f.readAll();
        const qsizetype at = xml.indexOf("</PurchaseOrder>") + int(strlen("</PurchaseOrder>"));
        const QByteArray extra = "<PurchaseOrder><PurchaseOrderHeader><DocumentID><ID>PO-X</ID></DocumentID>"
                                 "</PurchaseOrderHeader></PurchaseOrder>";
        QByteArray many;
        for (int i = 0; i < 20000; ++i)
            many += extra;
        xml.insert(at, many);
        const BodDocument d = BodParser::parse(xml);
        QVERIFY(d.isValid());
        QCOMPARE(d.facts.nounCount, 20001);
        QCOMPARE(d.facts.documentId, u"PO-2026-0042"_s); // the first instance's
    }
};

QTEST_GUILESS_MAIN(TestBodParser)
#include "tst_bodparser.moc"
