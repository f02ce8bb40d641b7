// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A throwaway PostgreSQL server for one test process: initdb in a temporary folder, a free
// loopback port, password authentication (scram), stopped and removed at the end. Root (CI's
// pristine trees) cannot run the server: then it runs as the `postgres` user the package makes.

#include "environment/databaseconnection.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QVersionNumber>

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

class PostgresCluster
{
public:
    static constexpr const char *SuperUser = "ionwb";
    static constexpr const char *Password = "throwaway-test-password";

    PostgresCluster() = default;
    ~PostgresCluster() { stop(); }
    PostgresCluster(const PostgresCluster &) = delete;
    PostgresCluster &operator=(const PostgresCluster &) = delete;

    // The newest installed server's programs (Debian keeps them per major version).
    static QString binDirectory()
    {
        QDir lib(QStringLiteral("/usr/lib/postgresql"));
        QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        std::sort(versions.begin(), versions.end(), [](const QString &a, const QString &b) {
            return QVersionNumber::fromString(a) < QVersionNumber::fromString(b);
        });
        for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
            if (QFile::exists(lib.filePath(*it + QStringLiteral("/bin/initdb"))))
                return lib.filePath(*it + QStringLiteral("/bin"));
        }
        return {};
    }

    bool start(QString *error)
    {
        const QString bin = binDirectory();
        if (bin.isEmpty())
            return fail(error, QStringLiteral("no PostgreSQL server installed (bash scripts/install-deps.sh installs it)"));
        if (!m_dir.isValid())
            return fail(error, QStringLiteral("no temporary folder"));
        QFile pw(m_dir.filePath(QStringLiteral("pwfile")));
        if (!pw.open(QIODevice::WriteOnly) || pw.write(Password) < 0)
            return fail(error, QStringLiteral("cannot write the password file"));
        pw.close();
        if (::geteuid() == 0 && !handToPostgresUser(error))
            return false;
        m_data = m_dir.filePath(QStringLiteral("data"));
        if (!run(bin + QStringLiteral("/initdb"),
                 {QStringLiteral("-D"), m_data, QStringLiteral("-U"), QString::fromLatin1(SuperUser),
                  QStringLiteral("--pwfile=") + pw.fileName(), QStringLiteral("--auth=scram-sha-256"),
                  QStringLiteral("--no-sync"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                  QStringLiteral("--locale=C.UTF-8")},
                 error))
            return false;
        {
            QTcpServer probe;
            if (!probe.listen(QHostAddress::LocalHost, 0))
                return fail(error, QStringLiteral("no free loopback port"));
            m_port = probe.serverPort();
        }
        const QString options = QStringLiteral("-c listen_addresses=127.0.0.1 -p %1 -k %2 -c max_connections=200")
                                    .arg(m_port)
                                    .arg(m_dir.path());
        if (!run(bin + QStringLiteral("/pg_ctl"),
                 {QStringLiteral("-D"), m_data, QStringLiteral("-l"), m_dir.filePath(QStringLiteral("server.log")),
                  QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-o"), options,
                  QStringLiteral("start")},
                 error))
            return false;
        m_running = true;
        // A test that crashes runs no destructor: a watcher stops the server when this process is gone.
        QProcess::startDetached(QStringLiteral("sh"),
                                {QStringLiteral("-c"),
                                 QStringLiteral("while kill -0 %1 2>/dev/null; do sleep 1; done; %2 %3/pg_ctl -D %4 -m immediate stop >/dev/null 2>&1")
                                     .arg(QCoreApplication::applicationPid())
                                     .arg(m_runAs.isEmpty() ? QString() : QStringLiteral("runuser -u postgres --"), bin, m_data)});
        DatabaseConnection::setPassword(displayName(QStringLiteral("postgres")), QString::fromLatin1(Password));
        return true;
    }

    void stop()
    {
        if (!m_running)
            return;
        m_running = false;
        run(binDirectory() + QStringLiteral("/pg_ctl"),
            {QStringLiteral("-D"), m_data, QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"),
             QStringLiteral("stop")},
            nullptr);
    }

    bool isRunning() const { return m_running; }
    quint16 port() const { return m_port; }
    QString url(const QString &database, const QString &user = QString::fromLatin1(SuperUser)) const
    {
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(user).arg(m_port).arg(database);
    }
    QString displayName(const QString &database, const QString &user = QString::fromLatin1(SuperUser)) const
    {
        return QStringLiteral("%1@127.0.0.1:%2/%3").arg(user).arg(m_port).arg(database);
    }

    // Runs SQL as the superuser in `database` (CREATE DATABASE cannot run in a transaction:
    // one statement per call).
    bool sql(const QString &statement, QString *error = nullptr, const QString &database = QStringLiteral("postgres"))
    {
        DatabaseConnection::setPassword(displayName(database), QString::fromLatin1(Password));
        DatabaseConnection db(url(database));
        if (!db.open(error))
            return false;
        QSqlQuery q(db.database());
        if (q.exec(statement))
            return true;
        return fail(error, q.lastError().text());
    }

    // A new empty database for the superuser, with the password known to this process.
    QString createDatabase(const QString &name)
    {
        QString error;
        if (!sql(QStringLiteral("CREATE DATABASE \"%1\"").arg(name), &error))
            qWarning("createDatabase %s: %s", qPrintable(name), qPrintable(error));
        DatabaseConnection::setPassword(displayName(name), QString::fromLatin1(Password));
        return url(name);
    }

private:
    static bool fail(QString *error, const QString &why)
    {
        if (error)
            *error = why;
        return false;
    }

    bool handToPostgresUser(QString *error)
    {
        const passwd *pw = ::getpwnam("postgres");
        if (!pw)
            return fail(error, QStringLiteral("running as root and there is no postgres user to run the server as"));
        m_runAs = QStringLiteral("postgres");
        const QByteArray dir = QFile::encodeName(m_dir.path());
        const QByteArray file = QFile::encodeName(m_dir.filePath(QStringLiteral("pwfile")));
        if (::chown(dir.constData(), pw->pw_uid, pw->pw_gid) != 0 || ::chown(file.constData(), pw->pw_uid, pw->pw_gid) != 0)
            return fail(error, QStringLiteral("cannot hand the cluster's folder to the postgres user"));
        return true;
    }

    bool run(const QString &program, const QStringList &arguments, QString *error)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        if (m_runAs.isEmpty())
            p.start(program, arguments);
        else
            p.start(QStringLiteral("runuser"), QStringList {QStringLiteral("-u"), m_runAs, QStringLiteral("--"), program} + arguments);
        if (!p.waitForFinished(90000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            QFile log(m_dir.filePath(QStringLiteral("server.log")));
            log.open(QIODevice::ReadOnly);
            return fail(error, QStringLiteral("%1 failed: %2 %3").arg(program, QString::fromLocal8Bit(p.readAll()),
                                                                      QString::fromLocal8Bit(log.readAll().right(2000))));
        }
        return true;
    }

    QTemporaryDir m_dir;
    QString m_data;
    QString m_runAs;
    quint16 m_port = 0;
    bool m_running = false;
};
