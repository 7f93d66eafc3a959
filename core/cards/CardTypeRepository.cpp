#include "core/cards/CardType.h"
#include "core/storage/Sql.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

#include "core/journal/Journal.h"
#include "core/staff/Permissions.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

namespace ak {

namespace {

QVariant optionalInt(const std::optional<int>& v) { return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Int)); }

Result<void> invalid(const QString& message) { return Result<void>::fail(ErrorCode::InvalidInput, message); }

Result<void> validate(const CardType& t) {
    if (t.name.trimmed().isEmpty())
        return invalid(QCoreApplication::translate("ak::CardTypeRepository", "Give the card type a name."));
    if (t.cups && *t.cups <= 0)
        return invalid(QCoreApplication::translate("ak::CardTypeRepository",
                                                   "The number of cups must be at least 1, or unlimited."));
    switch (t.kind) {
    case CardKind::Free:
        if (t.programme.trimmed().isEmpty())
            return invalid(QCoreApplication::translate("ak::CardTypeRepository",
                                                       "A free card needs a programme or reason."));
        if (!t.validityDays || *t.validityDays <= 0)
            return invalid(QCoreApplication::translate("ak::CardTypeRepository",
                                                       "A free card needs a validity of at least 1 day."));
        break;
    case CardKind::Punch:
        if (!t.cups)
            return invalid(QCoreApplication::translate("ak::CardTypeRepository",
                                                       "A punch card needs a number of cups."));
        break;
    case CardKind::DayPass:
        if (t.cups)
            return invalid(QCoreApplication::translate("ak::CardTypeRepository",
                                                       "A day pass gives unlimited cups; leave the number empty."));
        break;
    }
    if (t.kind != CardKind::Free && (t.validityDays || !t.programme.trimmed().isEmpty()))
        return invalid(QCoreApplication::translate("ak::CardTypeRepository",
                                                   "Only free cards have a programme and a validity in days."));
    return {};
}

CardType typeFrom(const QSqlQuery& q) {
    CardType t;
    t.id = q.value(0).toLongLong();
    t.kind = cardKindFromKey(q.value(1).toString()).value_or(CardKind::Free);
    t.name = q.value(2).toString();
    if (!q.value(3).isNull()) t.cups = q.value(3).toInt();
    if (!q.value(4).isNull()) t.validityDays = q.value(4).toInt();
    t.programme = q.value(5).toString();
    t.active = q.value(6).toInt() == 1;
    return t;
}

const char* const kTypeColumns = "SELECT id, kind, name, cups, validity_days, programme, active FROM card_types";

}  // namespace

Result<CardType> CardTypeRepository::add(const CardType& type, const StaffMember& by, Journal& journal) {
    if (auto allowed = requirePermission(by, Permission::ManageCardTypes); !allowed) return allowed.error();
    return insert(type, &by, &journal);
}

Result<CardType> CardTypeRepository::addBySystem(const CardType& type) { return insert(type, nullptr, nullptr); }

Result<CardType> CardTypeRepository::insert(const CardType& type, const StaffMember* by, Journal* journal) {
    CardType t = type;
    t.name = t.name.trimmed();
    t.programme = t.programme.trimmed();
    t.active = true;
    if (auto valid = validate(t); !valid) return valid.error();
    const Result<void> written = db_.write([&]() -> Result<void> {
        auto q = db_.insert(QStringLiteral("INSERT INTO card_types (kind, name, cups, validity_days, programme)"
                                          " VALUES (?, ?, ?, ?, ?)"),
                           {cardKindKey(t.kind), t.name, optionalInt(t.cups), optionalInt(t.validityDays),
                            t.programme.isNull() ? QStringLiteral("") : t.programme});
        if (!q) return q.error();
        t.id = q.value();
        if (!journal) return {};
        auto e = journal->append(Journal::staffActor(by->id), JournalKind::CardTypeAdded,
                                 QJsonObject{{QStringLiteral("type_id"), t.id},
                                             {QStringLiteral("kind"), cardKindKey(t.kind)},
                                             {QStringLiteral("name"), t.name},
                                             {QStringLiteral("cups"), t.cups ? QJsonValue(*t.cups) : QJsonValue()},
                                             {QStringLiteral("programme"), t.programme}});
        if (!e) return e.error();
        return {};
    });
    if (!written) return written.error();
    return t;
}

Result<void> CardTypeRepository::setActive(qint64 typeId, bool active, const StaffMember& by, Journal& journal) {
    if (auto allowed = requirePermission(by, Permission::ManageCardTypes); !allowed) return allowed.error();
    return db_.write([&]() -> Result<void> {
        auto found = find(typeId);
        if (!found) return found.error();
        auto q = db_.query(QStringLiteral("UPDATE card_types SET active = ? WHERE id = ?"), {active ? 1 : 0, typeId});
        if (!q) return q.error();
        auto e = journal.append(Journal::staffActor(by.id), JournalKind::CardTypeChanged,
                                QJsonObject{{QStringLiteral("type_id"), typeId}, {QStringLiteral("active"), active}});
        if (!e) return e.error();
        return {};
    });
}

Result<CardType> CardTypeRepository::find(qint64 typeId) const {
    auto q = db_.query(QString::fromLatin1(kTypeColumns) + QStringLiteral(" WHERE id = ?"), {typeId});
    if (!q) return q.error();
    if (!q->next())
        return Result<CardType>::fail(ErrorCode::NotFound,
                                      QCoreApplication::translate("ak::CardTypeRepository", "That card type does not exist."));
    return typeFrom(q.value());
}

Result<std::vector<CardType>> CardTypeRepository::list() const {
    auto q = db_.query(QString::fromLatin1(kTypeColumns) + QStringLiteral(" ORDER BY name, id"));
    if (!q) return q.error();
    std::vector<CardType> out;
    while (q->next()) out.push_back(typeFrom(q.value()));
    return out;
}

Result<void> CardTypeRepository::setBudget(const QString& programme, int monthlyCups, const StaffMember& by,
                                           Journal& journal) {
    if (auto allowed = requirePermission(by, Permission::ManageCardTypes); !allowed) return allowed.error();
    return storeBudget(programme, monthlyCups, &by, &journal);
}

Result<void> CardTypeRepository::setBudgetBySystem(const QString& programme, int monthlyCups) {
    return storeBudget(programme, monthlyCups, nullptr, nullptr);
}

Result<void> CardTypeRepository::storeBudget(const QString& programme, int monthlyCups, const StaffMember* by,
                                             Journal* journal) {
    const QString name = programme.trimmed();
    if (name.isEmpty() || monthlyCups <= 0)
        return invalid(QCoreApplication::translate("ak::CardTypeRepository",
                                                   "A budget needs a programme and at least 1 cup a month."));
    return db_.write([&]() -> Result<void> {
        auto q = db_.query(QStringLiteral("INSERT INTO card_budgets (programme, monthly_cups) VALUES (?, ?)"
                                          " ON CONFLICT (programme) DO UPDATE SET monthly_cups = excluded.monthly_cups"),
                           {name, monthlyCups});
        if (!q) return q.error();
        if (!journal) return {};
        auto e = journal->append(Journal::staffActor(by->id), JournalKind::CardBudgetSet,
                                 QJsonObject{{QStringLiteral("programme"), name}, {QStringLiteral("monthly_cups"), monthlyCups}});
        if (!e) return e.error();
        return {};
    });
}

Result<void> CardTypeRepository::linkProduct(qint64 productId, std::optional<qint64> typeId, const StaffMember& by,
                                             Journal& journal) {
    if (auto allowed = requirePermission(by, Permission::ManageCardTypes); !allowed) return allowed;
    return storeLink(productId, typeId, &by, &journal);
}

Result<void> CardTypeRepository::linkProductBySystem(qint64 productId, std::optional<qint64> typeId) {
    return storeLink(productId, typeId, nullptr, nullptr);
}

Result<void> CardTypeRepository::storeLink(qint64 productId, std::optional<qint64> typeId, const StaffMember* by,
                                           Journal* journal) {
    return db_.write([&]() -> Result<void> {
        auto product = db_.query(QStringLiteral("SELECT card_type_id, coffee_card_payable FROM products WHERE id = ?"),
                                 {productId});
        if (!product) return product.error();
        if (!product->next())
            return Result<void>::fail(ErrorCode::NotFound, QCoreApplication::translate("ak::CardTypeRepository",
                                                                                       "That product does not exist."));
        // Plain values, not an optional: GCC 12 at -O2 warns (wrongly) that one may be used uninitialised.
        const bool linked = !product->value(0).isNull();
        const qint64 currentType = linked ? product->value(0).toLongLong() : 0;
        const bool payable = product->value(1).toInt() == 1;
        if (typeId) {
            auto type = find(*typeId);
            if (!type) return type.error();
            // A free card is counted against a programme's give-away budget and handed out with a
            // reason; selling it would make it a punch card without the punch card's rules.
            if (type->kind == CardKind::Free)
                return invalid(QCoreApplication::translate("ak::CardTypeRepository",
                                                           "Free cards are given, not sold: choose a punch card or a "
                                                           "day pass."));
            if (!type->active)
                return invalid(QCoreApplication::translate("ak::CardTypeRepository",
                                                           "This card type is no longer issued."));
            if (payable)
                return invalid(QCoreApplication::translate("ak::CardTypeRepository",
                                                           "A coffee card can pay for this product; a product that "
                                                           "sells a card cannot be paid with one."));
        }
        if (linked == typeId.has_value() && (!linked || currentType == *typeId)) return {};  // nothing changes
        auto q = db_.query(QStringLiteral("UPDATE products SET card_type_id = ? WHERE id = ?"),
                           {typeId ? QVariant(*typeId) : QVariant(QMetaType(QMetaType::LongLong)), productId});
        if (!q) return q.error();
        if (!journal) return {};
        auto e = journal->append(Journal::staffActor(by->id), JournalKind::CardTypeProduct,
                                 QJsonObject{{QStringLiteral("product_id"), productId},
                                             {QStringLiteral("type_id"), typeId ? QJsonValue(*typeId) : QJsonValue()}});
        if (!e) return e.error();
        return {};
    });
}

Result<BudgetUse> CardTypeRepository::budgetUse(const QString& programme, QDate day) const {
    BudgetUse use;
    use.programme = programme.trimmed();
    auto b = db_.query(QStringLiteral("SELECT monthly_cups FROM card_budgets WHERE programme = ?"), {use.programme});
    if (!b) return b.error();
    if (b->next()) use.budget = b->value(0).toInt();
    const QDate first(day.year(), day.month(), 1);
    const QDateTime from = first.startOfDay(zone_);
    const QDateTime to = first.addMonths(1).startOfDay(zone_);
    auto q = db_.query(QStringLiteral("SELECT COUNT(*) FROM card_events e JOIN coffee_cards c ON c.id = e.card_id"
                                      " JOIN card_types t ON t.id = c.type_id"
                                      " WHERE e.event = 'redeemed' AND t.kind = 'free' AND c.programme = ?"
                                      " AND e.at >= ? AND e.at < ?"),
                       {use.programme, sql::utcText(from), sql::utcText(to)});
    if (!q) return q.error();
    if (q->next()) use.used = q->value(0).toInt();
    if (use.budget > 0) {
        use.warning = qint64(use.used) * 100 >= qint64(use.budget) * kBudgetWarnPercent;
        use.over = use.used >= use.budget;
    }
    return use;
}

Result<BudgetUse> CardTypeRepository::budgetUseNow(const QString& programme) const {
    return budgetUse(programme, clock_.now().toTimeZone(zone_).date());
}

}  // namespace ak
