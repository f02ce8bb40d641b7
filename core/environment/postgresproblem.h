// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

struct DatabaseLocation;

// What went wrong when a PostgreSQL server was asked for a connection, from libpq's words, and
// what the person can do about it.
namespace PostgresProblem {
enum class Kind { Unreachable, Authentication, NoDatabase, Tls, DriverMissing, NoCreate, TooOld, OtherEnvironment, Other };
Kind classify(const QString &serverText);
QString explain(Kind kind, const DatabaseLocation &location, const QString &serverText);
// The oldest server the environments run on (PostgreSQL 13).
constexpr int MinimumServerVersion = 130000;
} // namespace PostgresProblem
