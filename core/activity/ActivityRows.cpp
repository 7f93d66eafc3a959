#include "core/activity/ActivityRows.h"

#include "core/journal/Journal.h"
#include "core/storage/Database.h"
#include "core/storage/Sql.h"

#include <QJsonObject>
#include <QSqlError>

namespace ak::activityrows {

QVariant isoUtcOrNull(const QDateTime& t) { return t.isValid() ? QVariant(sql::utcText(t)) : QVariant(QMetaType(QMetaType::QString)); }

QDateTime fromIso(const QVariant& v) {
    if (v.isNull()) return {};
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
}

const char* const kColumns =
    "id, title, description, place, starts_at, ends_at, capacity, price_minor, currency, signup_deadline, waitlist,"
    " cancelled_at, series_id";

Activity activityFrom(const QSqlQuery& q) {
    Activity a;
    a.id = q.value(0).toLongLong();
    a.title = q.value(1).toString();
    a.description = q.value(2).toString();
    a.place = q.value(3).toString();
    a.startsAt = fromIso(q.value(4));
    a.endsAt = fromIso(q.value(5));
    if (!q.value(6).isNull()) a.capacity = q.value(6).toInt();
    a.price = Money(q.value(7).toLongLong(), currencyFromCode(q.value(8).toString()).value_or(Currency::NOK));
    a.signupDeadline = fromIso(q.value(9));
    a.waitlist = q.value(10).toInt() != 0;
    a.cancelledAt = fromIso(q.value(11));
    a.seriesId = q.value(12).isNull() ? 0 : q.value(12).toLongLong();
    return a;
}

Result<std::optional<Activity>> byId(const Database& db, qint64 id) {
    auto q = db.query(QStringLiteral("SELECT %1 FROM activities WHERE id = ?").arg(QLatin1String(kColumns)), {id});
    if (!q) return q.error();
    if (!q->next()) return std::optional<Activity>();
    return std::optional<Activity>(activityFrom(q.value()));
}

namespace {
QString liveSignupWith(const Database& db, const char* function, const char* column) {
    if (db.isPostgres()) return QStringLiteral("%1(?, ?)").arg(QLatin1String(function));
    return QStringLiteral("(SELECT id FROM signups WHERE activity_id = ? AND %1 = ? AND status <> 'cancelled')")
        .arg(QLatin1String(column));
}
}  // namespace

QString liveSignupWithCode(const Database& db) { return liveSignupWith(db, "ak_signup_with_code", "cancel_code"); }
QString liveSignupWithCard(const Database& db) { return liveSignupWith(db, "ak_signup_with_card", "card_token"); }

Result<std::vector<qint64>> promoteWhilePlaces(Database& db, const Activity& activity, const QDateTime& now,
                                               const QString& actor, Journal& journal) {
    std::vector<qint64> promoted;
    if (activity.isCancelled() || now >= activity.startsAt) return promoted;
    int free = 0;
    if (activity.capacity) {
        auto taken = db.query(QStringLiteral("SELECT count(*) FROM signups WHERE activity_id = ?"
                                             " AND status IN ('confirmed', 'attended')"),
                              {activity.id});
        if (!taken) return taken.error();
        if (!taken->next()) return sql::failure(QStringLiteral("count(*) returned no row: ") + taken->lastError().text());
        free = *activity.capacity - taken->value(0).toInt();
        if (free <= 0) return promoted;
    }
    // Without a capacity nobody waits; with one, the `free` first in line get the places.
    // (no LIMIT at all without a capacity: SQLite reads LIMIT -1 as "none", PostgreSQL refuses it)
    const QString select = QStringLiteral("SELECT id FROM signups WHERE activity_id = ? AND status = 'waitlisted'"
                                          " ORDER BY position");
    auto waiting = activity.capacity ? db.query(select + QStringLiteral(" LIMIT ?"), {activity.id, free})
                                     : db.query(select, {activity.id});
    if (!waiting) return waiting.error();
    while (waiting->next()) promoted.push_back(waiting->value(0).toLongLong());
    for (qint64 id : promoted) {
        auto u = db.query(QStringLiteral("UPDATE signups SET status = 'confirmed' WHERE id = ?"), {id});
        if (!u) return u.error();
        auto e = journal.append(actor, JournalKind::SignupPromoted,
                                QJsonObject{{QStringLiteral("activity_id"), activity.id},
                                            {QStringLiteral("signup_id"), id}});
        if (!e) return e.error();
    }
    return promoted;
}

}  // namespace ak::activityrows
