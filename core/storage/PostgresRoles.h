#pragma once
// Least privilege for a café on a PostgreSQL server: a kiosk role and a till role, and the GRANTs
// that give each what its program does day to day and nothing more (`aktivkafe db roles` prints or
// applies them; the owner of the café's tables runs them).
//
// Both are NOLOGIN group roles. The machines log in as login roles of their own (one per kiosk,
// one per till, each with its own password) that are made members: a kiosk that is stolen or
// replaced loses its login (DROP ROLE, a new password) without touching the others, and what a
// kiosk may do is written once, here, not once per machine.
//
// The till role: SELECT, INSERT, UPDATE and DELETE on every table of the café; no DDL (it owns
// nothing), so the append-only triggers still hold the journal, completed sales, cash movements and
// signing keys against it. Identity columns draw their ids without any grant on their sequences.
//
// The kiosk role (the machine stands in a public room): check-ins (visits, the café's visit secret
// for a card's visit token), sign-ups, the visitor's own cancel code, coffee-card redemption (the
// card it was shown, its balance, card_events, the serving queue), the programme and places left,
// its station lease, its own print jobs, appending to the journal through its head, and the two
// settings it keeps (the café's time zone, the key for sign-up card tokens). It cannot read sales,
// their lines, payments or VAT, parked sales, staff or their PIN hashes and cards, shifts, cash,
// business days, signing keys, the journal's rows, the products, the visits' answers, nor any
// personal column of signups (nickname, card token, cancel code, time): a cancel code or card it is
// given is looked up through functions that answer with an id only (PostgresSchema.h). Rows:
// settings, print_jobs and station_leases get row-level security, so that the kiosk sees only its
// two settings and the kiosks' print jobs and leases, never the till's receipts or training mode.
//
// Limits: grants are per column, not per value, so a kiosk's login could still set the balance of
// any card or the status of any sign-up it names by id (outside the program: no journal entry).
// Tables that a later schema step adds get no grants until the statements are run again.

#include <QString>
#include <QStringList>

#include "core/util/Result.h"

namespace ak {

class Database;

struct PostgresRoles {
    QString kiosk = QStringLiteral("aktivkafe_kiosk");
    QString till = QStringLiteral("aktivkafe_till");
    QStringList kioskLogins;  // existing login roles made members of `kiosk`
    QStringList tillLogins;   // ... of `till`
    // [signups] show_nicknames_at_kiosk: the kiosk may list the nicknames of those with a place.
    bool kioskShowsNicknames = false;
};

// The statements, in order, for psql or applyPostgresRoles(); running them again gives the same
// grants (each role's earlier grants on the café's tables are revoked first). Errors: InvalidInput
// with a sentence, for a name that is not a plain PostgreSQL name (lower-case letters, digits and
// _, at most 63, not starting with a digit) or the same role for kiosk and till.
Result<QStringList> postgresRoleStatements(const PostgresRoles& roles);

// Runs the statements on `db` in one transaction (all or nothing) as the role it is connected as,
// which must own the café's tables and may create roles (CREATEROLE) or the roles must exist.
// Errors: InvalidInput as above, and for a café in an SQLite file; Storage with the server's words
// when it refuses a statement.
Result<void> applyPostgresRoles(Database& db, const PostgresRoles& roles);

}  // namespace ak
