// SPDX-License-Identifier: GPL-3.0-or-later
// Precompiled for every library and test: the Qt headers nearly every file includes. Parsing
// them took most of each file's compile time (7-9 s a file on the 2-core CI machine).
#pragma once
#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <QXmlStreamReader>
#include <functional>
#include <memory>
#include <optional>
