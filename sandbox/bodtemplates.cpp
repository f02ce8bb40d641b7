// SPDX-License-Identifier: GPL-3.0-or-later
#include "bodtemplates.h"

using namespace Qt::StringLiterals;

QStringList BodTemplates::documentTypes()
{
    return {u"Sync.SupplierPartyMaster"_s, u"Sync.PayableTransaction"_s, u"Process.PurchaseOrder"_s,
            u"Sync.SalesOrder"_s,          u"Process.Shipment"_s,        u"Sync.ItemMaster"_s,
            u"Process.Location"_s,         u"Sync.CodeDefinition"_s};
}

namespace {
QString escape(const QString &s)
{
    return s.toHtmlEscaped();
}

// The noun's business content, by noun.
QString body(const QString &noun, const BodTemplates::Fields &f)
{
    const QString id = u"<DocumentID><ID accountingEntity=\"%1\" location=\"%2\" variationID=\"%3\">%4</ID></DocumentID>"_s
                           .arg(escape(f.accountingEntity), escape(f.location))
                           .arg(f.variation)
                           .arg(escape(f.documentId));
    auto lines = [&](const QString &element, const QString &unit) {
        QString out;
        for (int i = 1; i <= f.lines; ++i)
            out += u"<%1><LineNumber>%2</LineNumber><Item><ItemID><ID>ITEM-%3</ID></ItemID></Item>"
                   "<Quantity unitCode=\"%4\">%5</Quantity></%1>"_s.arg(element)
                       .arg(i)
                       .arg(1000 + (i * 37) % 900)
                       .arg(unit)
                       .arg(i * 5);
        return out;
    };
    if (noun == u"SupplierPartyMaster"_s)
        return id + u"<Name>Supplier %1</Name><Location type=\"Office\"><Address><CityName>Hamburg</CityName>"
                    "<CountryCode>DE</CountryCode></Address></Location><Status><Code>Active</Code></Status>"_s.arg(f.documentId);
    if (noun == u"PayableTransaction"_s)
        return id + u"<TotalAmount currencyID=\"EUR\">%1.00</TotalAmount><DueDateTime>%2</DueDateTime>"_s
                        .arg(100 + f.variation % 9000)
                        .arg(f.created.addDays(30).toString(Qt::ISODate));
    if (noun == u"PurchaseOrder"_s)
        return u"<PurchaseOrderHeader>"_s + id + u"</PurchaseOrderHeader>"_s + lines(u"PurchaseOrderLine"_s, u"EA"_s);
    if (noun == u"SalesOrder"_s)
        return u"<SalesOrderHeader>"_s + id + u"<CustomerParty><PartyIDs><ID>C%1</ID></PartyIDs></CustomerParty>"
                                              "</SalesOrderHeader>"_s.arg(f.variation % 500)
            + lines(u"SalesOrderLine"_s, u"EA"_s);
    if (noun == u"Shipment"_s)
        return u"<ShipmentHeader>"_s + id + u"</ShipmentHeader>"_s + lines(u"ShipmentItem"_s, u"EA"_s);
    if (noun == u"ItemMaster"_s)
        return u"<ItemMasterHeader>"_s + id + u"<Description>Item %1</Description></ItemMasterHeader>"_s.arg(f.documentId);
    if (noun == u"CodeDefinition"_s)
        return id + u"<ListID>UnitCode</ListID><Description>Unit %1</Description>"_s.arg(f.documentId);
    return id + u"<Name>Location %1</Name>"_s.arg(f.documentId);
}
} // namespace

QByteArray BodTemplates::make(const Fields &f)
{
    const QString verb = f.documentType.section(u'.', 0, 0);
    const QString noun = f.documentType.section(u'.', 1);
    const QString action = !f.actionCode.isEmpty() ? f.actionCode
        : verb == u"Sync"_s                        ? u"Replace"_s
                                                   : u"Add"_s;
    const QString xml =
        u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<%1%2 xmlns=\"http://schema.infor.com/InforOAGIS/2\" releaseID=\"9.2\" versionID=\"2.14.6\">\n"
        "  <ApplicationArea>\n"
        "    <Sender>\n"
        "      <LogicalID>%3</LogicalID>\n"
        "      <ComponentID>%4</ComponentID>\n"
        "      <ConfirmationCode>OnError</ConfirmationCode>\n"
        "    </Sender>\n"
        "    <CreationDateTime>%5</CreationDateTime>\n"
        "    <BODID>%6</BODID>\n"
        "  </ApplicationArea>\n"
        "  <DataArea>\n"
        "    <%1>\n"
        "      <TenantID>%7</TenantID>\n"
        "      <AccountingEntityID>%8</AccountingEntityID>\n"
        "      <LocationID>%9</LocationID>\n"
        "      <ActionCriteria>\n"
        "        <ActionExpression actionCode=\"%10\"/>\n"
        "      </ActionCriteria>\n"
        "    </%1>\n"
        "    <%2>%11</%2>\n"
        "  </DataArea>\n"
        "</%1%2>\n"_s.arg(verb, noun, escape(f.senderLogicalId),
                          f.senderLogicalId.section(u'.', 1, 1).toUpper(),
                          f.created.toUTC().toString(Qt::ISODateWithMs), escape(f.bodId), escape(f.tenant),
                          escape(f.accountingEntity), escape(f.location))
            .arg(action, body(noun, f));
    return xml.toUtf8();
}
