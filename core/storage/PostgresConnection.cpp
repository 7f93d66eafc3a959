#include "core/storage/PostgresConnection.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QStringList>

namespace ak {

namespace {

// A value for libpq's conninfo string: in single quotes, with \ and ' escaped.
QString conninfoValue(QString v) {
    v.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
    return u'\'' + v + u'\'';
}

struct Password {
    QString password;  // the password itself, or
    QString passfile;  // a file in libpq's format for libpq to read
};

Result<Password> readPasswordFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Config, QStringLiteral("The password file %1 ([database] password_file) cannot be read: %2.")
                                            .arg(path, file.errorString())};
    if (file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup))
        return Error{ErrorCode::Config,
                     QStringLiteral("The password file %1 may be read by other users of this machine. Let only the "
                                    "café's user read it (chmod 600 %1) and start again.")
                         .arg(path)};
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#')) continue;
        // host:port:database:user:password (libpq's own format, with \: for a colon in a field)
        if (QString(line).replace(QStringLiteral("\\:"), QString()).count(u':') >= 4) return Password{{}, path};
        return Password{line, {}};
    }
    return Error{ErrorCode::Config, QStringLiteral("The password file %1 ([database] password_file) is empty.").arg(path)};
}

Error explain(const DatabaseLocation& l, const QString& libpq) {
    const QString server = l.display();
    const QString user = l.user.isEmpty() ? QStringLiteral("this machine's user") : l.user;
    auto says = [&](const char* text) { return libpq.contains(QLatin1String(text), Qt::CaseInsensitive); };
    QString message;
    if (says("password authentication failed")) {
        message = QStringLiteral("The database server %1 refused the password of %2. Check the password file%3.")
                      .arg(server, user, l.passwordFile.isEmpty() ? QString() : u' ' + l.passwordFile);
    } else if (says("no password supplied") || says("fe_sendauth")) {
        message = QStringLiteral("The database server %1 wants a password for %2: name a file that holds it in "
                                 "[database] password_file (or set PGPASSFILE).")
                      .arg(server, user);
    } else if (says("could not translate host name") || says("Name or service not known")) {
        message = QStringLiteral("The name %1 is not known on this network: check the server in [database] url (%2).")
                      .arg(l.host, server);
    } else if (says("does not exist") && says("database")) {
        message = QStringLiteral("The database server %1 has no database called %2. Create it first (createdb -O %3 %2).")
                      .arg(server, l.database, l.user.isEmpty() ? QStringLiteral("USER") : l.user);
    } else if (says("does not exist") && says("role")) {
        message = QStringLiteral("The database server %1 has no user called %2.").arg(server, user);
    } else if (says("no pg_hba.conf entry")) {
        message = QStringLiteral("The database server %1 does not let this machine in as %2 (its pg_hba.conf).")
                      .arg(server, user);
    } else if (says("timeout expired")) {
        message = QStringLiteral("The database server %1 did not answer within %2 s. Is it switched on and on this "
                                 "network?")
                      .arg(server)
                      .arg(l.connectTimeoutSeconds);
    } else if (says("Connection refused") || says("No such file or directory") || says("could not connect") ||
               says("server closed the connection") || says("Network is unreachable") || says("No route to host")) {
        message = QStringLiteral("The database server %1 does not answer. Is PostgreSQL running there, and does it "
                                 "take connections from this machine (listen_addresses, pg_hba.conf)?")
                      .arg(server);
    } else {
        message = QStringLiteral("The database server %1 could not be used: %2").arg(server, libpq.trimmed());
    }
    return Error{ErrorCode::Storage, message};
}

}  // namespace

Result<QSqlDatabase> openPostgres(const DatabaseLocation& l, const QString& connectionName) {
    Password password;
    if (!l.passwordFile.isEmpty()) {
        auto read = readPasswordFile(l.passwordFile);
        if (!read) return read.error();
        password = read.value();
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    if (!db.isValid())
        return Error{ErrorCode::Storage,
                     QStringLiteral("This machine has no PostgreSQL driver for Qt (Debian: libqt6sql6-psql).")};
    db.setHostName(l.host);
    db.setPort(l.port);
    db.setDatabaseName(l.database);
    if (!l.user.isEmpty()) db.setUserName(l.user);
    if (!password.password.isEmpty()) db.setPassword(password.password);
    QStringList options{QStringLiteral("connect_timeout=%1").arg(l.connectTimeoutSeconds),
                        QStringLiteral("application_name=aktivkafe")};
    if (!l.sslMode.isEmpty()) options << QStringLiteral("sslmode=") + l.sslMode;
    if (!password.passfile.isEmpty()) options << QStringLiteral("passfile=") + conninfoValue(password.passfile);
    db.setConnectOptions(options.join(u';'));
    if (!db.open()) {
        const QString libpq = db.lastError().driverText() + u' ' + db.lastError().databaseText();
        db.close();
        return explain(l, libpq);
    }
    return db;
}

}  // namespace ak
