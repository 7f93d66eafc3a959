// Change-feed benchmark (bench/feed.sh): a coffee redeemed at the kiosk, in another process, until
// the till's "From the kiosk" list holds it: the kiosk commits the redemption, the till's
// ChangeFeed hears it (PostgreSQL: NOTIFY; SQLite: data_version every 100 ms) and the till re-reads
// the serving queue, as TillApp does. And the throughput of a kiosk and two tills redeeming one card
// as fast as they can (exactly-once under load).
//
//   ak-bench-change-feed DATABASE RUNS [THROUGHPUT_EACH]
//   ak-bench-change-feed --redeemer DATABASE CODE kiosk|till-N COUNT PAUSE_MS   (the child)
//
// DATABASE is an existing café (aktivkafe init --seed), a file or a postgresql:// URL. Prints
// "runs=… p50_ms=… p95_ms=… p99_ms=… max_ms=…" and "throughput … per_s=…".
#include "core/cards/CoffeeCard.h"
#include "core/cards/CardType.h"
#include "core/journal/Journal.h"
#include "core/serving/ServingQueue.h"
#include "core/storage/ChangeFeed.h"
#include "core/storage/Database.h"
#include "core/storage/DatabaseLocation.h"
#include "core/util/Clock.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSet>
#include <QThread>
#include <QTimeZone>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace ak;

namespace {

qint64 nowNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

std::unique_ptr<Database> openOrDie(const QString& argument) {
    auto where = DatabaseLocation::fromArgument(argument);
    auto db = where ? Database::open(where.value(), {.createIfMissing = false}) : Result<std::unique_ptr<Database>>(where.error());
    if (!db) {
        std::fprintf(stderr, "open: %s\n", qPrintable(db.error().message));
        std::exit(1);
    }
    return std::move(db).value();
}

const StaffMember kManager{1, QStringLiteral("Kari"), StaffRole::Manager, true};
const QTimeZone kOslo(QByteArrayLiteral("Europe/Oslo"));

// The child: COUNT redemptions of CODE, each commit's steady time printed ("ok NS").
int redeemer(const QStringList& a) {
    auto db = openOrDie(a[0]);
    const QString role = a[2];
    const bool atTill = role.startsWith(QLatin1String("till"));
    const int tillNumber = atTill ? role.section(u'-', 1).toInt() : 1;
    // Ten seconds apart on the café's clock and the tills five apart: never a double scan.
    ManualClock clock(QDateTime(QDate(2025, 3, 6), QTime(9, 0), Qt::UTC).addSecs(5 * (tillNumber - 1)));
    Journal journal(*db, clock, atTill ? role : QStringLiteral("kiosk-1"));
    CardRepository cards(*db, clock, kOslo);
    const StaffMember staff{tillNumber, QStringLiteral("Ola"), StaffRole::Volunteer, true};
    const RedeemPlace place = atTill ? RedeemPlace::till(staff) : RedeemPlace::kiosk(QStringLiteral("inngang"));
    const int count = a[3].toInt(), pauseMs = a[4].toInt();
    for (int i = 0; i < count; ++i) {
        auto r = cards.redeem(a[1], place, QStringLiteral("Kaffe (kaffekort)"), journal);
        const qint64 at = nowNs();
        if (!r || !r->ok()) {
            std::fprintf(stderr, "redeem: %s\n", r ? qPrintable(r->message) : qPrintable(r.error().message));
            return 1;
        }
        std::printf("ok %lld\n", static_cast<long long>(at));
        std::fflush(stdout);
        clock.advanceSeconds(10);
        if (pauseMs > 0) QThread::msleep(ulong(pauseMs));
    }
    return 0;
}

QString newCard(Database& db, int cups) {
    ManualClock clock(QDateTime(QDate(2025, 3, 6), QTime(8, 0), Qt::UTC));
    Journal journal(db, clock, QStringLiteral("till-1"));
    CardTypeRepository types(db, clock, kOslo);
    CardType t;
    t.kind = CardKind::Punch;
    t.name = QStringLiteral("Benk %1").arg(nowNs());
    t.cups = cups;
    auto type = types.add(t, kManager, journal);
    auto card = type ? CardRepository(db, clock, kOslo).issue(type->id, {}, kManager, journal)
                     : Result<IssuedCard>(type.error());
    if (!card) {
        std::fprintf(stderr, "card: %s\n", qPrintable(card.error().message));
        std::exit(1);
    }
    return card->code.toString();
}

double percentile(std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

}  // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.value(0) == QLatin1String("--redeemer")) return redeemer(args.mid(1));
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: ak-bench-change-feed DATABASE RUNS [THROUGHPUT_EACH]\n");
        return 2;
    }
    const QString database = args[0];
    const int runs = args[1].toInt(), each = args.value(2, QStringLiteral("1000")).toInt();
    auto db = openOrDie(database);
    SystemClock clock;
    ServingQueue queue(*db, clock);
    ChangeFeed feed(*db);

    // Latency: one kiosk process, a redemption every 50 ms; the till re-reads on each word of the feed.
    const QString code = newCard(*db, runs + 10);
    QSet<qint64> seen;
    if (auto w = queue.waiting(); w)
        for (const ServingItem& i : w.value()) seen.insert(i.id);
    std::vector<qint64> shownAt;
    QObject::connect(&feed, &ChangeFeed::changed, [&](const QString& topic) {
        if (!ChangeFeed::about(topic, ChangeFeed::kServing)) return;
        auto w = queue.waiting();
        if (!w) return;
        const qint64 at = nowNs();
        for (const ServingItem& i : w.value())
            if (!seen.contains(i.id)) {
                seen.insert(i.id);
                shownAt.push_back(at);
            }
    });
    QProcess kiosk;
    kiosk.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    kiosk.start(app.applicationFilePath(), {QStringLiteral("--redeemer"), database, code, QStringLiteral("kiosk"),
                                            QString::number(runs), QStringLiteral("50")});
    while (kiosk.state() != QProcess::NotRunning || int(shownAt.size()) < runs) {
        app.processEvents(QEventLoop::AllEvents, 5);
        kiosk.waitForFinished(1);
        if (kiosk.state() == QProcess::NotRunning && kiosk.exitCode() != 0) return 1;
        static const qint64 started = nowNs();
        if (nowNs() - started > qint64(runs) * 1'000'000'000LL) break;  // a second each at most
    }
    std::vector<double> ms;
    const QList<QByteArray> lines = kiosk.readAllStandardOutput().split('\n');
    for (int i = 0, k = 0; i < lines.size() && k < int(shownAt.size()); ++i)
        if (lines[i].startsWith("ok ")) ms.push_back(double(shownAt[size_t(k++)] - lines[i].mid(3).toLongLong()) / 1e6);
    if (ms.empty()) return 1;
    std::printf("runs=%zu p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f\n", ms.size(), percentile(ms, 0.5),
                percentile(ms, 0.95), percentile(ms, 0.99), *std::max_element(ms.begin(), ms.end()));

    // Throughput: a kiosk and two tills, EACH redemptions each as fast as they can, on one card.
    const QString shared = newCard(*db, 3 * each);
    std::vector<std::unique_ptr<QProcess>> children;
    const qint64 t0 = nowNs();
    for (const char* role : {"kiosk", "till-1", "till-2"}) {
        children.push_back(std::make_unique<QProcess>());
        children.back()->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        children.back()->start(app.applicationFilePath(), {QStringLiteral("--redeemer"), database, shared,
                                                           QString::fromLatin1(role), QString::number(each), QStringLiteral("0")});
    }
    int ok = 0;
    for (auto& c : children) {
        c->waitForFinished(600'000);
        if (c->exitCode() != 0) return 1;
        ok += int(c->readAllStandardOutput().count("ok "));
    }
    const double seconds = double(nowNs() - t0) / 1e9;
    std::printf("throughput processes=3 redemptions=%d seconds=%.2f per_s=%.0f\n", ok, seconds, double(ok) / seconds);
    return ok == 3 * each ? 0 : 1;
}
