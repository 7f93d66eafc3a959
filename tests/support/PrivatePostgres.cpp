#include "tests/support/PrivatePostgres.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <pwd.h>
#include <stdexcept>
#include <unistd.h>

namespace aktest {

namespace {

QString serverBin() {
    // Debian keeps the server programs out of PATH, one folder per major version.
    const QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot,
                                                                                      QDir::Name | QDir::Reversed);
    for (const QString& v : versions) {
        const QString bin = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(v);
        if (QFileInfo(bin + QStringLiteral("/initdb")).isExecutable() && QFileInfo(bin + QStringLiteral("/pg_ctl")).isExecutable())
            return bin;
    }
    return {};
}

[[noreturn]] void fail(const QString& what) { throw std::runtime_error(what.toStdString()); }

}  // namespace

QString postgresMissing() {
    if (serverBin().isEmpty()) return QStringLiteral("PostgreSQL's server (Debian: postgresql-15)");
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) return QStringLiteral("Qt's QPSQL driver (libqt6sql6-psql)");
    if (geteuid() == 0 && !QFileInfo(QStringLiteral("/usr/sbin/runuser")).isExecutable() &&
        !QFileInfo(QStringLiteral("/sbin/runuser")).isExecutable())
        return QStringLiteral("runuser (util-linux), to run the server as nobody");
    return {};
}

PrivatePostgres::PrivatePostgres() : bin_(serverBin()), asNobody_(geteuid() == 0) {
    if (!dir_.isValid()) fail(QStringLiteral("no temporary folder for the PostgreSQL server"));
    if (bin_.isEmpty()) fail(QStringLiteral("PostgreSQL's server programs are not installed"));
    if (asNobody_) {
        const passwd* nobody = getpwnam("nobody");
        if (!nobody || chown(QFile::encodeName(dir_.path()).constData(), nobody->pw_uid, nobody->pw_gid) != 0)
            fail(QStringLiteral("cannot give %1 to the user nobody").arg(dir_.path()));
    }
    QFile::setPermissions(dir_.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    run(bin_ + QStringLiteral("/initdb"),
        {QStringLiteral("-D"), dir_.filePath(QStringLiteral("data")), QStringLiteral("-U"), QString::fromLatin1(kSuperuser),
         QStringLiteral("-A"), QStringLiteral("trust"), QStringLiteral("--no-sync"), QStringLiteral("--locale=C"),
         QStringLiteral("-E"), QStringLiteral("UTF8")});
    // The superuser over the socket without a password; everybody else with theirs.
    QFile hba(dir_.filePath(QStringLiteral("data/pg_hba.conf")));
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate))
        fail(QStringLiteral("cannot write %1 (%2)").arg(hba.fileName(), hba.errorString()));
    hba.write("local all aktivkafe trust\nlocal all all scram-sha-256\n");
    hba.close();
    start();
}

PrivatePostgres::~PrivatePostgres() {
    try {
        stop();
    } catch (const std::exception&) {
        // the folder goes anyway; a server left behind dies with its socket folder
    }
}

QString PrivatePostgres::run(const QString& program, const QStringList& args) const {
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.setWorkingDirectory(dir_.path());
    if (asNobody_) p.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("nobody"), QStringLiteral("--"), program} + args);
    else p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        fail(QStringLiteral("%1 %2 failed:\n%3\n%4")
                 .arg(program, args.join(u' '), QString::fromLocal8Bit(p.readAll()), log()));
    return QString::fromLocal8Bit(p.readAll());
}

QString PrivatePostgres::log() const {
    QFile f(dir_.filePath(QStringLiteral("server.log")));
    return f.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(f.readAll().right(4000)) : QString();
}

void PrivatePostgres::start() {
    if (running_) return;
    run(bin_ + QStringLiteral("/pg_ctl"),
        {QStringLiteral("-D"), dir_.filePath(QStringLiteral("data")), QStringLiteral("-l"), dir_.filePath(QStringLiteral("server.log")),
         QStringLiteral("-w"), QStringLiteral("-o"),
         QStringLiteral("-k %1 -c listen_addresses= -c fsync=off -c full_page_writes=off -c synchronous_commit=off")
             .arg(dir_.path()),
         QStringLiteral("start")});
    running_ = true;
}

void PrivatePostgres::stop() {
    if (!running_) return;
    running_ = false;
    run(bin_ + QStringLiteral("/pg_ctl"), {QStringLiteral("-D"), dir_.filePath(QStringLiteral("data")), QStringLiteral("-m"),
                                           QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")});
}

QString PrivatePostgres::url(const QString& database, const QString& user) const {
    return QStringLiteral("postgresql://%1/%2?host=%3")
        .arg(user.isEmpty() ? QString() : user + u'@', database, dir_.path());
}

void PrivatePostgres::exec(const QString& sql, const QString& database) const {
    const QString name = QStringLiteral("private-postgres-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(dir_.path());
        db.setDatabaseName(database);
        db.setUserName(QString::fromLatin1(kSuperuser));
        if (!db.open()) fail(QStringLiteral("cannot reach the private PostgreSQL: %1\n%2").arg(db.lastError().text(), log()));
        QSqlQuery q(db);
        if (!q.exec(sql)) fail(QStringLiteral("%1 failed: %2").arg(sql, q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(name);
}

void PrivatePostgres::addRole(const QString& role, const QString& password, const QString& ownDatabase) const {
    QString quoted = password;
    quoted.replace(u'\'', QStringLiteral("''"));
    exec(QStringLiteral("CREATE ROLE \"%1\" LOGIN PASSWORD '%2'").arg(role, quoted));
    if (!ownDatabase.isEmpty()) exec(QStringLiteral("CREATE DATABASE \"%1\" OWNER \"%2\"").arg(ownDatabase, role));
}

}  // namespace aktest
