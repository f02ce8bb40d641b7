// SPDX-License-Identifier: GPL-3.0-or-later
#include "bodinspector.h"

#include "backgroundtask.h"
#include "bod/bodformatter.h"
#include "bod/bodparser.h"
#include "bod/linediff.h"
#include "bod/lineindex.h"
#include "bodoverview.h"
#include "codeview.h"
#include "lineview.h"
#include "progressivetextloader.h"
#include "xmlhighlighter.h"

#include <QPlainTextEdit>
#include <QScreen>
#include <QDialogButtonBox>
#include <QDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

BodInspector::BodInspector(QWidget *parent)
    : QWidget(parent)
    , m_view(new CodeView(this))
    , m_lines(new LineView(this))
    , m_views(new QStackedWidget(this))
    , m_find(new QLineEdit(this))
    , m_edit(new QPushButton(tr("&Edit"), this))
    , m_changes(new QPushButton(tr("Chan&ges…"), this))
    , m_overview(new BodOverview(this))
    , m_status(new QLabel(this))
    , m_loader(new ProgressiveTextLoader(m_view))
{
    m_view->setObjectName(u"bodText"_s);
    m_view->setReadOnly(true);
    m_lines->setObjectName(u"bodLines"_s);
    XmlHighlighter::attach(m_view->document());
    m_views->addWidget(m_view);
    m_views->addWidget(m_lines);
    m_find->setPlaceholderText(tr("Find (Ctrl+F)"));
    m_find->setClearButtonEnabled(true);
    m_edit->setCheckable(true);
    m_edit->setObjectName(u"editBod"_s);
    m_changes->setEnabled(false);
    m_status->setObjectName(u"bodStatus"_s);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_find, 1);
    bar->addWidget(m_edit);
    bar->addWidget(m_changes);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(bar);
    leftLayout->addWidget(m_views, 1);
    leftLayout->addWidget(m_status);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_overview);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_revalidate.setSingleShot(true);
    m_revalidate.setInterval(300);
    connect(&m_revalidate, &QTimer::timeout, this, &BodInspector::validate);
    connect(m_view, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loader->isLoading())
            return;
        if (!m_view->isReadOnly())
            m_revalidate.start(); // re-validate as the person types, not on every key
        m_changes->setEnabled(m_view->document()->isModified());
    });
    connect(m_lines, &LineView::edited, this, [this] {
        m_changes->setEnabled(isModified());
        m_revalidate.start();
    });
    connect(m_lines, &LineView::found, this, [this](bool found) {
        if (!found)
            m_status->setText(tr("\u201c%1\u201d is not in the document.").arg(m_find->text()));
    });
    connect(m_loader, &ProgressiveTextLoader::progress, this, [this](qsizetype loaded, qsizetype total) {
        if (loaded < total)
            m_status->setText(tr("Loading… %1%").arg(loaded * 100 / qMax<qsizetype>(1, total)));
    });
    connect(m_loader, &ProgressiveTextLoader::finished, this, [this] {
        m_edit->setEnabled(true);
        m_view->setReadOnly(!m_edit->isChecked()); // no typing into a text still arriving
        m_changes->setEnabled(false);
        if (!m_parsing)
            showStatus(); // puts the final status back
        Q_EMIT shown();
        Q_EMIT loadingChanged(isLoading());
    });
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this] {
        m_find->setFocus();
        m_find->selectAll();
    });
    connect(m_find, &QLineEdit::returnPressed, this, &BodInspector::findNext);
    connect(m_edit, &QPushButton::toggled, this, &BodInspector::setEditable);
    connect(m_changes, &QPushButton::clicked, this, &BodInspector::showChanges);
    connect(m_overview, &BodOverview::lineActivated, this, [this](int line) {
        if (line <= 0)
            return;
        if (m_large)
            m_lines->goToLine(line);
        else
            m_view->goToLine(line);
    });
}

BodInspector::~BodInspector()
{
    // Closing the window takes the focus from a line being edited, which keeps the edit: that
    // must not reach this inspector's members, already gone by then.
    m_lines->disconnect(this);
}

QListWidget *BodInspector::problemList() const
{
    return m_overview->problemList();
}

QAbstractScrollArea *BodInspector::textArea() const
{
    return m_large ? static_cast<QAbstractScrollArea *>(m_lines) : m_view;
}

qsizetype BodInspector::shownLineCount() const
{
    return m_large ? m_lines->lineCount() : m_view->blockCount();
}

void BodInspector::setDocument(const QByteArray &payload, const QList<LogEvent> &events)
{
    const int generation = ++m_loadGeneration;
    m_loader->cancel();
    m_showsSource = false;
    m_large = payload.size() >= LineViewBytes;
    m_source = BodBytes(m_large ? QByteArray() : payload);
    m_largeOriginal = m_large ? payload : QByteArray();
    setEditable(false);
    m_edit->setEnabled(false);
    m_changes->setEnabled(false);
    m_overview->showEvents(events);
    m_views->setCurrentWidget(m_large ? static_cast<QWidget *>(m_lines) : m_view);
    if (m_large) {
        m_loader->clear();
        showLarge(payload, generation);
        return;
    }
    m_lines->setIndex(LineIndex::build({})); // a large document before this one lets go of its text
    // Pretty-printing keeps hostile or broken input as it came (no DOCTYPE is ever expanded).
    if (payload.size() < LargeBytes) {
        m_formatting = false;
        const QByteArray pretty = BodFormatter::pretty(payload);
        showText(pretty, QString::fromUtf8(pretty));
        Q_EMIT loadingChanged(isLoading());
        return;
    }
    m_loader->clear();
    // The first screen at once, formatted from the document's start, while the whole is formatted.
    if (const QByteArray start = BodFormatter::prettyStart(payload, PreviewBytes); !start.isEmpty()) {
        const QSignalBlocker blocker(m_view);
        m_view->setPlainText(QString::fromUtf8(start));
    }
    m_formatting = true;
    m_status->setText(tr("Reading %1 MB…").arg(double(payload.size()) / 1024 / 1024, 0, 'f', 1));
    // The decoding to UTF-16 happens on the worker too: for 50 MB it is a visible pause.
    Q_EMIT loadingChanged(true);
    runInBackground(this, [payload] {
        QByteArray pretty = BodFormatter::pretty(payload);
        QString text = QString::fromUtf8(pretty);
        return std::pair(std::move(pretty), std::move(text));
    }, [this, generation](const std::pair<QByteArray, QString> &formatted) {
        if (generation != m_loadGeneration)
            return;
        m_formatting = false;
        showText(formatted.first, formatted.second);
    });
}

void BodInspector::showText(const QByteArray &bytes, const QString &text)
{
    m_shownBytes = bytes;
    {
        const QSignalBlocker blocker(m_view);
        m_loader->load(text); // the problems' lines match what is shown
    }
    validate();
}

void BodInspector::showLarge(const QByteArray &payload, int generation)
{
    // Its own lines when it has them (the view is then the document, and its lines can be edited
    // in place); re-indented when it is written on a line or a few.
    const bool ownLines = BodFormatter::hasReadableLines(payload);
    const QByteArray head = payload.first(qMin(payload.size(), PreviewBytes));
    const QByteArray headText = BodFormatter::asUtf8(head);
    // The document itself when it is UTF-8, so that the whole index that follows keeps the place.
    const QByteArray start = !ownLines ? BodFormatter::prettyStart(payload, PreviewBytes)
        : headText.isSharedWith(head) ? payload
                                      : headText;
    m_lines->setIndex(LineIndex::ofStart(start, PreviewBytes));
    m_largeEditable = ownLines && BodBytes::isLineEditable(payload);
    m_formatting = true;
    m_status->setText(tr("Reading %1 MB…").arg(double(payload.size()) / 1024 / 1024, 0, 'f', 1));
    Q_EMIT loadingChanged(true);
    runInBackground(this, [payload, ownLines] {
        return LineIndex::build(ownLines ? BodFormatter::asUtf8(payload) : BodFormatter::pretty(payload));
    }, [this, generation, ownLines, payload](const LineIndex &index) {
        if (generation != m_loadGeneration)
            return;
        m_formatting = false;
        m_lines->setIndex(index);
        m_edit->setEnabled(true);
        // Checked once it is indexed (a tenth of the check's time), not beside it: two workers
        // at once left the event loop waiting for the first of them on two cores.
        m_shownBytes = ownLines ? payload : index.bytes(); // the problems' lines are the view's
        validate();
        Q_EMIT shown();
        Q_EMIT loadingChanged(isLoading());
    });
}

bool BodInspector::isLoading() const
{
    return m_formatting || m_loader->isLoading() || m_parsing;
}

QString BodInspector::viewText() const
{
    // Not toPlainText(): it turns no-break spaces into spaces, which would change the document.
    return m_view->document()->toRawText().replace(QChar::ParagraphSeparator, u'\n');
}

QByteArray BodInspector::currentPayload() const
{
    if (m_large)
        return m_lines->edits().isEmpty() ? m_largeOriginal : BodBytes::withLineEdits(m_largeOriginal, m_lines->edits());
    if (!m_showsSource || m_loader->isLoading())
        return m_source.original();
    return m_source.withEdits(viewText());
}

bool BodInspector::isModified() const
{
    if (m_large)
        return !m_lines->edits().isEmpty();
    return m_showsSource && !m_loader->isLoading() && viewText() != m_source.text();
}

bool BodInspector::isEditing() const
{
    return m_large ? m_lines->isEditable() : !m_view->isReadOnly();
}

void BodInspector::setEditable(bool editable)
{
    if (m_large) {
        const bool can = m_largeEditable && !m_formatting;
        m_lines->setEditable(editable && can);
        const QSignalBlocker blocker(m_edit);
        m_edit->setChecked(editable && can);
        const QString encoding = QString::fromLatin1(BodBytes::declaredEncoding(m_largeOriginal));
        m_status->setText(!editable ? QString()
                              : can ? tr("Editing the document as it came (%1): double-click a line, or press F2, to "
                                         "change it; Enter keeps it, Escape drops it, Ctrl+Z undoes. Every other line "
                                         "is sent byte for byte.").arg(encoding)
                                    : tr("This large document is written on very long lines (or encoded as %1), so it "
                                         "is shown re-indented and cannot be edited here; it can be resubmitted as it is.")
                                          .arg(encoding));
        return;
    }
    if (editable && !m_source.isEditable()) {
        const QSignalBlocker blocker(m_edit);
        m_edit->setChecked(false);
        m_status->setText(tr("This document is encoded as %1, which cannot be edited here; it can be resubmitted as it is.")
                              .arg(QString::fromLatin1(m_source.encoding())));
        return;
    }
    if (editable && !m_showsSource) {
        // Edits are made to the document itself, so that what is not edited is sent as it came.
        m_showsSource = true;
        m_edit->setEnabled(false); // until the text is in
        showText(m_source.original(), m_source.text());
    }
    m_view->setReadOnly(!editable || m_loader->isLoading());
    const QSignalBlocker blocker(m_edit);
    m_edit->setChecked(editable);
    m_status->setText(editable ? tr("Editing the document as it came (%1): lines you do not change are sent byte for "
                                    "byte. Problems are checked as you type; Ctrl+Z undoes.")
                                     .arg(QString::fromLatin1(m_source.encoding()))
                               : QString());
}

void BodInspector::validate()
{
    const int generation = ++m_parseGeneration;
    const QByteArray text = m_large ? (isModified() ? currentPayload() : m_shownBytes)
        : m_loader->isLoading() || !m_showsSource ? m_shownBytes
                                                  : currentPayload();
    if (text.size() < LargeBytes) {
        m_parsing = false;
        applyParsed(BodParser::parse(text));
        return;
    }
    m_parsing = true;
    runInBackground(this, [text] { return BodParser::parse(text); }, [this, generation](const BodDocument &d) {
        if (generation != m_parseGeneration)
            return;
        m_parsing = false;
        applyParsed(d);
    });
}

void BodInspector::applyParsed(const BodDocument &document)
{
    m_parsed = document;
    showFacts();
    Q_EMIT validated(m_parsed);
    Q_EMIT loadingChanged(isLoading());
}

void BodInspector::showFacts()
{
    m_overview->showDocument(m_parsed);
    showStatus();
}

void BodInspector::showStatus()
{
    if (!isEditing() && !m_loader->isLoading() && !m_formatting)
        m_status->setText(m_parsed.isValid() ? tr("Valid BOD, %1 elements.").arg(m_parsed.elementCount)
                                             : tr("%Ln problem(s) found.", nullptr, int(m_parsed.problems.size())));
}

void BodInspector::findNext()
{
    if (m_find->text().isEmpty())
        return;
    if (m_large) {
        m_lines->find(m_find->text());
        return;
    }
    if (!m_view->find(m_find->text())) {
        m_view->moveCursor(QTextCursor::Start); // wrap around
        m_view->find(m_find->text());
    }
}

void BodInspector::showChanges()
{
    // The lines as they will be sent, in the code view's own font: a diff read in a proportional,
    // wrapped font misleads.
    QDialog dialog(this);
    dialog.setObjectName(u"bodChanges"_s);
    dialog.setWindowTitle(tr("Changes Against the Original"));
    auto *intro = new QLabel(tr("Only these lines are sent differently; every other line keeps its bytes."), &dialog);
    intro->setWordWrap(true);
    auto *text = new QPlainTextEdit(changes(), &dialog);
    text->setReadOnly(true);
    text->setLineWrapMode(QPlainTextEdit::NoWrap);
    text->setFont(m_view->font());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(intro);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    dialog.resize(qMin(screen() ? screen()->availableSize().width() * 3 / 4 : 900, 900), 480);
    Q_EMIT changesShown(&dialog);
    dialog.exec();
}

QString BodInspector::changes() const
{
    if (!isModified())
        return {};
    if (m_large) { // each edited line against the document's own, as LineDiff writes them
        QString out;
        const QMap<qsizetype, QString> &edits = m_lines->edits();
        for (auto it = edits.cbegin(); it != edits.cend(); ++it)
            out += u"-%1: %2\n+%1: %3\n"_s.arg(it.key() + 1).arg(m_lines->index().lineText(it.key()), it.value());
        return out;
    }
    // The bytes that will be sent, read back the way the original is read.
    return LineDiff::describe(m_source.text(), BodBytes(currentPayload()).text());
}
