// SPDX-License-Identifier: GPL-3.0-or-later
// Gathers the figures the benchmarks appended (one JSON object a line) into
// {"figures": [...]}, prints them as a Markdown table, and with --readme FILE puts the table between
// the README's bench-results markers. Exit 1 when a figure missed its goal.
//   bench_report FIGURES.jsonl OUT.json [--readme README.md] [--machine "2 cores, ..."]
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {
QString number(double v)
{
    return QString::number(v, 'f', v >= 100 ? 0 : v >= 10 ? 1 : 2);
}

QString table(const QJsonArray &figures, const QString &machine)
{
    QString out = u"Measured on %1 by `bash scripts/bench.sh`. The figures are noisy from run to run; the ratios, "
                  "each against a baseline measured in the same run, much less so.\n\n"
                  "| figure | value | baseline | baseline value | ratio | goal |\n"
                  "|---|---:|---|---:|---:|---|\n"_s.arg(machine);
    for (const QJsonValue &v : figures) {
        const QJsonObject f = v.toObject();
        const QString unit = f[u"unit"_s].toString();
        const QString goal = f[u"goal"_s].toString();
        out += u"| `%1` | %2 %3 | %4 | %5 %3 | %6 | %7 |\n"_s.arg(
            f[u"name"_s].toString(), number(f[u"value"_s].toDouble()), unit, f[u"baseline"_s].toString(),
            number(f[u"baselineValue"_s].toDouble()), QString::number(f[u"ratio"_s].toDouble(), 'f', 3),
            goal.isEmpty() ? u"reported"_s : goal + (f[u"met"_s].toBool() ? u" met"_s : u" **missed**"_s));
    }
    return out;
}

bool replaceInReadme(const QString &path, const QString &text)
{
    const QByteArray begin = "<!-- bench-results:begin -->\n", end = "<!-- bench-results:end -->";
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    QByteArray readme = in.readAll();
    const qsizetype from = readme.indexOf(begin), to = readme.indexOf(end);
    if (from < 0 || to < from)
        return false;
    readme.replace(from + begin.size(), to - from - begin.size(), text.toUtf8());
    QSaveFile out(path);
    return out.open(QIODevice::WriteOnly) && out.write(readme) == readme.size() && out.commit();
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: bench_report FIGURES.jsonl OUT.json [--readme README.md] [--machine TEXT]\n");
        return 2;
    }
    QFile lines(args[1]);
    if (!lines.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(args[1]));
        return 2;
    }
    QJsonArray figures;
    bool allMet = true;
    for (const QByteArray &line : lines.readAll().split('\n')) {
        if (line.trimmed().isEmpty())
            continue;
        const QJsonObject f = QJsonDocument::fromJson(line).object();
        allMet = allMet && f[u"met"_s].toBool(true);
        figures.append(f);
    }
    QSaveFile json(args[2]);
    if (!json.open(QIODevice::WriteOnly)
        || json.write(QJsonDocument(QJsonObject {{u"figures"_s, figures}}).toJson()) < 0 || !json.commit()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(args[2]));
        return 2;
    }
    const qsizetype machineAt = args.indexOf(u"--machine"_s);
    const QString text = table(figures, machineAt > 0 ? args.value(machineAt + 1) : u"this machine"_s);
    std::printf("%s", qPrintable(text));
    const qsizetype readmeAt = args.indexOf(u"--readme"_s);
    if (readmeAt > 0 && !replaceInReadme(args.value(readmeAt + 1), text)) {
        std::fprintf(stderr, "the README has no bench-results markers\n");
        return 2;
    }
    return allMet ? 0 : 1;
}
