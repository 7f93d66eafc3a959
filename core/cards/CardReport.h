#pragma once
// Coffee-card figures for the manager and the funders: per card type and programme, the cards
// issued and the cups redeemed in a period of local days, what is outstanding now, and the
// give-away budget use of each programme in the month the period ends in.
//
// Counts only: no card ids, no tokens, no dates of single cards. A free card may carry its own
// programme (IssueOptions::programme), so free cards are counted under the card's programme, not
// the type's. "Outstanding" follows CoffeeCard's status rules exactly (cardrows::cardFrom): a card is
// active unless blocked, handed back, expired (now >= valid_until) or empty (balance 0).
//
// The figures are exact. Whoever hands them outside the café (an export for a funder) shows small
// counts through exportCount(): DOMAIN.md "Privacy" suppresses every count under 5, because a
// programme with three participants is three people.

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <vector>

#include "core/cards/CardType.h"
#include "core/util/Result.h"

namespace ak {

class Clock;
class Database;

struct CardTypeFigures {
    qint64 typeId = 0;
    QString typeName;
    CardKind kind = CardKind::Free;
    QString programme;  // free cards: the cards' programme; empty for punch cards and day passes

    // Issued in the period.
    int handedOut = 0;          // free cards
    int sold = 0;               // punch cards and day passes sold at the till (with a sale)
    int issuedWithoutSale = 0;  // punch cards and day passes issued without a sale

    // Cups redeemed in the period, on cards of this type and programme whenever they were issued.
    int redeemedKiosk = 0;
    int redeemedTill = 0;
    int redeemed() const { return redeemedKiosk + redeemedTill; }

    // Outstanding as of CardFigures::asOf.
    int activeCards = 0;      // all active cards, limited and unlimited
    int cupsLeft = 0;         // on the active cards with a number of cups
    int activeUnlimited = 0;  // active cards without a limit
};

struct CardFigures {
    QDate from;           // first local day, inclusive
    QDate to;             // last local day, inclusive
    QDateTime asOf;       // UTC; "outstanding" is as of this moment (the clock)
    QDate budgetMonth;    // the first day of the month `to` lies in
    std::vector<CardTypeFigures> rows;  // every card type, by name; a free type once per programme its cards carry
    std::vector<BudgetUse> budgets;     // every programme with a budget or a free card, by name
};

class CardReport {
public:
    // InvalidInput when a date is invalid or `from` is after `to`; Storage when the database fails.
    // Reads in one snapshot (unless called inside a write) so the figures agree with each other.
    static Result<CardFigures> figures(Database& db, QDate from, QDate to, const QTimeZone& zone, const Clock& clock);

    // A count as it may leave the café: 1 to 4 become "<5"; 0 and 5 or more are shown as they are.
    static QString exportCount(int count);  // shownCount() of core/util/SmallCounts.h
};

}  // namespace ak
