#include "core/cards/CoffeeCard.h"
#include "core/storage/Sql.h"

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

std::optional<QString> normaliseNfcUid(QStringView text) {
    if (text.size() > CardCode::kMaxInputLength) return std::nullopt;  // as for codes: no work on floods
    QString uid;
    for (const QChar c : text) {
        if (c.isSpace() || c == u':') continue;
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F'))) return std::nullopt;
        uid.append(c.toUpper());
    }
    if (uid.size() < 8 || uid.size() > 20 || uid.size() % 2 != 0) return std::nullopt;
    return uid;
}

QString cardNfcHash(const QString& normalisedUid) {
    const QByteArray salted = QByteArrayLiteral("ak-coffee-card-nfc:") + normalisedUid.toLatin1();
    return QString::fromLatin1(QCryptographicHash::hash(salted, QCryptographicHash::Sha256).toHex());
}

namespace cardrows {

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

namespace {
QString nfcUnreadable() {
    return QCoreApplication::translate("ak::CardRepository", "The tag could not be read. Hold it to the reader again.");
}
}  // namespace

Result<std::optional<CoffeeCard>> CardRepository::byScanned(QStringView scanned) const {
    // A printed code first: no code (27 symbols) is also 8–20 hex digits, so the order never hides one.
    if (auto code = CardCode::parse(scanned)) return byColumn("token_hash", cardTokenHash(code.value()));
    if (auto uid = normaliseNfcUid(scanned)) return byColumn("nfc_hash", cardNfcHash(*uid));
    return std::optional<CoffeeCard>();
}

Result<std::optional<CoffeeCard>> CardRepository::byColumn(const char* column, const QString& hash) const {
    auto q = db_.query(QString::fromLatin1(kCardColumns) + QStringLiteral(" WHERE c.%1 = ?").arg(QLatin1String(column)),
                       {hash});
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

Result<CoffeeCard> CardRepository::findById(qint64 cardId) const {
    auto card = byId(cardId);
    if (!card) return card.error();
    if (!card->has_value()) return Result<CoffeeCard>::fail(ErrorCode::NotFound, CardCode::genericRefusal());
    return std::move(card).value().value();
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
    std::optional<QString> nfcHash;
    if (!options.nfcUid.isEmpty()) {
        auto uid = normaliseNfcUid(options.nfcUid);
        if (!uid) return Result<IssuedCard>::fail(ErrorCode::InvalidInput, nfcUnreadable());
        nfcHash = cardNfcHash(*uid);
    }
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
        // Until the business day's Z (DayReport::z sets it then); until that is taken, the café's
        // closing hour today or, without one (or sold after it), midnight.
        card.validUntil = today.addDays(1).startOfDay(zone_).toUTC();
        const DayHours& hours = hours_.on(today);
        if (hours.state == DayHours::State::Open) {
            const QDateTime closes = QDateTime(today, hours.closes, zone_).toUTC();
            if (closes > now) card.validUntil = closes;
        }
    }

    const Result<void> written = db_.write([&]() -> Result<void> {
        auto q = db_.insert(QStringLiteral("INSERT INTO coffee_cards (token_hash, type_id, programme, issued_at,"
                                          " valid_until, balance, sale_id) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                           {cardTokenHash(code.value()), card.typeId, card.programme.isNull() ? QStringLiteral("") : card.programme, sql::utcText(now),
                            card.validUntil.isValid() ? QVariant(sql::utcText(card.validUntil)) : QVariant(QMetaType(QMetaType::QString)),
                            card.balance ? QVariant(*card.balance) : QVariant(QMetaType(QMetaType::Int)),
                            card.saleId ? QVariant(*card.saleId) : QVariant(QMetaType(QMetaType::LongLong))});
        if (!q) return q.error();
        card.id = q.value();
        auto ev = db_.query(QStringLiteral("INSERT INTO card_events (card_id, at, event, place) VALUES (?, ?, 'issued', 'till')"),
                            {card.id, sql::utcText(now)});
        if (!ev) return ev.error();
        auto e = journal.append(Journal::staffActor(by.id), JournalKind::CardIssued,
                                QJsonObject{{QStringLiteral("card_id"), card.id},
                                            {QStringLiteral("type_id"), card.typeId},
                                            {QStringLiteral("kind"), cardKindKey(card.kind)},
                                            {QStringLiteral("programme"), card.programme},
                                            {QStringLiteral("sale_id"), card.saleId ? QJsonValue(*card.saleId) : QJsonValue()}});
        if (!e) return e.error();
        if (nfcHash) return storeNfc(card.id, *nfcHash, by, journal);
        return {};
    });
    if (!written) return written.error();
    card.status = card.balance && *card.balance <= 0 ? CardStatus::Empty : CardStatus::Active;
    return IssuedCard{card, code.value()};
}

Result<CoffeeCard> CardRepository::find(QStringView scanned) const {
    auto card = byScanned(scanned);
    if (!card) return card.error();
    if (!card->has_value()) return Result<CoffeeCard>::fail(ErrorCode::NotFound, CardCode::genericRefusal());
    return *card.value();
}

Result<void> CardRepository::bindNfc(qint64 cardId, QStringView uidHex, const StaffMember& by, Journal& journal) {
    if (auto allowed = requirePermission(by, Permission::IssueCoffeeCard); !allowed) return allowed;
    const auto uid = normaliseNfcUid(uidHex);
    if (!uid) return Result<void>::fail(ErrorCode::InvalidInput, nfcUnreadable());
    const QString hash = cardNfcHash(*uid);
    return db_.write([&]() -> Result<void> {
        auto card = byId(cardId);
        if (!card) return card.error();
        if (!card->has_value())
            return Result<void>::fail(ErrorCode::NotFound,
                                      QCoreApplication::translate("ak::CardRepository", "That card does not exist."));
        const CardStatus status = card.value()->status;
        if (status == CardStatus::Blocked || status == CardStatus::Returned)
            return Result<void>::fail(ErrorCode::Conflict,
                                      QCoreApplication::translate("ak::CardRepository",
                                                                  "This card is blocked or handed back; a tag cannot "
                                                                  "be bound to it."));
        return storeNfc(cardId, hash, by, journal);
    });
}

Result<void> CardRepository::storeNfc(qint64 cardId, const QString& nfcHash, const StaffMember& by, Journal& journal) {
    auto owner = db_.query(QStringLiteral("SELECT id FROM coffee_cards WHERE nfc_hash = ?"), {nfcHash});
    if (!owner) return owner.error();
    if (owner->next()) {
        if (owner->value(0).toLongLong() == cardId) return {};  // already this card's: nothing to journal
        // Said plainly to the volunteer (who holds both): the tag is taken. Which card has it is not said.
        return Result<void>::fail(ErrorCode::Conflict,
                                  QCoreApplication::translate("ak::CardRepository",
                                                              "This tag already belongs to another coffee card. "
                                                              "Use another tag."));
    }
    auto previous = db_.query(QStringLiteral("SELECT nfc_hash IS NOT NULL FROM coffee_cards WHERE id = ?"), {cardId});
    if (!previous) return previous.error();
    const bool replaced = previous->next() && previous->value(0).toBool();
    auto q = db_.query(QStringLiteral("UPDATE coffee_cards SET nfc_hash = ? WHERE id = ?"), {nfcHash, cardId});
    if (!q) return q.error();
    // The card id only: neither the UID nor its hash goes into the journal, which is exported.
    auto e = journal.append(Journal::staffActor(by.id), JournalKind::CardNfcBound,
                            QJsonObject{{QStringLiteral("card_id"), cardId}, {QStringLiteral("replaced"), replaced}});
    if (!e) return e.error();
    return {};
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
    return setState(cardId, QStringLiteral("blocked"), JournalKind::CardBlocked, by, journal);
}

Result<void> CardRepository::markReturned(qint64 cardId, const StaffMember& by, Journal& journal) {
    if (auto allowed = requirePermission(by, Permission::IssueCoffeeCard); !allowed) return allowed.error();
    return setState(cardId, QStringLiteral("returned"), JournalKind::CardReturned, by, journal);
}

Result<void> CardRepository::setState(qint64 cardId, const QString& state, JournalKind kind, const StaffMember& by,
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
        const QString now = sql::utcText(clock_.now());
        auto q = db_.query(QStringLiteral("UPDATE coffee_cards SET state = ? WHERE id = ?"), {state, cardId});
        if (!q) return q.error();
        auto ev = db_.query(QStringLiteral("INSERT INTO card_events (card_id, at, event, place) VALUES (?, ?, ?, 'till')"),
                            {cardId, now, state});
        if (!ev) return ev.error();
        auto e = journal.append(Journal::staffActor(by.id), kind,
                                QJsonObject{{QStringLiteral("card_id"), cardId}});
        if (!e) return e.error();
        return {};
    });
}

}  // namespace ak
