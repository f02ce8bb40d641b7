// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bod/bod.h"
#include "bod/bodbytes.h"
#include "messagelog/logmessage.h"

#include <QTimer>
#include <QWidget>

class BodOverview;
class CodeView;
class LineView;
class ProgressiveTextLoader;
class QAbstractScrollArea;
class QDialog;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;

// The BOD inspector: the XML pretty-printed and highlighted with line numbers and find; the
// structure, the facts, the problems (each with its line) and the message's events beside it.
// Edit mode switches the view to the document's own text (its layout and encoding, not the
// indented copy), re-validates as you type; Ctrl+Z undoes; "Changes" shows what will be sent
// differently from the original. Large documents are formatted and checked on a worker thread and shown a slice at a
// time; from LineViewBytes on, in a LineView that paints only the visible lines of the document's
// own text (its lines edited in place), so a 50 MB BOD opens in seconds and never freezes the window.
class BodInspector : public QWidget
{
    Q_OBJECT
public:
    explicit BodInspector(QWidget *parent = nullptr);
    ~BodInspector() override;

    // Small documents are shown and checked before this returns; large ones (see LargeBytes)
    // arrive progressively: watch isLoading(), shown() and validated().
    void setDocument(const QByteArray &payload, const QList<LogEvent> &events = {});
    bool isLoading() const;
    ProgressiveTextLoader *loader() const { return m_loader; }
    static constexpr qsizetype LargeBytes = 512 * 1024;
    static constexpr qsizetype PreviewBytes = 64 * 1024; // formatted at once for the first screen
    static constexpr qsizetype LineViewBytes = 4 * 1024 * 1024;
    // What would be sent: the document's own bytes, or, once edited, those bytes with only the
    // edited lines changed (in the document's encoding). Complete even while a large document
    // is still being shown.
    QByteArray currentPayload() const;
    bool isModified() const;
    const BodDocument &parsed() const { return m_parsed; }
    CodeView *view() const { return m_view; }
    LineView *lineView() const { return m_lines; }
    bool showsLineView() const { return m_large; } // the document is at least LineViewBytes
    QAbstractScrollArea *textArea() const;           // the view in use
    qsizetype shownLineCount() const;
    QListWidget *problemList() const;
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
    void showLarge(const QByteArray &payload, int generation);
    QString viewText() const;
    void validate();
    void applyParsed(const BodDocument &document);
    void showFacts();
    void showStatus();
    void findNext();
    bool isEditing() const;

    CodeView *m_view;
    LineView *m_lines;
    QStackedWidget *m_views;
    QLineEdit *m_find;
    QPushButton *m_edit;
    QPushButton *m_changes;
    BodOverview *m_overview;
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
    bool m_large = false;          // shown in m_lines
    QByteArray m_largeOriginal;    // the large document as it came (no BodBytes: it would copy it line by line)
    bool m_largeEditable = false;  // its own lines are shown and can be replaced in its encoding
};
