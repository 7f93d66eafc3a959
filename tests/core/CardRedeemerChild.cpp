// Child process of the coffee-card concurrency test (CardConcurrencyTest.cpp): redeems one card
// COUNT times on a database the parent prepared, at a kiosk or at the till, and prints one line per
// attempt after redeem() returned ("ok" or "refused <refusal>"). Its clock moves 4 s per attempt so
// that the double-scan guard (3 s, same place) never merges two attempts. stderr is for failures.
//
// Usage: ak_card_redeemer DB_PATH CODE kiosk|till COUNT

#include "tests/core/ChildDatabase.h"
#include "core/cards/CoffeeCard.h"
#include "core/journal/Journal.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <cstdio>

int main(int argc, char** argv) {
    using namespace ak;
    QCoreApplication app(argc, argv);
    // The café's own logging is for people; only failures belong on stderr here.
    QLoggingCategory::setFilterRules(QStringLiteral("aktivkafe.*.debug=false\naktivkafe.*.info=false"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: ak_card_redeemer DATABASE CODE kiosk|till-N COUNT\n");
        return 2;
    }
    auto db = test::openChildDatabase(args[1]);
    if (!db) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(db.error().message));
        return 1;
    }
    const bool atTill = args[3].startsWith(QLatin1String("till"));
    // Ten seconds between one process's attempts, the second till five seconds after the first: the
    // same card at "a till" within CardRepository::kDoubleScanSeconds would be a scanner's double read.
    const int tillNumber = atTill ? args[3].section(u'-', 1).toInt() : 1;
    ManualClock clock(QDateTime(QDate(2025, 3, 6), QTime(9, 0), Qt::UTC).addSecs(5 * (tillNumber - 1)));
    Journal journal(*db.value(), clock, atTill ? args[3] : QStringLiteral("kiosk-1"));
    CardRepository cards(*db.value(), clock, QTimeZone(QByteArrayLiteral("Europe/Oslo")));
    const StaffMember staff{tillNumber, QStringLiteral("Ola"), StaffRole::Volunteer, true};
    const RedeemPlace place = atTill ? RedeemPlace::till(staff) : RedeemPlace::kiosk(QStringLiteral("inngang"));
    const int count = args[4].toInt();
    for (int i = 0; i < count; ++i) {
        auto r = cards.redeem(args[2], place, QStringLiteral("Kaffe (kaffekort)"), journal);
        if (!r) {
            std::fprintf(stderr, "redeem failed: %s\n", qPrintable(r.error().message));
            return 1;
        }
        if (r->ok() && r->redemption && r->redemption->repeated) std::printf("repeated\n");
        else if (r->ok()) std::printf("ok\n");
        else std::printf("refused %d\n", int(r->refusal));
        std::fflush(stdout);
        clock.advanceSeconds(10);
    }
    return 0;
}
