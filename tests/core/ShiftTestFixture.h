#pragma once
// A till with shifts for the cash suites: the sales world of SaleTestFixture.h on register
// "till-1", a ShiftRepository with a 50 kr difference alert, and helpers that count and sell.

#include "core/cash/DayReport.h"
#include "core/cash/ShiftRepository.h"
#include "tests/core/SaleTestFixture.h"

namespace ak {
// So that BOOST_TEST can print the figures it compares.
inline std::ostream& operator<<(std::ostream& os, const CountAmount& c) { return os << c.count << " / " << c.amount; }
inline std::ostream& operator<<(std::ostream& os, const ArtGroupTotal& g) {
    return os << g.saftBasicId.toStdString() << " ×" << g.quantity << " " << g.amount;
}
inline std::ostream& operator<<(std::ostream& os, const PaymentTotal& p) {
    return os << p.method.toStdString() << " ×" << p.count << " " << p.amount;
}
inline std::ostream& operator<<(std::ostream& os, const OperatorTotal& o) {
    return os << o.name.toStdString() << " ×" << o.receipts << " " << o.amount;
}
inline std::ostream& operator<<(std::ostream& os, const std::optional<Money>& m) {
    return m ? os << *m : os << "(none)";
}
}  // namespace ak

namespace ak::test {

inline const QString kTill = QStringLiteral("till-1");

// What was typed per coin and note on the count screen, smallest first ("" for none).
inline QStringList typed(std::initializer_list<const char*> pieces) {
    QStringList out;
    for (const char* p : pieces) out << QString::fromUtf8(p);
    return out;
}

struct ShiftCafe : SaleWorld {
    explicit ShiftCafe(const QString& path = QStringLiteral(":memory:"))
        : SaleWorld(Country::Norway, true, QLocale::NorwegianBokmal, path, false) {}

    ShiftRepository shifts{*db, clock, Currency::NOK, 5000};  // [till] count_difference_alert = 50 kr
    DayReport days{*db, clock, Currency::NOK};
    std::vector<qint64> coins = Denominations::standard(Currency::NOK);  // 1, 5, 10, 20 kr; 50 … 1000 kr

    // A count as typed on the screen: pieces per denomination, smallest first.
    CashCount cash(std::initializer_list<const char*> pieces) {
        return valueOrFail(CashCount::fromTyped(Currency::NOK, coins, typed(pieces)));
    }
    // 500 kr: 10 × 20 kr, 2 × 50 kr, 2 × 100 kr.
    CashCount float500() { return cash({"", "", "", "10", "2", "2", "", "", ""}); }
    Shift open(const StaffMember& by) { return valueOrFail(shifts.open(kTill, float500(), by, journal)); }
    CompletedSale sellForCash(std::initializer_list<std::pair<const char*, int>> items, qint64 tenderedMinor) {
        const SaleDraft d = draft(items);
        PaymentPlan plan(d.totals(sales.vatTable()).total);
        requireOk(plan.addCash(Money(tenderedMinor, currency)));
        return valueOrFail(sales.complete(d, plan, kari));
    }
    void move(CashMovementKind kind, qint64 minor, const char* reason) {
        requireOk(shifts.move(kTill, kind, Money(minor, currency), QString::fromUtf8(reason), kari, journal));
    }
    CountOutcome closeWith(const CashCount& counted) {
        return valueOrFail(shifts.close(kTill, counted, kari, std::nullopt, journal));
    }
};

}  // namespace ak::test
