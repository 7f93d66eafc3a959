// Child process of the crash test: completes real sales through SaleRepository::complete() on a
// database the parent has seeded (DemoSeeder), in a loop, and reports each one on stdout only
// after complete() returned, i.e. after COMMIT:
//
//   committed <receipt number> <total minor>
//
// (after a first line "ready" once the database is open: the parent's clock starts there).
//
// Each sale: 1–4 different products with quantities 1–3, sometimes a line rung up and taken off
// again (a void), sometimes a discount, sometimes parked and resumed before paying; paid by cash
// with change, exactly by card, or split card + cash. The parent kills it with SIGKILL at a random
// moment. stderr is for real failures only: the parent treats any output there as an error.
//
// Usage: ak_crash_writer DB_PATH [RANDOM_SEED]

#include "tests/core/ChildDatabase.h"
#include "core/cash/ShiftRepository.h"
#include "core/catalogue/CatalogueRepository.h"
#include "core/journal/Journal.h"
#include "core/money/VatTable.h"
#include "core/sales/DiscountReasonRepository.h"
#include "core/sales/SaleRepository.h"
#include "core/staff/StaffRepository.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace {

using namespace ak;

const QLocale::Language kCafeLanguage = QLocale::NorwegianBokmal;

[[noreturn]] void fail(const char* what, const Error& e) {
    std::fprintf(stderr, "%s failed: %s\n", what, qPrintable(e.message));
    std::fflush(stderr);
    std::exit(1);
}

template <class T>
T must(const char* what, Result<T> r) {
    if (!r) fail(what, r.error());
    return std::move(r).value();
}

void must(const char* what, const Result<void>& r) {
    if (!r) fail(what, r.error());
}

struct Till {
    std::vector<Product> products;
    std::vector<StaffMember> staff;
    std::vector<DiscountReason> reasons;
};

Till loadTill(Database& db) {
    Till t;
    for (const Product& p : must("products", CatalogueRepository(db).allProducts()))
        if (p.active) t.products.push_back(p);
    t.staff = must("staff", StaffRepository(db, PinHashCost::Minimum).list());
    t.reasons = must("discount reasons", DiscountReasonRepository(db).active());
    if (t.products.size() < 5 || t.staff.empty() || t.reasons.empty()) {
        std::fprintf(stderr, "the database is not seeded (products, staff and discount reasons needed)\n");
        std::exit(2);
    }
    return t;
}

// Rings up 1–4 different products (quantities 1–3), maybe a voided extra line and a discount.
SaleDraft ringUp(SaleRepository& sales, const Till& till, QRandomGenerator& rng) {
    SaleDraft draft(Currency::NOK, rng.bounded(2) ? Consumption::EatIn : Consumption::Takeaway);
    std::vector<const Product*> shuffled;
    for (const Product& p : till.products) shuffled.push_back(&p);
    std::shuffle(shuffled.begin(), shuffled.end(), rng);
    const int lines = 1 + int(rng.bounded(4));
    for (int i = 0; i < lines; ++i) {
        const qint64 id = shuffled[size_t(i)]->id;
        must("add product", sales.addProduct(draft, id));
        if (const int q = 1 + int(rng.bounded(3)); q > 1) must("set quantity", draft.setQuantity(id, q));
    }
    if (rng.bounded(5) == 0) {  // rung up by mistake and taken off: journaled as void_line
        const qint64 extra = shuffled[size_t(lines)]->id;
        must("add product", sales.addProduct(draft, extra));
        must("remove line", draft.removeLine(extra));
    }
    if (rng.bounded(4) == 0) {
        const DiscountReason& r = till.reasons[size_t(rng.bounded(int(till.reasons.size())))];
        const QString text = r.text.text(kCafeLanguage);
        if (rng.bounded(2)) {
            must("percent discount", draft.setPercentDiscount(5 + int(rng.bounded(46)), r.code, text));
        } else {
            const qint64 gross = draft.totals(sales.vatTable()).gross.minor();
            must("amount discount", draft.setAmountDiscount(Money(1 + qint64(rng.bounded(int(gross / 2))), Currency::NOK),
                                                            r.code, text));
        }
    }
    return draft;
}

// Cash with change (or exact), exactly by card, or part card and the rest in cash.
PaymentPlan pay(const Money& total, QRandomGenerator& rng) {
    PaymentPlan plan(total);
    const Currency c = total.currency();
    auto cashWithChange = [&] {
        const qint64 due = plan.remainingInCash().minor();
        const qint64 steps[] = {0, 1000, 5000, 10000};  // exact, or up to the next 10, 50 or 100 kr
        const qint64 step = steps[rng.bounded(4)];
        const qint64 tendered = step == 0 ? due : (due / step + 1) * step;
        must("cash", plan.addCash(Money(tendered, c)));
    };
    switch (rng.bounded(3)) {
    case 0:
        cashWithChange();
        break;
    case 1:
        must("card", plan.add(PaymentMethod::Card, plan.remaining()));
        break;
    default:
        if (total.minor() > 200) {
            must("card part", plan.add(PaymentMethod::Card, Money(100 + qint64(rng.bounded(int(total.minor() - 200))), c)));
        }
        cashWithChange();
        break;
    }
    if (!plan.isPaidInFull()) {
        std::fprintf(stderr, "the payment plan is not paid in full\n");
        std::exit(1);
    }
    return plan;
}

}  // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("aktivkafe.*.debug=false\naktivkafe.*.info=false"));
    if (argc < 2 || argc > 3) {
        std::fprintf(stderr, "usage: ak_crash_writer DATABASE [RANDOM_SEED]\n");
        return 64;
    }
    QRandomGenerator rng(argc == 3 ? quint32(std::strtoul(argv[2], nullptr, 10)) : QRandomGenerator::global()->generate());
    auto opened = test::openChildDatabase(QString::fromLocal8Bit(argv[1]), {.createIfMissing = false});
    if (!opened) fail("open", opened.error());
    Database& db = *opened.value();
    const Till till = loadTill(db);

    SystemClock clock;
    Journal journal(db, clock, QStringLiteral("till-1"));
    SaleRepository sales(db, journal, clock, VatTable::forCountry(Country::Norway, true), kCafeLanguage);
    // Every sale belongs to a shift: the first run opens one, the later runs sell in it.
    ShiftRepository shifts(db, clock, Currency::NOK, 5000);
    if (!must("shift", shifts.current(QStringLiteral("till-1"))))
        must("open shift", shifts.open(QStringLiteral("till-1"), CashCount(Currency::NOK), till.staff.front(), journal));
    std::printf("ready\n");
    std::fflush(stdout);
    for (;;) {
        const StaffMember& op = till.staff[size_t(rng.bounded(int(till.staff.size())))];
        SaleDraft draft = ringUp(sales, till, rng);
        if (rng.bounded(5) == 0) {  // parked while the customer looks for a wallet, then resumed
            const qint64 parked = must("park", sales.park(draft, op));
            draft = must("resume", sales.resume(parked, op));
        }
        const PaymentPlan plan = pay(draft.totals(sales.vatTable()).total, rng);
        const CompletedSale sale = must("complete", sales.complete(draft, plan, op));
        std::printf("committed %lld %lld\n", static_cast<long long>(sale.receiptNumber),
                    static_cast<long long>(sale.total.minor()));
        std::fflush(stdout);
    }
}
