// SPDX-License-Identifier: GPL-3.0-or-later
#include "bodinspector.h"

#include "backgroundtask.h"
#include "bod/bodformatter.h"
#include "bod/bodparser.h"
#include "bod/linediff.h"
#include "codeview.h"
#include "factvalue.h"
#include "progressivetextloader.h"
#include "xmlhighlighter.h"

#include <QFormLayout>
#include <QPlainTextEdit>
#include <QScreen>
#include <QDialogButtonBox>
#include <QDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

BodInspector::BodInspector(QWidget *parent)
    : QWidget(parent)
    , m_view(new CodeView(this))
    , m_find(new QLineEdit(this))
    , m_edit(new QPushButton(tr("&Edit"), this))
    , m_changes(new QPushButton(tr("Chan&ges…"), this))
    , m_side(new QTabWidget(this))
    , m_structure(new QTreeWidget(this))
    , m_problems(new QListWidget(this))
    , m_events(new QTreeWidget(this))
    , m_status(new QLabel(this))
    , m_loader(new ProgressiveTextLoader(m_view))
{
    m_view->setObjectName(u"bodText"_s);
    m_view->setReadOnly(true);
    XmlHighlighter::attach(m_view->document());
    m_find->setPlaceholderText(tr("Find (Ctrl+F)"));
    m_find->setClearButtonEnabled(true);
    m_edit->setCheckable(true);
    m_edit->setObjectName(u"editBod"_s);
    m_changes->setEnabled(false);
    m_structure->setHeaderLabels({tr("Element"), tr("Line")});
    m_structure->header()->setStretchLastSection(false); // the element names take the room, not the line numbers
    m_structure->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_structure->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_events->setHeaderLabels({tr("Time"), tr("Event"), tr("Detail")});
    m_problems->setObjectName(u"bodProblems"_s);
    m_problems->setWordWrap(true);
    m_status->setObjectName(u"bodStatus"_s);

    // In a scroll area: a long BODID wraps onto more lines, and nothing is cut in a short window.
    auto *factsPage = new QWidget(this);
    m_facts = new QFormLayout(factsPage);
    auto *factsScroll = new QScrollArea(this);
    factsScroll->setObjectName(u"bodFacts"_s);
    factsScroll->setWidget(factsPage);
    factsScroll->setWidgetResizable(true);
    factsScroll->setFrameShape(QFrame::NoFrame);
    m_side->addTab(factsScroll, tr("Facts"));
    m_side->addTab(m_problems, tr("Problems"));
    m_side->addTab(m_structure, tr("Structure"));
    m_side->addTab(m_events, tr("Events"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_find, 1);
    bar->addWidget(m_edit);
    bar->addWidget(m_changes);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(bar);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addWidget(m_status);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_side);
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
    connect(m_loader, &ProgressiveTextLoader::progress, this, [this](qsizetype loaded, qsizetype total) {
        if (loaded < total)
            m_status->setText(tr("Loading… %1%").arg(loaded * 100 / qMax<qsizetype>(1, total)));
    });
    connect(m_loader, &ProgressiveTextLoader::finished, this, [this] {
        m_edit->setEnabled(true);
        m_view->setReadOnly(!m_edit->isChecked()); // no typing into a text still arriving
        m_changes->setEnabled(false);
        if (!m_parsing)
            showFacts(); // puts the final status back
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
    auto jump = [this](int line) {
        if (line > 0)
            m_view->goToLine(line);
    };
    connect(m_problems, &QListWidget::itemActivated, this,
            [jump](QListWidgetItem *item) { jump(item->data(Qt::UserRole).toInt()); });
    connect(m_structure, &QTreeWidget::itemActivated, this,
            [jump](QTreeWidgetItem *item) { jump(item->text(1).toInt()); });
}

void BodInspector::setDocument(const QByteArray &payload, const QList<LogEvent> &events)
{
    const int generation = ++m_loadGeneration;
    m_loader->cancel();
    m_source = BodBytes(payload);
    m_showsSource = false;
    setEditable(false);
    m_edit->setEnabled(false);
    m_changes->setEnabled(false);
    showEvents(events);
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

bool BodInspector::isLoading() const
{
    return m_formatting || m_loader->isLoading() || m_parsing;
}

void BodInspector::showEvents(const QList<LogEvent> &events)
{
    m_events->clear();
    for (const LogEvent &e : events)
        m_events->addTopLevelItem(new QTreeWidgetItem({e.time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s),
                                                       e.event, e.detail}));
    m_events->resizeColumnToContents(0);
    m_events->resizeColumnToContents(1); // "Validation failed" whole; the detail has the tooltip and the rest
    for (int i = 0; i < m_events->topLevelItemCount(); ++i)
        m_events->topLevelItem(i)->setToolTip(2, m_events->topLevelItem(i)->text(2));
}

QString BodInspector::viewText() const
{
    // Not toPlainText(): it turns no-break spaces into spaces, which would change the document.
    return m_view->document()->toRawText().replace(QChar::ParagraphSeparator, u'\n');
}

QByteArray BodInspector::currentPayload() const
{
    if (!m_showsSource || m_loader->isLoading())
        return m_source.original();
    return m_source.withEdits(viewText());
}

bool BodInspector::isModified() const
{
    return m_showsSource && !m_loader->isLoading() && viewText() != m_source.text();
}

void BodInspector::setEditable(bool editable)
{
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
    const QByteArray text = m_loader->isLoading() || !m_showsSource ? m_shownBytes : currentPayload();
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
    while (m_facts->rowCount() > 0)
        m_facts->removeRow(0);
    const BodFacts &f = m_parsed.facts;
    const QList<QPair<QString, QString>> rows {
        {tr("Document"), f.verb.isEmpty() ? QString() : f.documentName()},
        {tr("Instances"), QString::number(f.nounCount)},
        {tr("BODID"), f.bodId},
        {tr("Business key"), f.documentId},
        {tr("Variation"), f.variationId},
        {tr("Sender"), f.senderLogicalId},
        {tr("Created"), f.creationDateTime},
        {tr("Accounting entity"), f.accountingEntity},
        {tr("Location"), f.location},
        {tr("Action code"), f.actionCode},
    };
    for (const auto &[label, value] : rows) {
        auto *v = new FactValue(value.isEmpty() ? u"—"_s : value);
        v->setObjectName(u"fact"_s);
        m_facts->addRow(label + u':', v);
    }
    m_problems->clear();
    for (const BodProblem &p : m_parsed.problems) {
        auto *item = new QListWidgetItem(
            QIcon(p.severity == BodProblem::Severity::Error ? u":/icons/failed.svg"_s : u":/icons/running.svg"_s),
            tr("Line %1: %2").arg(p.line).arg(p.message));
        item->setData(Qt::UserRole, int(p.line));
        m_problems->addItem(item);
    }
    m_structure->clear();
    QList<QTreeWidgetItem *> parents;
    for (const BodOutlineNode &n : m_parsed.outline) {
        auto *item = new QTreeWidgetItem({n.name, QString::number(n.line)});
        while (parents.size() > n.depth)
            parents.removeLast();
        if (parents.isEmpty())
            m_structure->addTopLevelItem(item);
        else
            parents.last()->addChild(item);
        parents.append(item);
        while (parents.size() < n.depth + 1)
            parents.append(item);
    }
    m_structure->expandToDepth(1);
    const int errors = m_parsed.errorCount();
    m_side->setTabText(1, errors ? tr("Problems (%1)").arg(errors) : tr("Problems"));
    if (m_view->isReadOnly() && !m_loader->isLoading())
        m_status->setText(m_parsed.isValid() ? tr("Valid BOD, %1 elements.").arg(m_parsed.elementCount)
                                             : tr("%Ln problem(s) found.", nullptr, int(m_parsed.problems.size())));
}

void BodInspector::findNext()
{
    if (m_find->text().isEmpty())
        return;
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
    // The bytes that will be sent, read back the way the original is read.
    return LineDiff::describe(m_source.text(), BodBytes(currentPayload()).text());
}
