#include "core/activity/ActivityRepository.h"

#include "core/storage/Sql.h"

namespace ak {

namespace {
// The stored form sorts as text: fixed-width UTC with milliseconds.
QString stored(const QDateTime& t) { return t.toUTC().toString(Qt::ISODateWithMs); }
QDateTime loaded(const QVariant& v) { return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC(); }
}  // namespace

Result<Activity> ActivityRepository::add(Activity a) {
    auto bad = [](const QString& why) { return Result<Activity>::fail(ErrorCode::InvalidInput, why); };
    a.title = a.title.trimmed();
    if (a.title.isEmpty()) return bad(QStringLiteral("An activity needs a title."));
    if (!a.startsAt.isValid() || !a.endsAt.isValid()) return bad(QStringLiteral("An activity needs a start and an end."));
    if (a.endsAt < a.startsAt) return bad(QStringLiteral("An activity cannot end before it starts."));
    if (a.capacity && *a.capacity < 1) return bad(QStringLiteral("The number of places must be at least 1."));
    if (a.price.isNegative()) return bad(QStringLiteral("A price cannot be negative."));
    auto r = db_.write([&]() -> Result<void> {
        auto q = db_.query(QStringLiteral("INSERT INTO activities (title, description, place, starts_at, ends_at,"
                                          " capacity, price_minor, currency) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                           {a.title, sql::text(a.description), sql::text(a.place), stored(a.startsAt), stored(a.endsAt),
                            a.capacity ? QVariant(*a.capacity) : QVariant(QMetaType::fromType<int>()),
                            a.price.minor(), currencyCode(a.price.currency())});
        if (!q) return q.error();
        a.id = q->lastInsertId().toLongLong();
        return {};
    });
    if (!r) return r.error();
    return a;
}

Result<std::vector<Activity>> ActivityRepository::between(const QDateTime& from, const QDateTime& to) const {
    auto q = db_.query(QStringLiteral("SELECT id, title, description, place, starts_at, ends_at, capacity, price_minor,"
                                      " currency FROM activities WHERE starts_at >= ? AND starts_at < ?"
                                      " ORDER BY starts_at, id"),
                       {stored(from), stored(to)});
    if (!q) return q.error();
    std::vector<Activity> out;
    while (q->next()) {
        Activity a;
        a.id = q->value(0).toLongLong();
        a.title = q->value(1).toString();
        a.description = q->value(2).toString();
        a.place = q->value(3).toString();
        a.startsAt = loaded(q->value(4));
        a.endsAt = loaded(q->value(5));
        if (!q->value(6).isNull()) a.capacity = q->value(6).toInt();
        a.price = Money(q->value(7).toLongLong(), currencyFromCode(q->value(8).toString()).value_or(Currency::NOK));
        out.push_back(std::move(a));
    }
    return out;
}

}  // namespace ak
