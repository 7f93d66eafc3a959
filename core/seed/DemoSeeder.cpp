#include "core/seed/DemoSeeder.h"

#include "core/activity/ActivityRepository.h"
#include "core/cards/CardType.h"
#include "core/catalogue/CatalogueRepository.h"
#include "core/seed/SeedParser.h"
#include "core/settings/SettingsRepository.h"
#include "core/staff/StaffRepository.h"

#include <QFile>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimeZone>

#include <map>

namespace ak {

Q_LOGGING_CATEGORY(lcSeed, "aktivkafe.core.seed")

namespace {

Result<SeedData> load(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, QStringLiteral("Could not read %1: %2").arg(path, f.errorString())};
    return parseSeed(f.readAll(), path);
}

// The next `weekday` on or after today in the café's zone; today only if the start is still ahead.
QDateTime nextOccurrence(const QDateTime& nowUtc, const QTimeZone& zone, int weekday, QTime start) {
    const QDateTime local = nowUtc.toTimeZone(zone);
    int ahead = (weekday - local.date().dayOfWeek() + 7) % 7;
    QDateTime at(local.date().addDays(ahead), start, zone);
    if (at < local) at = QDateTime(local.date().addDays(ahead + 7), start, zone);
    return at.toUTC();
}

Result<bool> hasRows(Database& db, const QString& table) {
    auto q = db.query(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(table));
    if (!q) return q.error();
    if (!q->next()) return false;
    return q->value(0).toBool();
}

}  // namespace

Result<DemoSeedResult> DemoSeeder::seed(Database& db, Journal& journal, const Clock& clock, const QString& seedFile,
                                        PinHashCost pinCost) {
    auto data = load(seedFile);
    if (!data) return data.error();

    CatalogueRepository catalogue(db);
    ActivityRepository activities(db, clock, data->zone);
    StaffRepository staff(db, pinCost);
    CardTypeRepository cardTypes(db, clock, data->zone);
    SettingsRepository settings(db);
    DemoSeedResult result;

    auto written = db.write([&]() -> Result<void> {
        auto seeded = settings.value(kSeededSetting);
        if (!seeded) return seeded.error();
        if (seeded->has_value())
            return Result<void>::fail(ErrorCode::Conflict,
                                      QStringLiteral("Demo data was already loaded on %1.").arg(seeded->value()));
        for (const QString& table : {QStringLiteral("products"), QStringLiteral("staff")}) {
            auto any = hasRows(db, table);
            if (!any) return any.error();
            if (any.value())
                return Result<void>::fail(ErrorCode::Conflict,
                                          QStringLiteral("This database already has %1: demo data is only loaded into "
                                                         "an empty café.").arg(table));
        }

        std::map<QString, qint64> categoryIds;
        for (const Category& c : data->categories) {
            auto stored = catalogue.addCategory(c);
            if (!stored) return stored.error();
            categoryIds[c.code] = stored->id;
            ++result.categories;
        }
        std::map<QString, qint64> productIds;
        for (SeedProduct p : data->products) {
            const auto it = categoryIds.find(p.categoryCode);
            if (it == categoryIds.end())
                return Result<void>::fail(ErrorCode::Config, QStringLiteral("%1: product %2 names unknown category %3")
                                                                 .arg(seedFile, p.product.code, p.categoryCode));
            p.product.categoryId = it->second;
            auto stored = catalogue.addProduct(p.product);
            if (!stored) return stored.error();
            productIds[p.product.code] = stored->id;
            ++result.products;
        }
        for (const SeedCardType& c : data->cardTypes) {
            auto bad = [&](const QString& why) {
                return Result<void>::fail(ErrorCode::Config, QStringLiteral("%1: [[card_types]] entry %2: %3")
                                                                 .arg(seedFile).arg(c.index).arg(why));
            };
            auto stored = cardTypes.addBySystem(c.type);
            if (!stored) return bad(stored.error().message);
            if (!c.productCode.isEmpty()) {
                const auto it = productIds.find(c.productCode);
                if (it == productIds.end()) return bad(QStringLiteral("unknown product %1").arg(c.productCode));
                if (auto r = cardTypes.linkProductBySystem(it->second, stored->id); !r) return bad(r.error().message);
            }
            ++result.cardTypes;
        }
        for (const SeedBudget& b : data->budgets)
            if (auto r = cardTypes.setBudgetBySystem(b.programme, b.monthlyCups); !r) return r;
        for (SeedActivity a : data->activities) {
            a.activity.startsAt = nextOccurrence(clock.now(), data->zone, a.weekday, a.start);
            a.activity.endsAt = a.activity.startsAt.addSecs(qint64(a.minutes) * 60);
            if (a.closesHoursBefore > 0) a.activity.signupDeadline = a.activity.startsAt.addSecs(-qint64(a.closesHoursBefore) * 3600);
            if (auto r = activities.add(a.activity); !r) return r.error();
            ++result.activities;
        }
        for (const SeededStaff& s : data->staff) {
            auto m = staff.addDemo(s.member.name, s.member.role, s.pin);
            if (!m) return m.error();
            result.staff.push_back({m.value(), s.pin});
        }
        const QString now = clock.now().toUTC().toString(Qt::ISODateWithMs);
        if (auto r = settings.set(kSeededSetting, now); !r) return r;
        auto e = journal.append(Journal::systemActor(), JournalKind::DemoSeeded,
                                QJsonObject{{QStringLiteral("categories"), result.categories},
                                            {QStringLiteral("products"), result.products},
                                            {QStringLiteral("activities"), result.activities},
                                            {QStringLiteral("card_types"), result.cardTypes},
                                            {QStringLiteral("staff"), int(result.staff.size())}});
        if (!e) return e.error();
        return {};
    });
    if (!written) return written.error();
    qCInfo(lcSeed) << "seeded demo data from" << seedFile << result.products << "products" << result.activities
                   << "activities";
    return result;
}

}  // namespace ak
