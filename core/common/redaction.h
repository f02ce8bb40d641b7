// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// Turns secrets into something safe to print: logs, headless output and error text never
// carry a token, password or client secret.
namespace Redaction {
// "abcd…(32 chars)" style is still too much for a secret; we show only its length.
QString mask(const QString &secret);
// Removes values of known secret parameters (password=, client_secret=, access_token=,
// refresh_token=, token=, Authorization headers) from a free-form text.
QString scrub(const QString &text);
}
