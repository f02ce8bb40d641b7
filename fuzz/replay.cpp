// SPDX-License-Identifier: GPL-3.0-or-later
// Replays files (or every file in folders) through one fuzz target without libFuzzer: the
// normal test suite runs the seeds and every past finding this way. Each input must finish
// within a second.
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    int inputs = 0;
    for (int i = 1; i < argc; ++i) {
        QStringList files;
        const QString path = QString::fromLocal8Bit(argv[i]);
        QDirIterator it(path, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
        if (files.isEmpty() && QFile::exists(path))
            files << path;
        for (const QString &name : files) {
            QFile file(name);
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(name));
                return 1;
            }
            const QByteArray bytes = file.readAll();
            QElapsedTimer clock;
            clock.start();
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
            if (clock.elapsed() > 1000) {
                std::fprintf(stderr, "%s took %lld ms (limit 1000)\n", qPrintable(name), clock.elapsed());
                return 1;
            }
            ++inputs;
        }
    }
    std::printf("%d inputs replayed\n", inputs);
    return inputs > 0 ? 0 : 1;
}
