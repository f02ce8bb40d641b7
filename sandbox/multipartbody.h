// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>

#include <optional>

// Reads a multipart/form-data body into its named parts (IMS's ParameterRequest and
// MessagePayload). Returns nothing when the body or its boundary is malformed.
namespace MultipartBody {
std::optional<QHash<QByteArray, QByteArray>> parse(const QByteArray &contentType, const QByteArray &body);
}
