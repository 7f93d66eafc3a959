#include "core/cards/CardReport.h"
#include "core/storage/Sql.h"

#include "core/util/SmallCounts.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "core/cards/CardRows.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

namespace ak {

namespace {

// A deferred read transaction: in WAL mode every query inside sees the same snapshot, so a
// redemption at the kiosk while the report runs cannot be counted in one figure and not in another.
// Inside Database::write() the write transaction already gives that.
class ReadSnapshot {
public:
    explicit ReadSnapshot(const Database& db) : connection_(db.connection()) {
        open_ = !db.inWrite() && connection_.transaction();
    }
    ~ReadSnapshot() {
        if (open_) connection_.rollback();  // nothing was written
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    QSqlDatabase connection_;
    bool open_ = false;
};

using RowKey = std::pair<qint64, QString>;  // type id, programme

}  // namespace

QString CardReport::exportCount(int count) { return shownCount(count); }

Result<CardFigures> CardReport::figures(Database& db, QDate from, QDate to, const QTimeZone& zone, const Clock& clock) {
    if (!from.isValid() || !to.isValid() || from > to)
        return Result<CardFigures>::fail(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("ak::CardReport", "The period needs a first day on or before its last day."));
    CardFigures f;
    f.from = from;
    f.to = to;
    f.asOf = clock.now();
    f.budgetMonth = QDate(to.year(), to.month(), 1);
    // Local days: from the start of `from` to the start of the day after `to`, in UTC as stored.
    const QString start = sql::utcText(from.startOfDay(zone));
    const QString end = sql::utcText(to.addDays(1).startOfDay(zone));

    ReadSnapshot snapshot(db);

    std::map<qint64, CardType> types;
    std::map<RowKey, CardTypeFigures> rows;
    {
        auto list = CardTypeRepository(db, clock, zone).list();
        if (!list) return list.error();
        for (const CardType& t : list.value()) types.emplace(t.id, t);
    }
    auto row = [&](qint64 typeId, const QString& programme) -> CardTypeFigures& {
        auto [it, added] = rows.try_emplace(RowKey{typeId, programme});
        if (added) {
            CardTypeFigures& r = it->second;
            r.typeId = typeId;
            r.programme = programme;
            if (auto t = types.find(typeId); t != types.end()) {
                r.typeName = t->second.name;
                r.kind = t->second.kind;
            }
        }
        return it->second;
    };
    // Every type has its row, even with nothing to count: "0 sold" is a figure too.
    for (const auto& [id, t] : types) row(id, t.kind == CardKind::Free ? t.programme : QString());

    auto issued = db.query(QStringLiteral("SELECT type_id, programme, sale_id IS NOT NULL, COUNT(*) FROM coffee_cards"
                                          " WHERE issued_at >= ? AND issued_at < ? GROUP BY 1, 2, 3"),
                           {start, end});
    if (!issued) return issued.error();
    while (issued->next()) {
        CardTypeFigures& r = row(issued->value(0).toLongLong(), issued->value(1).toString());
        const int n = issued->value(3).toInt();
        if (r.kind == CardKind::Free) r.handedOut += n;
        else if (issued->value(2).toInt() == 1) r.sold += n;
        else r.issuedWithoutSale += n;
    }

    // Places are "kiosk:<id>" or "till" (RedeemPlace::key()).
    auto redeemed = db.query(QStringLiteral("SELECT c.type_id, c.programme, substr(e.place, 1, 6) = 'kiosk:', COUNT(*)"
                                            " FROM card_events e JOIN coffee_cards c ON c.id = e.card_id"
                                            " WHERE e.event = 'redeemed' AND e.at >= ? AND e.at < ? GROUP BY 1, 2, 3"),
                             {start, end});
    if (!redeemed) return redeemed.error();
    while (redeemed->next()) {
        CardTypeFigures& r = row(redeemed->value(0).toLongLong(), redeemed->value(1).toString());
        const int n = redeemed->value(3).toInt();
        if (redeemed->value(2).toInt() == 1) r.redeemedKiosk += n;
        else r.redeemedTill += n;
    }

    // Outstanding: the card rows through the same reading as a scan at the kiosk (cardFrom), so the
    // report can never call a card active that the kiosk would refuse, or the other way round.
    auto cards = db.query(QString::fromLatin1(cardrows::kCardColumns) + QStringLiteral(" WHERE c.state = 'active'"));
    if (!cards) return cards.error();
    while (cards->next()) {
        const CoffeeCard card = cardrows::cardFrom(cards.value(), f.asOf);
        if (card.status != CardStatus::Active) continue;
        CardTypeFigures& r = row(card.typeId, card.programme);
        ++r.activeCards;
        if (card.balance) r.cupsLeft += *card.balance;
        else ++r.activeUnlimited;
    }

    f.rows.reserve(rows.size());
    for (auto& [key, r] : rows) f.rows.push_back(std::move(r));
    std::stable_sort(f.rows.begin(), f.rows.end(), [](const CardTypeFigures& a, const CardTypeFigures& b) {
        const int byName = QString::localeAwareCompare(a.typeName, b.typeName);
        if (byName != 0) return byName < 0;
        if (a.typeId != b.typeId) return a.typeId < b.typeId;
        return a.programme < b.programme;
    });

    // Budgets: every programme that has one, and every programme a free card or type names (a
    // programme without a budget still shows its give-away use).
    std::set<QString> programmes;
    auto named = db.query(QStringLiteral("SELECT programme FROM card_budgets"
                                         " UNION SELECT c.programme FROM coffee_cards c JOIN card_types t ON t.id = c.type_id"
                                         " WHERE t.kind = 'free'"
                                         " UNION SELECT programme FROM card_types WHERE kind = 'free'"));
    if (!named) return named.error();
    while (named->next())
        if (const QString p = named->value(0).toString(); !p.isEmpty()) programmes.insert(p);
    const CardTypeRepository budgets(db, clock, zone);
    for (const QString& p : programmes) {
        auto use = budgets.budgetUse(p, to);
        if (!use) return use.error();
        f.budgets.push_back(use.value());
    }
    return f;
}

}  // namespace ak
