// Storage errors reach the till as sentences for the person at it, in the till's language, never as
// SQLite's English (issue 10, item 10): a payment on a full disk, a login on a database that became
// read-only, a login with the journal's head row gone. The Norwegian is read from the translations
// compiled for the aktivkafe command (AK_QM_DIR). The full disk is a small tmpfs (root).

#include "core/cash/CashCount.h"
#include "core/staff/StaffRepository.h"
#include "core/storage/Backup.h"
#include "tests/core/SaleTestFixture.h"
#include "tests/support/ScratchMount.h"

#include <QCoreApplication>
#include <QTranslator>

#include <boost/test/unit_test.hpp>

using namespace ak;
using namespace ak::test;

namespace {

// Installs the Norwegian translations for as long as it lives.
struct InNorwegian {
    QTranslator translator;
    InNorwegian() {
        BOOST_TEST_REQUIRE(translator.load(QStringLiteral(AK_QM_DIR "/aktivkafe_nb.qm")));
        QCoreApplication::installTranslator(&translator);
    }
    ~InNorwegian() { QCoreApplication::removeTranslator(&translator); }
};

// What SQLite or Qt would have said; none of it may reach the screen.
void noDriverText(const QString& message) {
    for (const char* raw : {"SQL", "Unable to", "database or disk is full", "readonly database", "attempt to"})
        BOOST_TEST(!message.contains(QLatin1String(raw)), message << " contains " << raw);
}

bool asRoot(boost::unit_test::test_unit_id) { return ScratchMount::available(); }

}  // namespace

BOOST_TEST_GLOBAL_FIXTURE(CoreApp);

BOOST_AUTO_TEST_SUITE(storage_errors)

BOOST_AUTO_TEST_CASE(a_payment_on_a_full_disk, *boost::unit_test::precondition(asRoot) *
                                                   boost::unit_test::precondition(onSqlite)) {
    ScratchMount disk(4 * 1024 * 1024);
    BOOST_TEST_REQUIRE(disk.ok());
    SaleWorld w(Country::Norway, true, QLocale::NorwegianBokmal, disk.file(QStringLiteral("cafe.sqlite")));
    w.sellByCard(w.draft({{"coffee", 1}}));  // the till works until the disk fills
    BOOST_TEST_REQUIRE(disk.fill());
    const SaleDraft d = w.draft({{"bun", 2}, {"coffee", 1}});
    PaymentPlan plan(d.totals(w.sales.vatTable()).total);
    requireOk(plan.add(PaymentMethod::Cash, plan.remaining()));
    auto english = w.sales.complete(d, plan, w.kari);
    BOOST_TEST_REQUIRE(!english.ok());
    BOOST_TEST(english.error().message.startsWith(QStringLiteral("The disk is full, so this could not be saved.")),
               english.error().message);
    noDriverText(english.error().message);
    InNorwegian nb;
    auto norwegian = w.sales.complete(d, plan, w.kari);
    BOOST_TEST_REQUIRE(!norwegian.ok());
    BOOST_TEST(norwegian.error().message.startsWith(QStringLiteral("Disken er full, så dette kunne ikke lagres.")),
               norwegian.error().message);
    BOOST_TEST(w.count("sales") == 1);  // nothing half saved
}

BOOST_AUTO_TEST_CASE(a_login_on_a_database_that_became_read_only) {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("cafe.sqlite"));
    { SaleWorld w(Country::Norway, true, QLocale::NorwegianBokmal, path); }
    DatabaseOptions readOnly;
    readOnly.readOnly = true;  // SQLite refuses every write, as on a disk that went read-only
    auto db = openOrFail(path, readOnly);
    ManualClock clock{QDateTime(QDate(2025, 3, 6), QTime(10, 0), Qt::UTC)};
    StaffRepository staff(*db, clock, PinHashCost::Minimum);
    Journal journal(*db, clock, QStringLiteral("till-1"));
    InNorwegian nb;
    auto login = staff.login(1, QStringLiteral("1234"), journal);
    BOOST_TEST_REQUIRE(!login.ok());
    BOOST_TEST(login.error().message.startsWith(QStringLiteral("Kassen kan ikke lagre noe: databasen har blitt "
                                                               "skrivebeskyttet.")),
               login.error().message);
    noDriverText(login.error().message);
}

BOOST_AUTO_TEST_CASE(a_login_with_the_journal_head_missing) {
    TempDir dir;
    const QString path = dir.file(QStringLiteral("cafe.sqlite"));
    SaleWorld w(Country::Norway, true, QLocale::NorwegianBokmal, path);
    {
        RawConnection raw(path);
        raw.dropJournalTriggers();
        raw.exec(QStringLiteral("DELETE FROM journal_head"));
    }
    auto english = w.staff.login(w.kari.id, QStringLiteral("1234"), w.journal);
    BOOST_TEST_REQUIRE(!english.ok());
    BOOST_TEST(english.error().message.startsWith(QStringLiteral("The till's journal is damaged")), english.error().message);
    InNorwegian nb;
    auto norwegian = w.staff.login(w.kari.id, QStringLiteral("1234"), w.journal);
    BOOST_TEST_REQUIRE(!norwegian.ok());
    BOOST_TEST(norwegian.error().message.startsWith(QStringLiteral("Kassens journal er skadet")), norwegian.error().message);
    noDriverText(norwegian.error().message);
}

// The day close's sentences reach the till in its language too (issue 11): a count typed wrong, a
// backup folder that is missing.
BOOST_AUTO_TEST_CASE(the_day_close_speaks_norwegian) {
    InNorwegian nb;
    const std::vector<qint64> coins = Denominations::standard(Currency::NOK);
    QStringList typed(qsizetype(coins.size()));
    typed[3] = QStringLiteral("tolv");
    const auto count = CashCount::fromTyped(Currency::NOK, coins, typed);
    BOOST_TEST_REQUIRE(!count.ok());
    BOOST_TEST(count.error().message == QStringLiteral("20 kr: skriv hvor mange det er, som et helt tall (som 12), ikke «tolv»."),
               count.error().message);
    TempDir dir;
    auto db = openOrFail(dir.file(QStringLiteral("cafe.db")));
    const auto backup = Backup::write(*db, dir.file(QStringLiteral("pinne")), QStringLiteral("manual"),
                                      QDateTime::currentDateTimeUtc());
    BOOST_TEST_REQUIRE(!backup.ok());
    BOOST_TEST(backup.error().message.startsWith(QStringLiteral("Sikkerhetskopimappen ")), backup.error().message);
}

BOOST_AUTO_TEST_SUITE_END()
