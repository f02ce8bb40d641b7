// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bod/bod.h"

#include <QJsonObject>

// A BodDocument as JSON: `bod inspect --json` prints it, golden-file tests compare it.
namespace BodJson {
QJsonObject toJson(const BodDocument &document);
}
