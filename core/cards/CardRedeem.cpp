// CardRepository::redeem(): exactly once, in one write transaction (see CoffeeCard.h).

#include "core/cards/CoffeeCard.h"
#include "core/storage/Sql.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

#include "core/cards/CardRows.h"
#include "core/journal/Journal.h"
#include "core/serving/ServingQueue.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

namespace ak {

using namespace cardrows;

QString CardRepository::refusalMessage(CardRefusal refusal) {
    switch (refusal) {
    case CardRefusal::None: return {};
    case CardRefusal::Unknown: return CardCode::genericRefusal();
    case CardRefusal::Expired:
        return QCoreApplication::translate("ak::CardRepository",
                                           "This card has expired. Ask at the counter — they can help.");
    case CardRefusal::Empty:
        return QCoreApplication::translate("ak::CardRepository",
                                           "This card has no cups left. Ask at the counter — they can help.");
    case CardRefusal::Blocked:
        return QCoreApplication::translate("ak::CardRepository",
                                           "This card can no longer be used. Ask at the counter — they can help.");
    case CardRefusal::Returned:
        return QCoreApplication::translate("ak::CardRepository",
                                           "This card has been handed back. Ask at the counter — they can help.");
    }
    return {};
}

CardRefusal CardRepository::refusalFor(CardStatus status) {
    switch (status) {
    case CardStatus::Active: return CardRefusal::None;
    case CardStatus::Empty: return CardRefusal::Empty;
    case CardStatus::Expired: return CardRefusal::Expired;
    case CardStatus::Blocked: return CardRefusal::Blocked;
    case CardStatus::Returned: return CardRefusal::Returned;
    }
    return CardRefusal::Unknown;
}

namespace {

RedeemOutcome refused(CardRefusal refusal) { return {std::nullopt, refusal, CardRepository::refusalMessage(refusal)}; }

Redemption shown(const CoffeeCard& card) {
    Redemption r;
    r.cardId = card.id;
    r.typeName = card.typeName;
    r.kind = card.kind;
    r.cupsLeft = card.balance;
    r.validUntil = card.validUntil;
    return r;
}

}  // namespace

Result<RedeemOutcome> CardRepository::redeem(QStringView scanned, const RedeemPlace& place,
                                             const QString& servingDescription, Journal& journal) {
    RedeemOutcome outcome = refused(CardRefusal::Unknown);

    const Result<void> written = db_.write([&]() -> Result<void> {
        const QDateTime now = clock_.now();
        auto found = byScanned(scanned);
        if (!found) return found.error();
        if (!found->has_value()) return {};  // malformed or unknown, code or tag: the same refusal
        const CoffeeCard& card = *found.value();

        // Double-scan guard: the same card at the same place within kDoubleScanSeconds is the
        // redemption already made; answer with its result and write nothing.
        if (place.guardDoubleScan) {
            auto previous = db_.query(QStringLiteral("SELECT e.balance_after, s.serving_number FROM card_events e"
                                                     " LEFT JOIN serving_queue s ON s.id = e.serving_id"
                                                     " WHERE e.card_id = ? AND e.event = 'redeemed' AND e.place = ?"
                                                     " AND e.at > ? AND e.at <= ? ORDER BY e.id DESC LIMIT 1"),
                                      {card.id, place.key(), sql::utcText(now.addSecs(-kDoubleScanSeconds)), sql::utcText(now)});
            if (!previous) return previous.error();
            if (previous->next()) {
                Redemption r = shown(card);
                r.cupsLeft = previous->value(0).isNull() ? std::nullopt : std::optional<int>(previous->value(0).toInt());
                if (!previous->value(1).isNull()) r.servingNumber = previous->value(1).toInt();
                r.repeated = true;
                outcome = {r, CardRefusal::None, QString()};
                return {};
            }
        }

        if (const CardRefusal refusal = refusalFor(card.status); refusal != CardRefusal::None) {
            outcome = refused(refusal);
            return {};
        }

        Redemption r = shown(card);
        if (card.balance) {
            auto dec = db_.query(QStringLiteral("UPDATE coffee_cards SET balance = balance - 1 WHERE id = ? AND balance > 0"),
                                 {card.id});
            if (!dec) return dec.error();
            if (dec->numRowsAffected() != 1) {  // cannot happen under BEGIN IMMEDIATE; never go below zero
                outcome = refused(CardRefusal::Empty);
                return {};
            }
            r.cupsLeft = *card.balance - 1;
        }
        QVariant servingId(QMetaType(QMetaType::LongLong));
        if (!place.isTill()) {
            auto item = ServingQueue(db_, clock_).add(place.kioskId, QStringLiteral("coffee_card"), servingDescription,
                                                      journal);
            if (!item) return item.error();
            servingId = item->id;
            r.servingNumber = item->servingNumber;
        }
        const QVariant balanceAfter = r.cupsLeft ? QVariant(*r.cupsLeft) : QVariant(QMetaType(QMetaType::Int));
        auto ev = db_.query(QStringLiteral("INSERT INTO card_events (card_id, at, event, place, balance_after, serving_id)"
                                           " VALUES (?, ?, 'redeemed', ?, ?, ?)"),
                            {card.id, sql::utcText(now), place.key(), balanceAfter, servingId});
        if (!ev) return ev.error();
        const QString actor = place.isTill() ? Journal::staffActor(place.staffId) : Journal::kioskActor();
        auto e = journal.append(actor, JournalKind::CardRedeemed,
                                QJsonObject{{QStringLiteral("card_id"), card.id},
                                            {QStringLiteral("place"), place.key()},
                                            {QStringLiteral("balance_after"), r.cupsLeft ? QJsonValue(*r.cupsLeft) : QJsonValue()},
                                            {QStringLiteral("serving_id"), servingId.isNull() ? QJsonValue() : QJsonValue(servingId.toLongLong())}});
        if (!e) return e.error();
        outcome = {r, CardRefusal::None, QString()};
        return {};
    });
    if (!written) return written.error();
    return outcome;
}

}  // namespace ak
