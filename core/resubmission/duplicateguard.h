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
    };
    Kind kind = Kind::Checking;
    QDateTime when;
    QString reference; // the batch or the later message
    QString detail;    // why it could not be checked

    // Held back unless a person (or --force) says otherwise.
    bool holdsBack() const { return kind != Kind::Send && kind != Kind::Checking; }
    QString text() const;
};

// The duplicate guard, one rule for the window and the command line: a document is held back
// when a resubmission of its business key was accepted before (the journal, every batch), or
// when the message log shows the document delivered after the failure being resubmitted (a
// newer version went through; resending the old one would overwrite it), or when either could
// not be asked. A document from a file has no failure in the log to compare with: the journal
// alone decides.
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
