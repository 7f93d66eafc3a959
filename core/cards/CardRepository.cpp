#include "core/cards/CoffeeCard.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonObject>
#include <QSqlQuery>

#include "core/cards/CardRows.h"
#include "core/journal/Journal.h"
#include "core/staff/Permissions.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

namespace ak {

QString cardStatusKey(CardStatus status) {
    switch (status) {
    case CardStatus::Active: return QStringLiteral("active");
    case CardStatus::Empty: return QStringLiteral("empty");
    case CardStatus::Expired: return QStringLiteral("expired");
    case CardStatus::Blocked: return QStringLiteral("blocked");
    case CardStatus::Returned: return QStringLiteral("returned");
    }
    return {};
}

QString cardTokenHash(const CardCode& code) {
    return QString::fromLatin1(QCryptographicHash::hash(code.tokenBytes(), QCryptographicHash::Sha256).toHex());
}

namespace cardrows {

QString isoUtc(const QDateTime& t) { return t.toUTC().toString(Qt::ISODateWithMs); }

QDateTime fromIso(const QVariant& v) {
    if (v.isNull()) return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.toUTC();
}

const char* const kCardColumns =
    "SELECT c.id, c.type_id, t.kind, t.name, c.programme, c.balance, c.issued_at, c.valid_until, c.state, c.sale_id"
    " FROM coffee_cards c JOIN card_types t ON t.id = c.type_id";

CoffeeCard cardFrom(const QSqlQuery& q, const QDateTime& now) {
    CoffeeCard c;
    c.id = q.value(0).toLongLong();
    c.typeId = q.value(1).toLongLong();
    c.kind = cardKindFromKey(q.value(2).toString()).value_or(CardKind::Free);
    c.typeName = q.value(3).toString();
    c.programme = q.value(4).toString();
    if (!q.value(5).isNull()) c.balance = q.value(5).toInt();
    c.issuedAt = fromIso(q.value(6));
    c.validUntil = fromIso(q.value(7));
    if (!q.value(9).isNull()) c.saleId = q.value(9).toLongLong();
    const QString state = q.value(8).toString();
    if (state == QLatin1String("blocked")) c.status = CardStatus::Blocked;
    else if (state == QLatin1String("returned")) c.status = CardStatus::Returned;
    else if (c.validUntil.isValid() && now >= c.validUntil) c.status = CardStatus::Expired;
    else if (c.balance && *c.balance <= 0) c.status = CardStatus::Empty;
    else c.status = CardStatus::Active;
    return c;
}

}  // namespace cardrows

using namespace cardrows;

Result<std::optional<CoffeeCard>> CardRepository::byHash(const QString& tokenHash) const {
    auto q = db_.query(QString::fromLatin1(kCardColumns) + QStringLiteral(" WHERE c.token_hash = ?"), {tokenHash});
    if (!q) return q.error();
    if (!q->next()) return std::optional<CoffeeCard>();
    return std::optional<CoffeeCard>(cardFrom(q.value(), clock_.now()));
}

Result<std::optional<CoffeeCard>> CardRepository::byId(qint64 id) const {
    auto q = db_.query(QString::fromLatin1(kCardColumns) + QStringLiteral(" WHERE c.id = ?"), {id});
    if (!q) return q.error();
    if (!q->next()) return std::optional<CoffeeCard>();
    return std::optional<CoffeeCard>(cardFrom(q.value(), clock_.now()));
}

Result<IssuedCard> CardRepository::issue(qint64 typeId, const IssueOptions& options, const StaffMember& by,
                                         Journal& journal) {
    if (auto allowed = requirePermission(by, Permission::IssueCoffeeCard); !allowed) return allowed.error();
    auto type = CardTypeRepository(db_, clock_, zone_).find(typeId);
    if (!type) return type.error();
    if (!type->active)
        return Result<IssuedCard>::fail(ErrorCode::InvalidInput,
                                        QCoreApplication::translate("ak::CardRepository",
                                                                    "This card type is no longer issued."));
    auto code = CardCode::generate();
    if (!code) return code.error();

    const QDateTime now = clock_.now();
    const QDate today = now.toTimeZone(zone_).date();
    CoffeeCard card;
    card.typeId = type->id;
    card.kind = type->kind;
    card.typeName = type->name;
    card.balance = type->cups;
    card.issuedAt = now;
    card.saleId = options.saleId;
    if (type->kind == CardKind::Free) {
        card.programme = options.programme.trimmed().isEmpty() ? type->programme : options.programme.trimmed();
        const int days = options.validityDays.value_or(type->validityDays.value_or(0));
        if (days <= 0)
            return Result<IssuedCard>::fail(ErrorCode::InvalidInput,
                                            QCoreApplication::translate("ak::CardRepository",
                                                                        "A free card needs a validity of at least 1 day."));
        card.validUntil = today.addDays(days).startOfDay(zone_).toUTC();
    } else if (type->kind == CardKind::DayPass) {
        card.validUntil = today.addDays(1).startOfDay(zone_).toUTC();
    }

    const Result<void> written = db_.write([&]() -> Result<void> {
        auto q = db_.query(QStringLiteral("INSERT INTO coffee_cards (token_hash, type_id, programme, issued_at,"
                                          " valid_until, balance, sale_id) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                           {cardTokenHash(code.value()), card.typeId, card.programme.isNull() ? QStringLiteral("") : card.programme, isoUtc(now),
                            card.validUntil.isValid() ? QVariant(isoUtc(card.validUntil)) : QVariant(QMetaType(QMetaType::QString)),
                            card.balance ? QVariant(*card.balance) : QVariant(QMetaType(QMetaType::Int)),
                            card.saleId ? QVariant(*card.saleId) : QVariant(QMetaType(QMetaType::LongLong))});
        if (!q) return q.error();
        card.id = db_.lastInsertId();
        auto ev = db_.query(QStringLiteral("INSERT INTO card_events (card_id, at, event, place) VALUES (?, ?, 'issued', 'till')"),
                            {card.id, isoUtc(now)});
        if (!ev) return ev.error();
        auto e = journal.append(Journal::staffActor(by.id), QStringLiteral("card_issued"),
                                QJsonObject{{QStringLiteral("card_id"), card.id},
                                            {QStringLiteral("type_id"), card.typeId},
                                            {QStringLiteral("kind"), cardKindKey(card.kind)},
                                            {QStringLiteral("programme"), card.programme},
                                            {QStringLiteral("sale_id"), card.saleId ? QJsonValue(*card.saleId) : QJsonValue()}});
        if (!e) return e.error();
        return {};
    });
    if (!written) return written.error();
    card.status = card.balance && *card.balance <= 0 ? CardStatus::Empty : CardStatus::Active;
    return IssuedCard{card, code.value()};
}

Result<CoffeeCard> CardRepository::find(QStringView scanned) const {
    auto code = CardCode::parse(scanned);
    if (!code) return Result<CoffeeCard>::fail(ErrorCode::NotFound, CardCode::genericRefusal());
    auto card = byHash(cardTokenHash(code.value()));
    if (!card) return card.error();
    if (!card->has_value()) return Result<CoffeeCard>::fail(ErrorCode::NotFound, CardCode::genericRefusal());
    return *card.value();
}

Result<std::vector<CardEvent>> CardRepository::history(qint64 cardId) const {
    auto q = db_.query(QStringLiteral("SELECT at, event, place FROM card_events WHERE card_id = ? ORDER BY id"), {cardId});
    if (!q) return q.error();
    std::vector<CardEvent> out;
    while (q->next()) out.push_back({fromIso(q->value(0)), q->value(1).toString(), q->value(2).toString()});
    return out;
}

Result<void> CardRepository::block(qint64 cardId, const StaffMember& by, Journal& journal) {
    if (auto allowed = requirePermission(by, Permission::ManageCardTypes); !allowed) return allowed.error();
    return setState(cardId, QStringLiteral("blocked"), QStringLiteral("blocked"), by, journal);
}

Result<void> CardRepository::markReturned(qint64 cardId, const StaffMember& by, Journal& journal) {
    if (auto allowed = requirePermission(by, Permission::IssueCoffeeCard); !allowed) return allowed.error();
    return setState(cardId, QStringLiteral("returned"), QStringLiteral("returned"), by, journal);
}

Result<void> CardRepository::setState(qint64 cardId, const QString& state, const QString& event, const StaffMember& by,
                                      Journal& journal) {
    return db_.write([&]() -> Result<void> {
        auto card = byId(cardId);
        if (!card) return card.error();
        if (!card->has_value())
            return Result<void>::fail(ErrorCode::NotFound,
                                      QCoreApplication::translate("ak::CardRepository", "That card does not exist."));
        const CardStatus current = card.value()->status;
        if (current == CardStatus::Blocked || current == CardStatus::Returned)
            return Result<void>::fail(ErrorCode::Conflict,
                                      QCoreApplication::translate("ak::CardRepository",
                                                                  "This card is already blocked or handed back."));
        const QString now = isoUtc(clock_.now());
        auto q = db_.query(QStringLiteral("UPDATE coffee_cards SET state = ? WHERE id = ?"), {state, cardId});
        if (!q) return q.error();
        auto ev = db_.query(QStringLiteral("INSERT INTO card_events (card_id, at, event, place) VALUES (?, ?, ?, 'till')"),
                            {cardId, now, event});
        if (!ev) return ev.error();
        auto e = journal.append(Journal::staffActor(by.id), QStringLiteral("card_") + event,
                                QJsonObject{{QStringLiteral("card_id"), cardId}});
        if (!e) return e.error();
        return {};
    });
}

}  // namespace ak
