// SPDX-License-Identifier: GPL-3.0-or-later
// Precompiled for the widget libraries and GUI tests: the core set and the widgets most use.
#pragma once
#include "precompiled-core.h"
#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QWidget>
