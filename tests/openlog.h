// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "logviewpage.h"
#include "workspace/connectionworkspace.h"

#include <QtGlobal>

// Shows the log of the environment at `path` in `page`, as the window does for a connection;
// here the page keeps the workspace (the window owns it in the application).
inline ConnectionWorkspace *openLog(LogViewPage &page, const ConnectionProfile &profile, OAuthSession *session,
                                    const QString &path)
{
    QString error;
    auto workspace = ConnectionWorkspace::open(profile, path, session, &error);
    if (!workspace) {
        qWarning("the environment cannot be opened: %s", qPrintable(error));
        return nullptr;
    }
    ConnectionWorkspace *w = workspace.release();
    w->setParent(&page);
    page.setWorkspace(w);
    return w;
}
