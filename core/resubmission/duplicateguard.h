// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "messagelog/logmessage.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

class MessageLookup;
class QObject;
class ResubmissionJournal;

// What the duplicate guard says about one document.
struct GuardVerdict
{
    enum class Kind {
        Checking,
        Send,               // nothing speaks against sending it
        AlreadyResubmitted, // the journal has an accepted resubmission of it
        DeliveredSince,     // the message log shows it delivered after it failed
        NotChecked,         // the journal or the log could not be asked
        StoppedByFilter,    // a document flow filter kept it from its target on purpose
    };
    Kind kind = Kind::Checking;
    QDateTime when;
    QString reference; // the batch, the later message, or the target a filter kept it from
    QString detail;    // why it could not be checked
    QString who;       // who resubmitted it before ("anna@host"), when known

    // Held back unless a person (or --force) says otherwise.
    bool holdsBack() const { return kind != Kind::Send && kind != Kind::Checking; }
    QString text() const;
};

// The duplicate guard, one rule for the window and the command line: a document is held back
// when a resubmission of its business key was accepted before (the journal, every batch), or
// when the message log shows the document delivered after the failure being resubmitted (a
// newer version went through; resending the old one would overwrite it), or when either could
// not be asked. A document that a flow's filter stopped (ION logs "Filtered Out") is held back
// too: resent from the workbench it goes by lid://default, past that filter (a test company's
// order could reach production). A document from a file has no failure in the log to compare
// with: the journal alone decides.
class DuplicateGuard
{
    Q_DECLARE_TR_FUNCTIONS(DuplicateGuard)
public:
    DuplicateGuard(ResubmissionJournal *journal, MessageLookup *lookup);
    // `done` runs once: at once when the journal decides, else when the log has answered.
    void check(const LogMessage &failed, const std::function<void(const GuardVerdict &)> &done);

private:
    ResubmissionJournal *m_journal;
    MessageLookup *m_lookup;
};
