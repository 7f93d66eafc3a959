// ak-bench-sale-commit: time from the Pay tap to the sale committed durably and the next frame
// shown, on a database that already holds many sales (default 1,000,000), against a bare
// insert of one row with the same durability on the same disk in the same run. bench/sales.sh runs
// it and writes docs/performance.md; see there for the method.
//
//   ak-bench-sale-commit [--cache DIR] [--sales N] [--runs N] [--seed-file FILE] [--postgres URL]
//
// --postgres: the sales go to a PostgreSQL server's database (the URL's, made afresh from a template
// of the filled café each run) and the bare insert to a table on the same server (WorkDatabase.h).
//
// --cache: where the filled database is kept and reused (default $AK_BENCH_CACHE, else
// ./bench-cache); it is keyed by the number of sales and the schema version. Each run works on a
// fresh copy of it in the same folder, so the measured sales never pile up in the cache.
//
// Each measured iteration: the draft is rung up (not timed); t0 (the Pay tap); the payment plan is
// made and SaleRepository::complete() commits (WAL, synchronous=FULL, as Database::open sets);
// the receipt number and total go into the QML frame; t2 = frameSwapped of that frame. Then one
// bare insert is timed, so the two alternate and share the disk's mood. Results go to stdout as
// "key p50=… p90=… p99=… max=…" lines in milliseconds. Before the sales, the till's start check
// (IntegrityGate) is timed 21 times; after them, the full `journal verify` once.
//
// Signing (issue 13): every other measured sale is signed (RSA-SHA1, 1024-bit, as [compliance]
// signing = "rsa-sha1" does in the till), the others not, so both kinds share the disk's mood; their
// Pay-to-frame times are reported apart (pay_to_frame_signed_ms, pay_to_frame_unsigned_ms).

#include "bench/sales/SaleFiller.h"
#include "bench/sales/TypicalSale.h"
#include "bench/sales/WorkDatabase.h"
#include "core/audit/IntegrityCheck.h"
#include "core/audit/IntegrityGate.h"
#include "core/compliance/KeyRegistry.h"
#include "core/compliance/SaleSigner.h"
#include "core/money/MoneyFormat.h"
#include "core/staff/StaffRepository.h"
#include "core/storage/Migrations.h"
#include "core/util/Clock.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QQuickItem>
#include <QQuickView>
#include <QSGRendererInterface>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>

#include <unistd.h>

namespace {

using namespace ak;
using Steady = std::chrono::steady_clock;

double ms(Steady::duration d) { return std::chrono::duration<double, std::milli>(d).count(); }

[[noreturn]] void die(const QString& message) {
    std::fprintf(stderr, "ak-bench-sale-commit: %s\n", qPrintable(message));
    std::exit(1);
}

void must(Result<void> r, const char* what) {
    if (!r) die(QStringLiteral("%1: %2").arg(QString::fromLatin1(what), r.error().message));
}

template <class T>
T must(Result<T> r, const char* what) {
    if (!r) die(QStringLiteral("%1: %2").arg(QString::fromLatin1(what), r.error().message));
    return std::move(r).value();
}

// Nearest-rank percentiles.
void report(const char* key, std::vector<double> v) {
    std::sort(v.begin(), v.end());
    auto at = [&](double p) { return v[std::max<size_t>(1, size_t(std::ceil(p * double(v.size())))) - 1]; };
    std::printf("%s p50=%.3f p90=%.3f p99=%.3f max=%.3f\n", key, at(0.50), at(0.90), at(0.99), v.back());
}

// Waits for the next frameSwapped (emitted on the render thread with the threaded loop: the time is
// taken right there). Returns false after `timeoutMs` without a frame.
bool waitForFrame(QQuickWindow& window, Steady::time_point& shownAt, int timeoutMs = 2000) {
    QEventLoop loop;
    std::atomic_bool swapped{false};
    auto c = QObject::connect(
        &window, &QQuickWindow::frameSwapped, &loop,
        [&] {
            shownAt = Steady::now();
            swapped = true;
            QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
        },
        static_cast<Qt::ConnectionType>(Qt::DirectConnection | Qt::SingleShotConnection));
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(c);
    return swapped;
}

QString graphicsApiName(QSGRendererInterface::GraphicsApi api) {
    switch (api) {
    case QSGRendererInterface::Software: return QStringLiteral("software");
    case QSGRendererInterface::OpenGL: return QStringLiteral("opengl");
    case QSGRendererInterface::Vulkan: return QStringLiteral("vulkan");
    default: return QStringLiteral("other(%1)").arg(int(api));
    }
}

}  // namespace

int main(int argc, char* argv[]) {
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    // One info line per sale from aktivkafe.core.sales is what the till logs too; debug is off.
    QLoggingCategory::setFilterRules(QStringLiteral("aktivkafe.*.debug=false"));
    QCommandLineParser cli;
    cli.addHelpOption();
    const QString envCache = qEnvironmentVariable("AK_BENCH_CACHE", QStringLiteral("bench-cache"));
    cli.addOption({QStringLiteral("cache"), QStringLiteral("Folder of the filled database."), QStringLiteral("dir"), envCache});
    cli.addOption({QStringLiteral("sales"), QStringLiteral("Sales already in the database."), QStringLiteral("n"),
                   QStringLiteral("1000000")});
    cli.addOption({QStringLiteral("runs"), QStringLiteral("Measured sales."), QStringLiteral("n"), QStringLiteral("1000")});
    cli.addOption({QStringLiteral("seed-file"), QStringLiteral("Demo seed."), QStringLiteral("file"),
                   QStringLiteral(AK_BENCH_SEED_FILE)});
    cli.addOption({QStringLiteral("postgres"),
                   QStringLiteral("Measure on this PostgreSQL server instead: the URL's database is made afresh from a "
                                  "template holding the filled café (see WorkDatabase.h)."),
                   QStringLiteral("url")});
    cli.process(app);
    const qint64 fill = cli.value(QStringLiteral("sales")).toLongLong();
    const int runs = cli.value(QStringLiteral("runs")).toInt();
    if (fill < 1 || runs < 1) die(QStringLiteral("--sales and --runs must be positive"));
    const QDir cache(cli.value(QStringLiteral("cache")));
    if (!QDir().mkpath(cache.path())) die(QStringLiteral("cannot create %1").arg(cache.path()));

    // 1. The filled database, built once and reused.
    const QString cached = cache.absoluteFilePath(
        QStringLiteral("sales-%1-schema%2-filler2.sqlite").arg(fill).arg(latestVersion(schemaMigrations())));
    if (!QFile::exists(cached)) {
        std::fprintf(stderr, "building %s (once; reused afterwards)\n", qPrintable(cached));
        const bench::FillerReport built = must(
            bench::buildSalesDatabase(cached, fill, cli.value(QStringLiteral("seed-file")),
                                      [](const QString& line) { std::fprintf(stderr, "%s\n", qPrintable(line)); }),
            "filler");
        const QByteArray info = QStringLiteral("built_s=%1 verify_s=%2")
                                    .arg(built.seconds, 0, 'f', 1)
                                    .arg(built.verifySeconds, 0, 'f', 1)
                                    .toLatin1();
        QFile infoFile(cached + QStringLiteral(".info"));
        if (infoFile.open(QIODevice::WriteOnly)) infoFile.write(info);
        std::printf("filler built %s\n", info.constData());
    } else {
        QFile infoFile(cached + QStringLiteral(".info"));
        const QByteArray info = infoFile.open(QIODevice::ReadOnly) ? infoFile.readAll().trimmed() : QByteArray();
        std::printf("filler reused %s\n", info.constData());
    }
    const QString postgresUrl = cli.value(QStringLiteral("postgres"));
    std::unique_ptr<Database> db;
    std::unique_ptr<bench::BareInsert> bare;
    if (postgresUrl.isEmpty()) {
        db = must(bench::sqliteWorkCopy(cached, cache.absoluteFilePath(QStringLiteral("work-sale-commit.sqlite"))), "open");
        bare = must(bench::BareInsert::sqlite(cache.absoluteFilePath(QStringLiteral("work-bare-insert.sqlite"))), "bare insert");
    } else {
        const DatabaseLocation server = must(DatabaseLocation::parse(postgresUrl), "--postgres");
        bench::ServerWork work = must(
            bench::serverWorkCopy(cached, server, fill, [](const QString& line) { std::fprintf(stderr, "%s\n", qPrintable(line)); }),
            "server");
        if (work.templateSeconds >= 0) std::printf("template built s=%.1f\n", work.templateSeconds);
        std::printf("server %s\n", qPrintable(work.settings));
        db = std::move(work.db);
        bare = must(bench::BareInsert::postgres(server), "bare insert");
    }

    // 2. The till: the database as the app opens it, and a frame to show the sale.
    SystemClock clock;
    Journal journal(*db, clock, bench::kRegister);
    SaleRepository sales(*db, journal, clock, VatTable::forCountry(Country::Norway, true), QLocale::NorwegianBokmal);
    // The till's start check and its gate, as TillApp has them; the check is timed (issue 10: cheap).
    IntegrityGate gate(*db, journal, QString(), {});
    {
        std::vector<double> quick;
        for (int i = 0; i < 21; ++i) {
            const Steady::time_point t0 = Steady::now();
            if (auto r = gate.check(); !r) die(QStringLiteral("start check: ") + r.error().message);
            quick.push_back(ms(Steady::now() - t0));
        }
        if (!gate.open()) die(QStringLiteral("the start check found problems: ") + gate.problems().join(u' '));
        report("start_check_ms", quick);
    }
    sales.setGate(&gate);
    // The register's key, made and registered for this run (in the cache folder, gone at the end).
    const QString keyPath = cache.absoluteFilePath(QStringLiteral("work-signing.key"));
    QFile::remove(keyPath);
    {
        const compliance::SigningKey key = must(compliance::SigningKey::create(keyPath, compliance::Algorithm::RsaSha1), "key");
        must(compliance::registerKey(*db, journal, bench::kRegister, key, clock.now()), "register the key");
    }
    ComplianceConfig signing;
    signing.signing = QStringLiteral("rsa-sha1");
    signing.privateKey = keyPath;
    const compliance::SaleSigner signer =
        compliance::SaleSigner::fromConfig(*db, signing, bench::kRegister, QTimeZone(QByteArrayLiteral("Europe/Oslo")));
    if (!signer.problem().isEmpty()) die(signer.problem());
    const std::vector<qint64> products = must(bench::typicalProducts(*db), "products");
    const std::vector<StaffMember> staff = must(StaffRepository(*db, PinHashCost::Minimum).list(), "staff");
    if (staff.empty()) die(QStringLiteral("the database has no active staff"));
    const StaffMember& op = staff.front();
    auto pragma = [&](const char* name) {
        if (db->isPostgres()) return QStringLiteral("server");
        auto q = must(db->query(QStringLiteral("PRAGMA %1").arg(QString::fromLatin1(name))), name);
        return q.next() ? q.value(0).toString() : QString();
    };
    auto before = must(db->query(QStringLiteral("SELECT count(*) FROM sales")), "count");
    before.next();
    std::printf("sales_in_db=%lld journal_mode=%s synchronous=%s runs=%d\n", before.value(0).toLongLong(),
                qPrintable(pragma("journal_mode")), qPrintable(pragma("synchronous")), runs);
    before.finish();

    QQuickView view;
    view.setResizeMode(QQuickView::SizeRootObjectToView);
    view.setSource(QUrl(QStringLiteral("qrc:/ak-bench-sale/Frame.qml")));
    if (view.status() != QQuickView::Ready || !view.rootObject()) die(QStringLiteral("Frame.qml did not load"));
    view.resize(480, 160);
    view.show();
    Steady::time_point shown;
    if (!waitForFrame(view, shown, 10'000)) die(QStringLiteral("the window showed no first frame"));
    std::printf("graphics_api=%s platform=%s\n", qPrintable(graphicsApiName(view.rendererInterface()->graphicsApi())),
                qPrintable(QGuiApplication::platformName()));

    // 3. Warm-up (not measured), then the measured sales, each followed by one bare insert.
    const QLocale locale(QLocale::NorwegianBokmal);
    std::vector<double> payToFrame, commit, frame, bareInsert, signedPay, unsignedPay;
    int missedFrames = 0;
    const int warmup = std::min(20, runs);
    for (int i = -warmup; i < runs; ++i) {
        const SaleDraft draft = must(bench::typicalDraft(sales, products), "draft");
        const bool signs = (i & 1) == 0;
        sales.setSigner(signs ? &signer : nullptr);
        const Steady::time_point tap = Steady::now();
        const PaymentPlan plan = must(bench::typicalPayment(sales, draft), "payment");
        const CompletedSale sale = must(sales.complete(draft, plan, op), "complete");
        const Steady::time_point committed = Steady::now();
        view.rootObject()->setProperty("receipt", QString::number(sale.receiptNumber));
        view.rootObject()->setProperty("total", formatMoney(sale.total, locale));
        if (!waitForFrame(view, shown)) {
            ++missedFrames;
            continue;
        }
        const Steady::time_point b0 = Steady::now();
        must(bare->insertOne(i), "bare insert");
        const Steady::time_point b1 = Steady::now();
        if (i < 0) continue;
        payToFrame.push_back(ms(shown - tap));
        (signs ? signedPay : unsignedPay).push_back(ms(shown - tap));
        commit.push_back(ms(committed - tap));
        frame.push_back(ms(shown - committed));
        bareInsert.push_back(ms(b1 - b0));
    }
    if (payToFrame.empty()) die(QStringLiteral("no frame was ever shown after a sale"));
    std::printf("missed_frames=%d\n", missedFrames);
    report("pay_to_frame_ms", payToFrame);
    report("commit_ms", commit);
    report("frame_ms", frame);
    report("bare_insert_ms", bareInsert);
    report("pay_to_frame_signed_ms", signedPay);
    report("pay_to_frame_unsigned_ms", unsignedPay);
    {
        // The signature alone (what signing adds besides one indexed read of the previous one).
        const compliance::SigningKey key = must(compliance::SigningKey::load(keyPath), "key");
        std::vector<double> signOnly;
        for (int i = 0; i < runs; ++i) {
            const QByteArray text = QByteArrayLiteral("0;2026-12-07;10:00:00;") + QByteArray::number(i) + ";72.00;57.60";
            const Steady::time_point s0 = Steady::now();
            must(key.sign(text), "sign");
            signOnly.push_back(ms(Steady::now() - s0));
        }
        report("sign_only_ms", signOnly);
    }
    QFile::remove(keyPath);

    // 4. `aktivkafe journal verify` on the same database: every entry and every sale.
    const Steady::time_point v0 = Steady::now();
    IntegrityCheck::Options full;
    const IntegrityReport verified = must(IntegrityCheck::run(*db, full), "verify");
    if (!verified.ok()) die(QStringLiteral("verify found problems: ") + verified.problems().join(u' '));
    std::printf("full_verify s=%.1f entries=%lld\n", ms(Steady::now() - v0) / 1000.0, verified.chain.entries);
    return 0;
}
