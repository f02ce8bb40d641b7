// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/logging.h"

Q_LOGGING_CATEGORY(lcIonApi, "workbench.ionapi", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOAuth, "workbench.oauth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcIms, "workbench.ims", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "workbench.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEnvironment, "workbench.environment", QtInfoMsg)
Q_LOGGING_CATEGORY(lcTester, "workbench.tester", QtInfoMsg)
