// SPDX-License-Identifier: GPL-3.0-or-later
// The compiled .qm files live in the resource object library qt_add_translations attaches here (:/i18n).
