// SPDX-License-Identifier: GPL-3.0-or-later
// The icons live in the resource object library qt_add_resources attaches to this target.
