#pragma once
// A count of the cash in the drawer, piece by piece: how many of each coin and note. The opening
// float, a hand-over and the blind count at the end of a shift are all CashCounts; the total is
// derived, never typed, so that a count always adds up to the øre.

#include "core/money/Currency.h"
#include "core/money/Money.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace ak {

namespace Denominations {
// The coins and notes in use, smallest first, in minor units. NOK: 1, 5, 10, 20 kr coins and
// 50–1000 kr notes; DKK: 50 øre – 20 kr coins and 50–1000 kr notes.
std::vector<qint64> standard(Currency currency);
// `configured` ([till] denominations) when set, else the standard list; always smallest first.
std::vector<qint64> of(Currency currency, const std::vector<qint64>& configured);
// "20 kr", "50 øre" — how the count screen and the reports name one denomination.
QString name(qint64 minor, Currency currency);
}  // namespace Denominations

class CashCount {
    Q_DECLARE_TR_FUNCTIONS(CashCount)  // messages for the person counting; lupdate context "CashCount"
public:
    static constexpr qint64 kMaxPieces = 99'999;  // of one coin or note: more is a typing mistake

    explicit CashCount(Currency currency = Currency::NOK) : currency_(currency) {}

    // What was typed on the count screen, one text per denomination ("" counts as none). Refuses
    // letters, signs, decimals and more than kMaxPieces with a sentence naming the coin or note.
    static Result<CashCount> fromTyped(Currency currency, const std::vector<qint64>& denominations,
                                       const QStringList& typed);
    // As stored (toJson()); refuses anything that is not a count.
    static Result<CashCount> fromJson(Currency currency, const QJsonObject& json);

    Currency currency() const { return currency_; }
    qint64 pieces(qint64 denomination) const;
    const std::map<qint64, qint64>& allPieces() const { return pieces_; }  // denomination → pieces, none left out
    Money total() const;
    bool isEmpty() const { return pieces_.empty(); }

    // {"<denomination in minor units>": pieces, ...}, only denominations that were there.
    QJsonObject toJson() const;

    bool operator==(const CashCount&) const = default;

private:
    Currency currency_;
    std::map<qint64, qint64> pieces_;
};

}  // namespace ak
