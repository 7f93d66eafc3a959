#pragma once
// A PostgreSQL server of the test's own (TOOLCHAIN.md "PostgreSQL catches"): initdb in a temporary
// folder, the server on a Unix socket in that folder only (no TCP port, so parallel tests never
// meet), durability off (fsync, full pages) because the folder is thrown away, stopped at the end.
// No system service is used or needed.
//
// initdb and postgres refuse to run as root: as root (CI), they run as "nobody" in a folder that
// user owns. The superuser is "aktivkafe" and logs in without a password over the socket; roles
// made with addRole() need their password (scram-sha-256), as on a café's server.
//
// Failures throw std::runtime_error with what went wrong and the server's log.

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace aktest {

// "" when PostgreSQL's server programs are installed, else what is missing (Debian postgresql-15).
QString postgresMissing();

class PrivatePostgres {
public:
    static constexpr const char* kSuperuser = "aktivkafe";

    PrivatePostgres();   // initdb and start: about half a second
    ~PrivatePostgres();  // stops the server (fast shutdown) and removes the folder
    PrivatePostgres(const PrivatePostgres&) = delete;
    PrivatePostgres& operator=(const PrivatePostgres&) = delete;

    QString socketDir() const { return dir_.path(); }
    int port() const { return 5432; }  // only names the socket file: no TCP port is opened
    // "postgresql:///DATABASE?host=SOCKETDIR" for [database] url, with USER@ when given.
    QString url(const QString& database, const QString& user = QString()) const;

    // SQL as the superuser in `database`; throws with the server's message if it fails.
    void exec(const QString& sql, const QString& database = QStringLiteral("postgres")) const;
    // A login role with a password (checked: scram-sha-256) and, if given, a database it owns.
    void addRole(const QString& role, const QString& password, const QString& ownDatabase = QString()) const;

    void stop();   // the server goes away (as a server restarted or switched off would)
    void start();  // and comes back on the same socket

private:
    QString run(const QString& program, const QStringList& args) const;  // as the folder's owner
    QString log() const;

    QTemporaryDir dir_;
    QString bin_;
    bool asNobody_ = false;
    bool running_ = false;
};

}  // namespace aktest
