// SPDX-License-Identifier: GPL-3.0-or-later
// The English plural forms' .qm lives in the resource object library attached here (:/i18n).
