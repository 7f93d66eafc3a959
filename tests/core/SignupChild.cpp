// Child process of the sign-up concurrency test (SignupConcurrencyTest.cpp): signs up once for each
// of the activities named on the command line, on a database the parent prepared, and prints one
// line per attempt after signUp() returned: "<activity id> confirmed|waitlisted|full". stderr is for
// failures. Both children wait for GO_FILE to appear before the first attempt, so that they start
// together and race for each activity's last place rather than one finishing before the other starts.
//
// Usage: ak_signup_child DB_PATH NICKNAME GO_FILE ACTIVITY_ID...

#include "tests/core/ChildDatabase.h"
#include "core/activity/SignupRepository.h"
#include "core/journal/Journal.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QThread>

#include <cstdio>

int main(int argc, char** argv) {
    using namespace ak;
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("aktivkafe.*.debug=false\naktivkafe.*.info=false"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 5) {
        std::fprintf(stderr, "usage: ak_signup_child DB_PATH NICKNAME GO_FILE ACTIVITY_ID...\n");
        return 2;
    }
    auto db = test::openChildDatabase(args[1]);
    if (!db) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(db.error().message));
        return 1;
    }
    // Before every activity the parent made (they start in April 2025).
    ManualClock clock(QDateTime(QDate(2025, 3, 6), QTime(9, 0), Qt::UTC));
    Journal journal(*db.value(), clock, QStringLiteral("kiosk-") + args[2]);
    SignupRepository signups(*db.value(), clock, QTimeZone(QByteArrayLiteral("Europe/Oslo")));
    QElapsedTimer waiting;
    waiting.start();
    while (!QFileInfo::exists(args[3])) {
        if (waiting.elapsed() > 60000) {
            std::fprintf(stderr, "no go file after 60 s\n");
            return 1;
        }
        QThread::usleep(200);
    }
    for (qsizetype i = 4; i < args.size(); ++i) {
        const qint64 id = args[i].toLongLong();
        auto r = signups.signUp(id, SignupBy::withNickname(args[2]), journal);
        if (!r) {
            std::fprintf(stderr, "sign-up failed: %s\n", qPrintable(r.error().message));
            return 1;
        }
        const char* what = !r->ok()                                       ? "full"
                           : r->signup->status == SignupStatus::Waitlisted ? "waitlisted"
                                                                           : "confirmed";
        std::printf("%lld %s\n", static_cast<long long>(id), what);
        std::fflush(stdout);
    }
    return 0;
}
