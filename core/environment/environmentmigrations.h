// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

// The numbered steps that make an environment's database what this version of the workbench
// reads. `schema_version` holds the last step applied; each step runs in the transaction that
// records it, so a database is always at one version and never between two. Every version the
// workbench has written is upgraded on open; a database from a newer workbench is refused.
//
// Add a step at the end, never change one that has shipped: a file written by that release is
// upgraded by exactly the steps after its version (tests/tst_environmentmigrations.cpp keeps one
// database of each released version).
namespace EnvironmentMigrations {
// 1 meta and schema_version (provisioning)   4 the journal's next_message_id
// 2 the message log (messages, events)       5 resubmission_runners (one runner per batch)
// 3 the resubmission journal                 6 tenant_routing (the routing model)
//                                             7 who: batches' authors, replication_runs
constexpr int CurrentVersion = 9;

// The version recorded in the database; 0 for a database without one (new, or made before
// versions were kept), -1 when it cannot be read.
int version(const QSqlDatabase &db);

// Applies the missing steps, one transaction each (BEGIN IMMEDIATE: two processes opening the
// same old file upgrade it once). False with the reason when a step fails (the database stays at
// the step before) or the database is newer than this workbench.
bool upgrade(const QSqlDatabase &db, QString *error);
} // namespace EnvironmentMigrations
