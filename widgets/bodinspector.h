// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bod/bod.h"
#include "bod/bodbytes.h"
#include "messagelog/logmessage.h"

#include <QTimer>
#include <QWidget>

class CodeView;
class ProgressiveTextLoader;
class QDialog;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTreeWidget;

// The BOD inspector: the XML pretty-printed and highlighted with line numbers and find; the
// structure, the facts, the problems (each with its line) and the message's events beside it.
// Edit mode switches the view to the document's own text (its layout and encoding, not the
// indented copy), re-validates as you type; Ctrl+Z undoes; "Changes" shows what will be sent
// differently from the original. Large documents are formatted and checked on a worker thread and shown a slice at a
// time, so a 50 MB BOD never freezes the window.
class BodInspector : public QWidget
{
    Q_OBJECT
public:
    explicit BodInspector(QWidget *parent = nullptr);

    // Small documents are shown and checked before this returns; large ones (see LargeBytes)
    // arrive progressively: watch isLoading(), shown() and validated().
    void setDocument(const QByteArray &payload, const QList<LogEvent> &events = {});
    bool isLoading() const;
    ProgressiveTextLoader *loader() const { return m_loader; }
    static constexpr qsizetype LargeBytes = 512 * 1024;
    static constexpr qsizetype PreviewBytes = 64 * 1024; // formatted at once for the first screen
    // What would be sent: the document's own bytes, or, once edited, those bytes with only the
    // edited lines changed (in the document's encoding). Complete even while a large document
    // is still being shown.
    QByteArray currentPayload() const;
    bool isModified() const;
    const BodDocument &parsed() const { return m_parsed; }
    CodeView *view() const { return m_view; }
    QListWidget *problemList() const { return m_problems; }
    void setEditable(bool editable);
    QString changes() const; // the lines that will be sent differently from the original, "" when none
    void showChanges();      // Changes…: the diff in a dialog of its own

Q_SIGNALS:
    void validated(const BodDocument &document);
    void changesShown(QDialog *dialog); // for a look, or a test, before it runs
    void shown(); // the whole text is in the view
    void loadingChanged(bool loading); // see isLoading()

private:
    void showText(const QByteArray &bytes, const QString &text);
    QString viewText() const;
    void validate();
    void applyParsed(const BodDocument &document);
    void showEvents(const QList<LogEvent> &events);
    void showFacts();
    void findNext();

    CodeView *m_view;
    QLineEdit *m_find;
    QPushButton *m_edit;
    QPushButton *m_changes;
    QTabWidget *m_side;
    QTreeWidget *m_structure;
    QFormLayout *m_facts;
    QListWidget *m_problems;
    QTreeWidget *m_events;
    QLabel *m_status;
    QTimer m_revalidate;
    ProgressiveTextLoader *m_loader;
    int m_loadGeneration = 0; // answers from workers for an older document are dropped
    int m_parseGeneration = 0;
    bool m_formatting = false;
    bool m_parsing = false;
    BodBytes m_source {QByteArray()}; // the document as it came
    bool m_showsSource = false;       // the view holds its own text (for editing), not the indented copy
    QByteArray m_shownBytes;          // the bytes of what the view was loaded with
    BodDocument m_parsed;
};
