#include "core/storage/PostgresRoles.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include "core/activity/SignupRepository.h"
#include "core/settings/CafeZone.h"
#include "core/storage/Database.h"
#include "core/storage/PostgresSchema.h"

namespace ak {

namespace {

// What the kiosk's role may do to one table: "*" the whole table, a column list, or "" nothing.
struct KioskGrant {
    const char* table;
    const char* select;
    const char* insert;
    const char* update;
    bool remove;
};

// Each line is what one of the kiosk's flows reads or writes (PostgresRoles.h); a column that is
// not here is one the kiosk never needs. Names match PostgresSchema.cpp (core_pg_roles applies them).
constexpr KioskGrant kKioskGrants[] = {
    // Database::open reads the version
    {"schema_version", "*", "", "", false},
    // CafeZone::record, the sign-up card key (rows limited below)
    {"settings", "key, value", "key, value", "value", false},
    // the programme, places left
    {"activities", "*", "", "", false},
    // counts, waiting list, a new sign-up, cancelling one's own: never nickname, card_token, cancel_code, created_at
    {"signups", "id, activity_id, status, position",
     "activity_id, nickname, card_token, cancel_code, status, position, created_at", "status", false},
    // the card shown at redemption or check-in, and its balance
    {"card_types", "id, kind, name", "", "", false},
    {"coffee_cards", "id, token_hash, type_id, programme, issued_at, valid_until, balance, state, sale_id, nfc_hash",
     "", "balance", false},
    // the double-scan guard reads the card's last redemption
    {"card_events", "id, card_id, at, event, place, balance_after, serving_id",
     "card_id, at, event, place, balance_after, serving_id", "", false},
    {"serving_queue", "id, serving_number", "created_at, kiosk_id, kind, description, serving_number", "", false},
    // appending through the head (the hash chain), never reading a row
    {"journal", "", "*", "", false},
    {"journal_head", "id, seq, hash", "", "seq, hash", false},
    // check-in: a free id, the card's earlier visits, the day's count; not the answers
    {"visits", "id, at, token", "*", "", false},
    {"visit_secret", "*", "*", "", false},
    // the kiosk's own print queue (rows limited below); documents through ak_kiosk_print_document
    {"print_jobs", "id, created_at, kind, ref, title, state, attempts, last_error, printed_at, station",
     "created_at, kind, ref, title, document, station", "state, printed_at, attempts, last_error", false},
    {"station_leases", "*", "*", "*", true},
};

// The rows of a table the kiosk's role sees and writes (row-level security); the till's role and the
// owner see every row. Stations are named "kiosk:ID" (StationLease, PrintQueue).
struct KioskRows {
    const char* table;
    QString see;     // USING for SELECT (and for INSERT's WITH CHECK)
    QString change;  // USING and WITH CHECK for UPDATE and DELETE
};

QString quoted(const char* text) { return u'\'' + QString::fromLatin1(text) + u'\''; }

std::vector<KioskRows> kioskRows() {
    const QString kioskStation = QStringLiteral("station LIKE 'kiosk:%'");
    const QString zone = quoted(CafeZone::kSettingKey);
    return {
        // the zone may be corrected; the card key is only ever made once
        {"settings", QStringLiteral("key IN (%1, %2)").arg(zone, quoted(SignupRepository::kCardKeySetting)),
         QStringLiteral("key = %1").arg(zone)},
        {"print_jobs", kioskStation, kioskStation},
        {"station_leases", kioskStation, kioskStation},
    };
}

Result<void> checkName(const QString& name, const char* what) {
    static const QRegularExpression plain(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    if (plain.match(name).hasMatch()) return {};
    return Error{ErrorCode::InvalidInput,
                 QStringLiteral("\"%1\" cannot be used as %2: a role's name here is lower-case letters, digits and _, "
                                "at most 63, not starting with a digit.")
                     .arg(name, QString::fromLatin1(what))};
}

QString privileges(const KioskGrant& g) {
    QStringList out;
    const auto add = [&](const char* privilege, const char* columns) {
        const QString c = QString::fromLatin1(columns);
        if (c.isEmpty()) return;
        out << (c == u'*' ? QString::fromLatin1(privilege)
                          : QStringLiteral("%1 (%2)").arg(QLatin1String(privilege), c));
    };
    add("SELECT", g.select);
    add("INSERT", g.insert);
    add("UPDATE", g.update);
    if (g.remove) out << QStringLiteral("DELETE");
    return out.join(QStringLiteral(", "));
}

QStringList rowSecurity(const PostgresRoles& r) {
    QStringList s;
    for (const KioskRows& rows : kioskRows()) {
        const QString t = QString::fromLatin1(rows.table);
        s << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(t);
        for (const char* policy : {"ak_till", "ak_kiosk_see", "ak_kiosk_add", "ak_kiosk_change", "ak_kiosk_remove"})
            s << QStringLiteral("DROP POLICY IF EXISTS %1 ON %2").arg(QLatin1String(policy), t);
        s << QStringLiteral("CREATE POLICY ak_till ON %1 TO %2 USING (true) WITH CHECK (true)").arg(t, r.till)
          << QStringLiteral("CREATE POLICY ak_kiosk_see ON %1 FOR SELECT TO %2 USING (%3)").arg(t, r.kiosk, rows.see)
          << QStringLiteral("CREATE POLICY ak_kiosk_add ON %1 FOR INSERT TO %2 WITH CHECK (%3)")
                 .arg(t, r.kiosk, rows.see)
          << QStringLiteral("CREATE POLICY ak_kiosk_change ON %1 FOR UPDATE TO %2 USING (%3) WITH CHECK (%3)")
                 .arg(t, r.kiosk, rows.change)
          << QStringLiteral("CREATE POLICY ak_kiosk_remove ON %1 FOR DELETE TO %2 USING (%3)")
                 .arg(t, r.kiosk, rows.change);
    }
    return s;
}

}  // namespace

Result<QStringList> postgresRoleStatements(const PostgresRoles& r) {
    if (auto ok = checkName(r.kiosk, "the kiosk's role"); !ok) return ok.error();
    if (auto ok = checkName(r.till, "the till's role"); !ok) return ok.error();
    if (r.kiosk == r.till)
        return Error{ErrorCode::InvalidInput,
                     QStringLiteral("The kiosk and the till need two different roles (both are "
                                    "\"%1\").")
                         .arg(r.kiosk)};
    for (const QString& login : r.kioskLogins + r.tillLogins) {
        if (auto ok = checkName(login, "a login role"); !ok) return ok.error();
        if (login == r.kiosk || login == r.till)
            return Error{ErrorCode::InvalidInput,
                         QStringLiteral("The login role \"%1\" cannot be a member of itself.").arg(login)};
    }
    const QString tables = postgresTables().join(QStringLiteral(", "));
    const QString functions = postgresNarrowReads().join(QStringLiteral(", "));
    QStringList s;
    for (const QString& role : {r.kiosk, r.till})
        // (CREATE ROLE asks for CREATEROLE even when the role is there: an owner without it may run
        // these again once the server's administrator has made the roles.)
        s << QStringLiteral(
                 "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1') THEN"
                 " CREATE ROLE %1 NOLOGIN; END IF; END $$")
                 .arg(role);
    // From nothing, so that running them again after a change takes away what is no longer given.
    s << QStringLiteral("REVOKE ALL ON %1 FROM %2, %3").arg(tables, r.kiosk, r.till)
      << QStringLiteral("REVOKE ALL ON FUNCTION %1 FROM %2, %3").arg(functions, r.kiosk, r.till);

    s << QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON %1 TO %2").arg(tables, r.till)
      << QStringLiteral("GRANT EXECUTE ON FUNCTION %1 TO %2").arg(functions, r.till);

    for (const KioskGrant& g : kKioskGrants)
        s << QStringLiteral("GRANT %1 ON %2 TO %3").arg(privileges(g), QLatin1String(g.table), r.kiosk);
    QStringList kioskFunctions = postgresNarrowReads();
    if (!r.kioskShowsNicknames)
        kioskFunctions.removeIf([](const QString& f) { return f.startsWith(u"ak_signup_nicknames"); });
    s << QStringLiteral("GRANT EXECUTE ON FUNCTION %1 TO %2").arg(kioskFunctions.join(QStringLiteral(", ")), r.kiosk);
    s << rowSecurity(r);

    if (!r.kioskLogins.isEmpty())
        s << QStringLiteral("GRANT %1 TO %2").arg(r.kiosk, r.kioskLogins.join(QStringLiteral(", ")));
    if (!r.tillLogins.isEmpty())
        s << QStringLiteral("GRANT %1 TO %2").arg(r.till, r.tillLogins.join(QStringLiteral(", ")));
    return s;
}

Result<void> applyPostgresRoles(Database& db, const PostgresRoles& roles) {
    if (!db.isPostgres())
        return Error{ErrorCode::InvalidInput,
                     QStringLiteral("%1 is an SQLite file: database roles are a server's, and a file has none. Who may "
                                    "read or change it is decided by the file's owner and permissions (chmod).")
                         .arg(db.path())};
    auto statements = postgresRoleStatements(roles);
    if (!statements) return statements.error();
    return db.write([&]() -> Result<void> {
        for (const QString& statement : statements.value()) {
            QSqlQuery q(db.connection());
            if (q.exec(statement)) continue;
            const QSqlError e = q.lastError();
            QString advice;
            if (e.nativeErrorCode() == QLatin1String("42501"))
                advice = QStringLiteral(
                    " Run it as the owner of the café's tables (who made it with aktivkafe init) with "
                    "the right to create roles (CREATEROLE), or as the server's superuser.");
            else if (e.nativeErrorCode() == QLatin1String("42704"))
                advice = QStringLiteral(
                    " A login role must exist before it is made a member (CREATE ROLE NAME LOGIN "
                    "PASSWORD '...').");
            return Error{ErrorCode::Storage, QStringLiteral("The database server %1 refused the roles: %2. Nothing was "
                                                            "changed.%3 The statement was: %4")
                                                 .arg(db.path(), e.databaseText().trimmed(), advice, statement)};
        }
        return {};
    });
}

}  // namespace ak
