#include "core/storage/DatabaseLocation.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace ak {

namespace {

// The URL as it may be shown: a password in it (user:PASSWORD@ or password=) replaced by "***".
QString scrubbed(QString url) {
    static const QRegularExpression userInfo(QStringLiteral("(://[^/@:]*):[^/@]*@"));
    static const QRegularExpression parameter(QStringLiteral("(password=)[^&]*"), QRegularExpression::CaseInsensitiveOption);
    return url.replace(userInfo, QStringLiteral("\\1:***@")).replace(parameter, QStringLiteral("\\1***"));
}

Error bad(const QString& url, const QString& why) {
    return Error{ErrorCode::Config,
                 QStringLiteral("[database] url \"%1\": %2 Write sqlite:PATH for a file on this machine, or "
                                "postgresql://HOST/DATABASE (postgresql://USER@HOST:PORT/DATABASE) for a server.")
                     .arg(scrubbed(url), why)};
}

const QStringList kSslModes{QStringLiteral("disable"),   QStringLiteral("allow"),     QStringLiteral("prefer"),
                            QStringLiteral("require"),   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};

Result<DatabaseLocation> parsePostgres(const QString& url) {
    // libpq's way to name a socket folder as the host, percent-encoded ("%2Frun%2Fpostgresql"):
    // QUrl refuses a host with a slash in it, so it is taken out first.
    static const QRegularExpression encodedSocket(QStringLiteral("^([a-z]+://(?:[^@/]*@)?)(%2f[^/:?]*)"),
                                                  QRegularExpression::CaseInsensitiveOption);
    QString socketHost;
    QString plain = url;
    if (const auto m = encodedSocket.match(url); m.hasMatch()) {
        socketHost = QUrl::fromPercentEncoding(m.captured(2).toUtf8());
        plain = m.captured(1) + QStringLiteral("socket") + url.mid(m.capturedEnd(2));
    }
    const QUrl u(plain, QUrl::StrictMode);
    if (!u.isValid()) return bad(url, QStringLiteral("it is not a valid address (%1).").arg(u.errorString()));
    DatabaseLocation l;
    l.kind = DatabaseLocation::Kind::Postgres;
    l.user = u.userName();
    l.host = socketHost.isEmpty() ? u.host() : socketHost;
    l.port = u.port(5432);
    if (l.port <= 0 || l.port > 65535) return bad(url, QStringLiteral("the port must be from 1 to 65535."));
    l.database = u.path().mid(1);
    if (l.database.isEmpty() || l.database.contains(u'/'))
        return bad(url, QStringLiteral("it names no database (the part after the last /)."));
    if (!u.password().isEmpty())
        return Error{ErrorCode::Config,
                     QStringLiteral("[database] url \"%1\" holds a password. A password does not belong in the "
                                    "configuration file: write the URL without it and put the password in a file "
                                    "only the café's user can read, named by [database] password_file (or "
                                    "PGPASSFILE).")
                         .arg(l.display())};

    const QUrlQuery query(u);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1String("host")) {
            l.host = value;
        } else if (key == QLatin1String("port")) {
            bool ok = false;
            l.port = value.toInt(&ok);
            if (!ok || l.port <= 0 || l.port > 65535) return bad(url, QStringLiteral("the port must be from 1 to 65535."));
        } else if (key == QLatin1String("sslmode")) {
            if (!kSslModes.contains(value))
                return bad(url, QStringLiteral("sslmode must be one of %1.").arg(kSslModes.join(QStringLiteral(", "))));
            l.sslMode = value;
        } else if (key == QLatin1String("connect_timeout")) {
            bool ok = false;
            l.connectTimeoutSeconds = value.toInt(&ok);
            if (!ok || l.connectTimeoutSeconds < 1 || l.connectTimeoutSeconds > 300)
                return bad(url, QStringLiteral("connect_timeout must be from 1 to 300 seconds."));
        } else if (key == QLatin1String("user")) {
            l.user = value;
        } else if (key == QLatin1String("password")) {
            return bad(url, QStringLiteral("it holds a password; put it in [database] password_file instead."));
        } else {
            return bad(url, QStringLiteral("'%1' is not a setting this program knows (host, port, user, sslmode, "
                                           "connect_timeout).")
                                .arg(key));
        }
    }
    if (l.host.isEmpty())
        return bad(url, QStringLiteral("it names no server (postgresql://HOST/..., or ?host=/run/postgresql for a "
                                       "socket on this machine)."));
    return l;
}

}  // namespace

QString DatabaseLocation::display() const {
    if (kind == Kind::Sqlite) return QStringLiteral("sqlite:") + path;
    QString s = QStringLiteral("postgresql://");
    if (!user.isEmpty()) s += user + u'@';
    const bool socket = host.startsWith(u'/');
    if (!socket) s += host + (port != 5432 ? u':' + QString::number(port) : QString());
    s += u'/' + database;
    if (socket) s += QStringLiteral("?host=") + host + (port != 5432 ? QStringLiteral("&port=") + QString::number(port) : QString());
    return s;
}

Result<DatabaseLocation> DatabaseLocation::fromArgument(const QString& pathOrUrl) {
    static const QRegularExpression scheme(QStringLiteral("^(sqlite|postgres|postgresql):"), QRegularExpression::CaseInsensitiveOption);
    if (scheme.match(pathOrUrl.trimmed()).hasMatch()) return parse(pathOrUrl);
    DatabaseLocation l;
    l.path = pathOrUrl;
    return l;
}

Result<DatabaseLocation> DatabaseLocation::parse(const QString& raw) {
    const QString url = raw.trimmed();
    if (url.isEmpty()) return DatabaseLocation{};
    const qsizetype colon = url.indexOf(u':');
    const QString scheme = colon > 0 ? url.left(colon).toLower() : QString();
    if (scheme == QLatin1String("sqlite")) {
        DatabaseLocation l;
        l.path = url.mid(colon + 1);
        if (l.path.startsWith(QLatin1String("//"))) l.path = l.path.mid(2);  // sqlite:///abs/path
        return l;
    }
    if (scheme == QLatin1String("postgresql") || scheme == QLatin1String("postgres")) return parsePostgres(url);
    if (colon <= 0 || url.at(0) == u'/' || url.at(0) == u'~' || url.at(0) == u'.')
        return bad(url, QStringLiteral("a file is written sqlite:PATH here (or as [database] path)."));
    return bad(url, QStringLiteral("'%1' is not a kind of database this program knows.").arg(url.left(colon)));
}

}  // namespace ak
