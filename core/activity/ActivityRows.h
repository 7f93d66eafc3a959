#pragma once
// Row helpers shared by the activity and sign-up repositories and the statistics (core/activity only).

#include "core/activity/Activity.h"
#include "core/storage/Sql.h"
#include "core/util/Result.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <optional>
#include <vector>

namespace ak {

class Database;
class Journal;

namespace activityrows {

// The stored form sorts as text: fixed-width UTC with milliseconds.
QVariant isoUtcOrNull(const QDateTime& t);  // NULL for an invalid time
QDateTime fromIso(const QVariant& v);       // invalid for NULL

// "SELECT <kColumns> FROM activities ..." and activityFrom() read them in this order.
extern const char* const kColumns;
Activity activityFrom(const QSqlQuery& q);

// One activity by id; nullopt if there is none.
Result<std::optional<Activity>> byId(const Database& db, qint64 id);

// SQL for the id of activity ?'s live (not cancelled) sign-up with cancel code ? — or with card
// token ? — or NULL: two values, the activity's id first. On PostgreSQL a function
// (PostgresSchema.h), because the kiosk's role may not read cancel codes or card tokens, only ask
// whether one it was given is there; on SQLite the same question as a subquery.
QString liveSignupWithCode(const Database& db);
QString liveSignupWithCard(const Database& db);

// Inside a Database::write(): while the activity has free places, the first waiting sign-ups (lowest
// position) become confirmed. Nothing for a cancelled activity or one that has started (a place
// given after the start helps nobody). Returns the promoted sign-ups' ids, first in line first; each
// is journaled "signup_promoted" by `actor`.
Result<std::vector<qint64>> promoteWhilePlaces(Database& db, const Activity& activity, const QDateTime& now,
                                               const QString& actor, Journal& journal);

}  // namespace activityrows
}  // namespace ak
