// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

// The one place that knows ION's API paths under a Service URL (iu + "/" + ti) and the logical
// ids the workbench uses. Widgets and commands ask here; none of them builds a path.
namespace IonEndpoints {
// Where ION routes a document by its document flows.
inline const QString defaultLogicalId = QStringLiteral("lid://default");
// The workbench's own connection point (a Connection Point of type IMS in the tenant).
inline const QString workbenchLogicalId = QStringLiteral("lid://infor.ims.workbench");
// The largest message IMS takes; ION logs a larger one as "Size Over Limit" and routes nothing.
inline constexpr qint64 maxMessageBytes = 5 * 1024 * 1024;

// IMS, the messaging service: .../IONSERVICES/api/ion/messaging/service
QUrl ims(const QUrl &serviceUrl);
QUrl imsPing(const QUrl &serviceUrl);
// IMS's multipart message endpoint, v2 or v3.
QUrl imsMultipartMessage(const QUrl &serviceUrl, int version);
// What an IMS connection point accepts: .../v3/<logical id without lid://>/acceptedDocuments
QUrl imsAcceptedDocuments(const QUrl &serviceUrl, const QString &logicalId);
// OneView, the message log: .../IONSERVICES/oneviewapi/data/<what> ("" for the search itself).
QUrl oneView(const QUrl &serviceUrl, const QString &what = {});
}
