// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every headless command exits with, so that scripts can tell the cases apart.
enum ExitCode {
    Ok = 0,       // done; for a test or a check: it passed
    Failed = 1,   // it ran, and something failed (a stage, a document, a check)
    BadInput = 2, // it could not run: a bad file, option or filter, a missing connection
};
