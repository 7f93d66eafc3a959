#include "core/activity/ActivityRepository.h"

#include "core/activity/ActivityRows.h"
#include "core/journal/Journal.h"
#include "core/staff/Permissions.h"
#include "core/storage/Sql.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ak {

using namespace activityrows;

namespace {

QVariant capacityValue(const Activity& a) {
    return a.capacity ? QVariant(*a.capacity) : QVariant(QMetaType::fromType<int>());
}

Result<qint64> insert(Database& db, const Activity& a) {
    auto q = db.insert(QStringLiteral("INSERT INTO activities (title, description, place, starts_at, ends_at, capacity,"
                                     " price_minor, currency, signup_deadline, waitlist, series_id)"
                                     " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                      {a.title, sql::text(a.description), sql::text(a.place), sql::utcText(a.startsAt), sql::utcText(a.endsAt),
                       capacityValue(a), a.price.minor(), currencyCode(a.price.currency()),
                       isoUtcOrNull(a.signupDeadline), a.waitlist ? 1 : 0,
                       a.seriesId != 0 ? QVariant(a.seriesId) : QVariant(QMetaType::fromType<qint64>())});
    if (!q) return q.error();
    return q.value();
}

// The same local wall-clock time `weeks` weeks later: 18:00 stays 18:00 across summer time.
QDateTime weeksLater(const QDateTime& utc, int weeks, const QTimeZone& zone) {
    if (!utc.isValid()) return utc;
    const QDateTime local = utc.toTimeZone(zone);
    return QDateTime(local.date().addDays(qint64(weeks) * 7), local.time(), zone).toUTC();
}

}  // namespace

Result<void> ActivityRepository::check(Activity& a) const {
    auto bad = [](const QString& why) { return Result<void>::fail(ErrorCode::InvalidInput, why); };
    a.title = a.title.trimmed();
    if (a.title.isEmpty()) return bad(QCoreApplication::translate("ak::ActivityRepository", "An activity needs a title."));
    if (!a.startsAt.isValid() || !a.endsAt.isValid()) return bad(QCoreApplication::translate("ak::ActivityRepository", "An activity needs a start and an end."));
    if (a.endsAt < a.startsAt) return bad(QCoreApplication::translate("ak::ActivityRepository", "An activity cannot end before it starts."));
    if (a.capacity && *a.capacity < 1) return bad(QCoreApplication::translate("ak::ActivityRepository", "The number of places must be at least 1."));
    if (a.price.isNegative()) return bad(QCoreApplication::translate("ak::ActivityRepository", "A price cannot be negative."));
    if (a.signupDeadline.isValid() && a.signupDeadline > a.startsAt)
        return bad(QCoreApplication::translate("ak::ActivityRepository", "Sign-up must close before the activity starts, or leave the deadline empty."));
    a.startsAt = a.startsAt.toUTC();
    a.endsAt = a.endsAt.toUTC();
    if (a.signupDeadline.isValid()) a.signupDeadline = a.signupDeadline.toUTC();
    return {};
}

Result<Activity> ActivityRepository::add(Activity a) {
    a.cancelledAt = {};
    if (auto r = check(a); !r) return r.error();
    auto r = db_.write([&]() -> Result<void> {
        auto id = insert(db_, a);
        if (!id) return id.error();
        a.id = id.value();
        return {};
    });
    if (!r) return r.error();
    return a;
}

Result<std::vector<Activity>> ActivityRepository::create(Activity a, int repeatWeeks, const StaffMember& by,
                                                         Journal& journal) {
    if (auto r = requirePermission(by, Permission::RunActivities); !r) return r.error();
    if (repeatWeeks < 1 || repeatWeeks > kMaxRepeatWeeks)
        return Error{ErrorCode::InvalidInput,
                     QCoreApplication::translate("ak::ActivityRepository", "An activity can repeat for 1 to %1 weeks.").arg(kMaxRepeatWeeks)};
    a.cancelledAt = {};
    a.seriesId = 0;
    if (auto r = check(a); !r) return r.error();
    std::vector<Activity> made;
    auto r = db_.write([&]() -> Result<void> {
        for (int week = 0; week < repeatWeeks; ++week) {
            Activity copy = a;
            copy.startsAt = weeksLater(a.startsAt, week, zone_);
            copy.endsAt = weeksLater(a.endsAt, week, zone_);
            copy.signupDeadline = weeksLater(a.signupDeadline, week, zone_);
            if (repeatWeeks > 1 && week > 0) copy.seriesId = made.front().id;
            auto id = insert(db_, copy);
            if (!id) return id.error();
            copy.id = id.value();
            if (repeatWeeks > 1 && week == 0) {
                copy.seriesId = copy.id;
                auto s = db_.query(QStringLiteral("UPDATE activities SET series_id = id WHERE id = ?"), {copy.id});
                if (!s) return s.error();
            }
            made.push_back(copy);
        }
        auto e = journal.append(Journal::staffActor(by.id), JournalKind::ActivityCreated,
                                QJsonObject{{QStringLiteral("activity_id"), made.front().id},
                                            {QStringLiteral("series_id"), made.front().seriesId},
                                            {QStringLiteral("weeks"), repeatWeeks},
                                            {QStringLiteral("title"), a.title}});
        if (!e) return e.error();
        return {};
    });
    if (!r) return r.error();
    return made;
}

Result<Activity> ActivityRepository::edit(const Activity& wanted, const StaffMember& by, Journal& journal) {
    if (auto r = requirePermission(by, Permission::RunActivities); !r) return r.error();
    Activity a = wanted;
    if (auto r = check(a); !r) return r.error();
    auto r = db_.write([&]() -> Result<void> {
        auto found = byId(db_, a.id);
        if (!found) return found.error();
        if (!found->has_value()) return Error{ErrorCode::NotFound, QCoreApplication::translate("ak::ActivityRepository", "This activity no longer exists.")};
        const Activity& before = *found.value();
        if (before.isCancelled())
            return Error{ErrorCode::Conflict, QCoreApplication::translate("ak::ActivityRepository", "This activity was cancelled and can no longer be changed.")};
        a.seriesId = before.seriesId;
        a.cancelledAt = {};
        auto u = db_.query(QStringLiteral("UPDATE activities SET title = ?, description = ?, place = ?, starts_at = ?,"
                                          " ends_at = ?, capacity = ?, price_minor = ?, currency = ?,"
                                          " signup_deadline = ?, waitlist = ? WHERE id = ?"),
                           {a.title, sql::text(a.description), sql::text(a.place), sql::utcText(a.startsAt),
                            sql::utcText(a.endsAt), capacityValue(a), a.price.minor(), currencyCode(a.price.currency()),
                            isoUtcOrNull(a.signupDeadline), a.waitlist ? 1 : 0, a.id});
        if (!u) return u.error();
        const QString actor = Journal::staffActor(by.id);
        auto e = journal.append(actor, JournalKind::ActivityEdited,
                                QJsonObject{{QStringLiteral("activity_id"), a.id}, {QStringLiteral("title"), a.title}});
        if (!e) return e.error();
        // More places (or no limit any more): the people waiting get them now, not at the next cancel.
        auto promoted = promoteWhilePlaces(db_, a, clock_.now(), actor, journal);
        if (!promoted) return promoted.error();
        return {};
    });
    if (!r) return r.error();
    return a;
}

Result<Activity> ActivityRepository::cancel(qint64 activityId, const StaffMember& by, Journal& journal) {
    if (auto r = requirePermission(by, Permission::RunActivities); !r) return r.error();
    Activity a;
    auto r = db_.write([&]() -> Result<void> {
        auto found = byId(db_, activityId);
        if (!found) return found.error();
        if (!found->has_value()) return Error{ErrorCode::NotFound, QCoreApplication::translate("ak::ActivityRepository", "This activity no longer exists.")};
        a = *found.value();
        if (a.isCancelled()) return Error{ErrorCode::Conflict, QCoreApplication::translate("ak::ActivityRepository", "This activity is already cancelled.")};
        a.cancelledAt = clock_.now().toUTC();
        auto u = db_.query(QStringLiteral("UPDATE activities SET cancelled_at = ? WHERE id = ?"),
                           {sql::utcText(a.cancelledAt), a.id});
        if (!u) return u.error();
        auto kept = db_.query(QStringLiteral("SELECT count(*) FROM signups WHERE activity_id = ? AND status <> 'cancelled'"),
                              {a.id});
        if (!kept) return kept.error();
        const int live = kept->next() ? kept->value(0).toInt() : 0;
        auto e = journal.append(Journal::staffActor(by.id), JournalKind::ActivityCancelled,
                                QJsonObject{{QStringLiteral("activity_id"), a.id},
                                            {QStringLiteral("title"), a.title},
                                            {QStringLiteral("signups_kept"), live}});
        if (!e) return e.error();
        return {};
    });
    if (!r) return r.error();
    return a;
}

Result<std::vector<Activity>> ActivityRepository::between(const QDateTime& from, const QDateTime& to) const {
    auto q = db_.query(QStringLiteral("SELECT %1 FROM activities WHERE starts_at >= ? AND starts_at < ?"
                                      " ORDER BY starts_at, id").arg(QLatin1String(kColumns)),
                       {sql::utcText(from), sql::utcText(to)});
    if (!q) return q.error();
    std::vector<Activity> out;
    while (q->next()) out.push_back(activityFrom(q.value()));
    return out;
}

Result<std::vector<Activity>> ActivityRepository::thisWeekAndNext() const {
    const QDate today = clock_.now().toTimeZone(zone_).date();
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    return between(QDateTime(monday, QTime(0, 0), zone_).toUTC(), QDateTime(monday.addDays(14), QTime(0, 0), zone_).toUTC());
}

Result<Activity> ActivityRepository::find(qint64 activityId) const {
    auto found = byId(db_, activityId);
    if (!found) return found.error();
    if (!found->has_value()) return Error{ErrorCode::NotFound, QCoreApplication::translate("ak::ActivityRepository", "This activity no longer exists.")};
    return *found.value();
}

}  // namespace ak
