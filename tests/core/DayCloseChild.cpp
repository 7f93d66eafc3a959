// Child process of the day-close concurrency tests (DayCloseConcurrencyTest.cpp), on a café file
// the parent prepared (products and staff of SaleWorld, register "till-1").
//
//   ak_day_close_child DB sell N GO_FILE   sells N coffees by card as staff 1, 20 ms apart; when the
//                                           register has no open shift (a Z closed it) it opens one
//                                           (or finds another process did). Prints "sold <receipt>"
//                                           after each commit.
//   ak_day_close_child DB cycle             forever: open a shift, sell three coffees, count, take the
//                                           Z as staff 2 (a manager); prints "z <number>" after each Z.
//                                           The parent kills it with SIGKILL at a random moment.
//
// Real time (SystemClock): the business days and shifts are written as the apps write them.

#include "tests/core/ChildDatabase.h"
#include "core/cash/DayReport.h"
#include "core/cash/ShiftRepository.h"
#include "core/journal/Journal.h"
#include "core/money/VatTable.h"
#include "core/sales/SaleRepository.h"
#include "core/staff/StaffRepository.h"
#include "core/storage/Database.h"
#include "core/storage/Sql.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QThread>

#include <cstdio>
#include <cstdlib>

using namespace ak;

namespace {

const QString kTill = QStringLiteral("till-1");

[[noreturn]] void fail(const char* what, const Error& e) {
    std::fprintf(stderr, "%s failed: %s\n", what, qPrintable(e.message));
    std::exit(1);
}

template <class T>
T must(const char* what, Result<T> r) {
    if (!r) fail(what, r.error());
    return std::move(r).value();
}

struct Till {
    Database& db;
    SystemClock clock;
    Journal journal{db, clock, kTill};
    SaleRepository sales{db, journal, clock, VatTable::forCountry(Country::Norway, true), QLocale::NorwegianBokmal};
    ShiftRepository shifts{db, clock, Currency::NOK, 5000};
    StaffRepository staff{db, clock, PinHashCost::Minimum};
    qint64 coffee = must("coffee", sql::scalar(db.connection(), QStringLiteral("SELECT id FROM products WHERE code = 'coffee'"))).toLongLong();

    // One coffee by card, or Conflict when no shift is open.
    Result<CompletedSale> sellCoffee(const StaffMember& by) {
        SaleDraft d(Currency::NOK);
        if (auto r = sales.addProduct(d, coffee); !r) return r.error();
        PaymentPlan plan(d.totals(sales.vatTable()).total);
        if (auto r = plan.add(PaymentMethod::Card, plan.remaining()); !r) return r.error();
        return sales.complete(d, plan, by);
    }
};

int sell(Till& till, int n, const QString& goFile) {
    const StaffMember kari = must("staff", till.staff.find(1));
    QElapsedTimer waiting;
    waiting.start();
    while (!QFileInfo::exists(goFile)) {
        if (waiting.elapsed() > 60000) fail("wait", Error{ErrorCode::Conflict, QStringLiteral("no go file after 60 s")});
        QThread::usleep(200);
    }
    for (int sold = 0; sold < n;) {
        auto sale = till.sellCoffee(kari);
        if (sale) {
            std::printf("sold %lld\n", static_cast<long long>(sale->receiptNumber));
            std::fflush(stdout);
            ++sold;
            // A till sells seconds apart; without a pause the two sellers would hand SQLite's write
            // lock to each other and starve the Z (its busy handler retries, it does not queue).
            QThread::msleep(20);
            continue;
        }
        if (sale.error().code != ErrorCode::Conflict) fail("sale", sale.error());
        // No shift: the Z closed the day. Open the next one (another seller may have just done so).
        auto opened = till.shifts.open(kTill, CashCount(Currency::NOK), kari, till.journal);
        if (!opened && opened.error().code != ErrorCode::Conflict) fail("open shift", opened.error());
        QThread::usleep(500);
    }
    return 0;
}

int cycle(Till& till) {
    const StaffMember kari = must("staff", till.staff.find(1));
    const StaffMember mona = must("manager", till.staff.find(2));
    DayReport days(till.db, till.clock, Currency::NOK);
    for (;;) {
        if (!must("current", till.shifts.current(kTill))) must("open", till.shifts.open(kTill, CashCount(Currency::NOK), kari, till.journal));
        for (int i = 0; i < 3; ++i) must("sale", till.sellCoffee(kari));
        must("count", till.shifts.close(kTill, CashCount(Currency::NOK), kari, std::nullopt, till.journal));
        const ZReport z = must("z", days.z(kTill, mona, till.journal));
        std::printf("z %lld\n", static_cast<long long>(z.number));
        std::fflush(stdout);
    }
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("aktivkafe.*.debug=false\naktivkafe.*.info=false"));
    const QStringList args = QCoreApplication::arguments();
    const bool selling = args.size() == 5 && args[2] == QLatin1String("sell");
    if (!selling && !(args.size() == 3 && args[2] == QLatin1String("cycle"))) {
        std::fprintf(stderr, "usage: ak_day_close_child DB sell N GO_FILE | DB cycle\n");
        return 64;
    }
    auto db = test::openChildDatabase(args[1], {.createIfMissing = false});
    if (!db) fail("open", db.error());
    Till till{*db.value()};
    return selling ? sell(till, args[3].toInt(), args[4]) : cycle(till);
}
