// SPDX-License-Identifier: GPL-3.0-or-later
#include "ion/ionendpoints.h"

using namespace Qt::StringLiterals;

namespace {
QString base(const QUrl &serviceUrl)
{
    QString url = serviceUrl.toString();
    while (url.endsWith(u'/'))
        url.chop(1);
    return url;
}
} // namespace

QUrl IonEndpoints::ims(const QUrl &serviceUrl)
{
    return QUrl(base(serviceUrl) + u"/IONSERVICES/api/ion/messaging/service"_s);
}

QUrl IonEndpoints::imsPing(const QUrl &serviceUrl)
{
    return QUrl(ims(serviceUrl).toString() + u"/ping"_s);
}

QUrl IonEndpoints::imsMultipartMessage(const QUrl &serviceUrl, int version)
{
    return QUrl(ims(serviceUrl).toString() + (version == 2 ? u"/v2/multipartMessage"_s : u"/v3/multipartMessage"_s));
}

QUrl IonEndpoints::oneView(const QUrl &serviceUrl, const QString &what)
{
    return QUrl(base(serviceUrl) + u"/IONSERVICES/oneviewapi/data"_s + (what.isEmpty() ? QString() : u'/' + what));
}

QUrl IonEndpoints::imsAcceptedDocuments(const QUrl &serviceUrl, const QString &logicalId)
{
    const QString name = logicalId.startsWith(u"lid://"_s) ? logicalId.mid(6) : logicalId;
    return QUrl(ims(serviceUrl).toString() + u"/v3/"_s + QString::fromLatin1(QUrl::toPercentEncoding(name))
                + u"/acceptedDocuments"_s);
}
