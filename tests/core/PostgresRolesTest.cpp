// Least privilege on PostgreSQL (core/storage/PostgresRoles.h), logged in as the roles' members on
// a private server: the kiosk's real flows through the core repositories all work — a check-in with
// a card, sign-ups by nickname and by card, the visitor's own code, a cancel that promotes the
// waiting list, a redemption and its double scan, the programme, the station lease, its print queue
// — and every read it must not make is refused (SQLSTATE 42501), as are changes to sales and DDL;
// the till sells and cannot change the schema. Exits 77 (skipped) without PostgreSQL or QPSQL.
#include <QSignalSpy>
#include <QTest>

#include "core/activity/SignupRepository.h"
#include "core/printqueue/PrintQueue.h"
#include "core/sales/SaleRepository.h"
#include "core/settings/CafeZone.h"
#include "core/stations/StationLease.h"
#include "core/visits/VisitRepository.h"
#include "drivers/sim/SimulatedReceiptPrinter.h"
#include "tests/core/PostgresRolesFixture.h"
#include "tests/drivers/GuiAppFixture.h"

using namespace ak;
using namespace ak::test;

BOOST_TEST_GLOBAL_FIXTURE(SkipWithoutPostgres);
BOOST_TEST_GLOBAL_FIXTURE(GuiAppFixture);

namespace {

std::unique_ptr<Database> asKiosk() { return cafe().server.open(QStringLiteral("cafe"), QStringLiteral("kiosk1")); }
std::unique_ptr<Database> asTill() { return cafe().server.open(QStringLiteral("cafe"), QStringLiteral("till1")); }

}  // namespace

BOOST_AUTO_TEST_CASE(the_kiosk_opens_the_cafe_and_checks_in_with_a_card) {
    auto kiosk = asKiosk();
    BOOST_TEST(kiosk->schemaVersion() > 0);
    VisitRepository visits(*kiosk, cafe().clock, osloZone());
    const CheckIn first =
        must(visits.checkIn(QStringLiteral("inngang"), {true, QStringLiteral("coffee"), 4}, cafe().card));
    BOOST_TEST((first.card == CardAtCheckIn::Recognised));  // the card's visit token: the visit secret, made now
    const CheckIn second = must(visits.checkIn(QStringLiteral("inngang"), {}, QString()));
    BOOST_TEST(second.guestNumberToday == first.guestNumberToday + 1);
    // the time zone the kiosk keeps for the command line
    BOOST_TEST(CafeZone::record(*kiosk, osloZone()).ok());
    BOOST_TEST(CafeZone::record(*kiosk, QTimeZone(QByteArrayLiteral("Europe/Copenhagen"))).ok());
}

BOOST_AUTO_TEST_CASE(the_kiosk_signs_up_looks_up_and_cancels_with_its_code) {
    auto kiosk = asKiosk();
    Journal journal(*kiosk, cafe().clock, QStringLiteral("inngang"));
    SignupRepository signups(*kiosk, cafe().clock, osloZone());
    const qint64 id = cafe().activityId;
    const SignupOutcome mine = must(signups.signUp(id, SignupBy::withNickname(QStringLiteral("Blå rev")), journal));
    BOOST_TEST_REQUIRE(mine.ok(), mine.message.toStdString());
    const SignupOutcome byCard = must(signups.signUp(id, SignupBy::withCard(cafe().card), journal));
    BOOST_TEST_REQUIRE(byCard.ok(), byCard.message.toStdString());  // the café's card key, made now
    BOOST_TEST(
        (must(signups.signUp(id, SignupBy::withCard(cafe().card), journal)).refusal == SignupRefusal::AlreadySignedUp));
    const SignupOutcome waiting = must(signups.signUp(id, SignupBy::withNickname(QStringLiteral("Grå ugle")), journal));
    BOOST_TEST_REQUIRE(waiting.ok());
    BOOST_TEST((waiting.signup->status == SignupStatus::Waitlisted));
    BOOST_TEST((must(signups.placesLeft(id)) == std::optional<int>(0)));
    BOOST_TEST(must(signups.waitlistLength(id)) == 1);

    const SignupOutcome looked = must(signups.lookUp(id, waiting.signup->cancelCode.toLower()));
    BOOST_TEST_REQUIRE(looked.ok());
    BOOST_TEST(looked.signup->id == waiting.signup->id);
    BOOST_TEST((looked.signup->waitlistPlace == std::optional<int>(1)));
    BOOST_TEST((must(signups.lookUp(id, QStringLiteral("XXXX"))).refusal == SignupRefusal::WrongCode));

    const CancelOutcome cancelled = must(signups.cancel(id, mine.signup->cancelCode, journal));
    BOOST_TEST_REQUIRE(cancelled.ok(), cancelled.message.toStdString());
    BOOST_TEST((cancelled.promotedId == std::optional<qint64>(waiting.signup->id)));
    BOOST_TEST((must(signups.cancel(id, mine.signup->cancelCode, journal)).refusal == SignupRefusal::WrongCode));
    // nicknames at the kiosk only where the café chose it (db roles --kiosk-nicknames)
    BOOST_TEST(!signups.nicknamesWithPlace(id).ok());
}

BOOST_AUTO_TEST_CASE(the_kiosk_redeems_a_card_once_and_answers_a_double_scan) {
    auto kiosk = asKiosk();
    Journal journal(*kiosk, cafe().clock, QStringLiteral("inngang"));
    CardRepository cards(*kiosk, cafe().clock, osloZone());
    const int before = *must(cards.find(cafe().card)).balance;
    const RedeemOutcome first = must(
        cards.redeem(cafe().card, RedeemPlace::kiosk(QStringLiteral("inngang")), QStringLiteral("Kaffe"), journal));
    BOOST_TEST_REQUIRE(first.redemption.has_value(), first.message.toStdString());
    BOOST_TEST((first.redemption->cupsLeft == std::optional<int>(before - 1)));
    BOOST_TEST(first.redemption->servingNumber.has_value());
    const RedeemOutcome again = must(
        cards.redeem(cafe().card, RedeemPlace::kiosk(QStringLiteral("inngang")), QStringLiteral("Kaffe"), journal));
    BOOST_TEST_REQUIRE(again.redemption.has_value());
    BOOST_TEST(again.redemption->repeated);
    BOOST_TEST(*must(cards.find(cafe().card)).balance == before - 1);
    // what the kiosk appended is part of a whole chain (read by the owner: the kiosk cannot)
    BOOST_TEST(must(Journal(*cafe().owner, cafe().clock, QStringLiteral("till-1")).verify()).ok());
}

BOOST_AUTO_TEST_CASE(the_kiosk_reads_the_programme_and_holds_its_station) {
    auto kiosk = asKiosk();
    ActivityRepository activities(*kiosk, cafe().clock, osloZone());
    BOOST_TEST(must(activities.between(cafe().clock.now(), cafe().clock.now().addDays(7))).size() == 1u);
    BOOST_TEST(must(activities.thisWeekAndNext()).size() == 1u);
    BOOST_TEST(must(activities.find(cafe().activityId)).title == QStringLiteral("Strikkekafé"));
    BOOST_TEST(must(SignupRepository(*kiosk, cafe().clock, osloZone()).counts(cafe().activityId)).confirmed >= 0);

    StationLease lease(*kiosk, cafe().clock, StationLease::kioskStation(QStringLiteral("inngang")),
                       StationLease::thisProcess());
    BOOST_TEST(lease.claim().ok());
    BOOST_TEST(lease.heartbeat().ok());
    BOOST_TEST(lease.release().ok());
    // the till's lease is not the kiosk's to take or end
    StationLease till(*kiosk, cafe().clock, StationLease::tillStation(QStringLiteral("till-1")),
                      StationLease::thisProcess());
    BOOST_TEST(!till.claim().ok());
}

BOOST_AUTO_TEST_CASE(the_kiosk_prints_its_slips_and_reads_no_other_document) {
    // a receipt waiting at the till, and a slip the kiosk printed long ago (with a cancel code on it)
    const qint64 receipt =
        must(PrintQueue(*cafe().owner, cafe().clock)
                 .enqueue(QStringLiteral("receipt"), QStringLiteral("1"),
                          dev::PrintDocument(QStringLiteral("Kvittering")).text(QStringLiteral("Kaffe 25,00"))));
    PrintQueue old(*cafe().owner, cafe().clock, PrintQueue::kioskStation(QStringLiteral("inngang")));
    const qint64 printed =
        must(old.enqueue(QStringLiteral("slip"), QStringLiteral("7"),
                         dev::PrintDocument(QStringLiteral("Slip")).text(QStringLiteral("Kode: 7KQ4"))));
    BOOST_TEST_REQUIRE(old.markDone(printed).ok());

    auto kiosk = asKiosk();
    dev::SimulatedReceiptPrinter printer(*dev::PrinterProfile::byId(QStringLiteral("generic-80")));
    BOOST_REQUIRE(printer.open());
    BOOST_REQUIRE(printer.claim(1000));
    BOOST_REQUIRE(printer.setDeviceEnabled(true));
    PrintQueue queue(*kiosk, cafe().clock, PrintQueue::kioskStation(QStringLiteral("inngang")));
    QSignalSpy done(&queue, &PrintQueue::jobDone);
    queue.setPrinter(&printer);
    BOOST_TEST_REQUIRE(queue.start().ok());
    const qint64 slip =
        must(queue.enqueue(QStringLiteral("slip"), QStringLiteral("8"),
                           dev::PrintDocument(QStringLiteral("Ny slip")).text(QStringLiteral("Kode: 3HX9"))));
    BOOST_TEST_REQUIRE(QTest::qWaitFor([&] { return !done.isEmpty(); }, 5000));
    BOOST_TEST(done.first().first().toLongLong() == slip);
    BOOST_TEST(printer.jobs().size() == 1u);  // its own slip only: not the till's receipt
    queue.setPrinter(nullptr);

    QSqlQuery q(kiosk->connection());
    BOOST_TEST_REQUIRE(q.exec(QStringLiteral("SELECT ak_kiosk_print_document(%1), ak_kiosk_print_document(%2),"
                                             " (SELECT count(*) FROM print_jobs WHERE station = 'till')")
                                  .arg(receipt)
                                  .arg(printed)));
    BOOST_TEST_REQUIRE(q.next());
    BOOST_TEST(q.value(0).isNull());  // the till's receipt
    BOOST_TEST(q.value(1).isNull());  // a slip already printed
    BOOST_TEST(q.value(2).toInt() == 0);
}

BOOST_AUTO_TEST_CASE(the_kiosk_is_refused_every_read_it_must_not_make) {
    auto kiosk = asKiosk();
    const QStringList forbidden{
        // sales and everything in them
        QStringLiteral("SELECT id FROM sales"),
        QStringLiteral("SELECT total_minor FROM sales"),
        QStringLiteral("SELECT name FROM sale_lines"),
        QStringLiteral("SELECT method FROM sale_payments"),
        QStringLiteral("SELECT vat_minor FROM sale_vat"),
        QStringLiteral("SELECT draft FROM parked_sales"),
        QStringLiteral("SELECT sale_id FROM receipt_copies"),
        // staff, PIN hashes, staff cards
        QStringLiteral("SELECT name FROM staff"),
        QStringLiteral("SELECT pin_hash FROM staff"),
        QStringLiteral("SELECT count(*) FROM staff"),
        QStringLiteral("SELECT token_hash FROM staff_cards"),
        // the journal's content
        QStringLiteral("SELECT payload FROM journal"),
        QStringLiteral("SELECT seq FROM journal"),
        QStringLiteral("SELECT count(*) FROM journal"),
        // other visitors' sign-ups
        QStringLiteral("SELECT nickname FROM signups"),
        QStringLiteral("SELECT cancel_code FROM signups"),
        QStringLiteral("SELECT card_token FROM signups"),
        QStringLiteral("SELECT created_at FROM signups"),
        QStringLiteral("SELECT id FROM signups WHERE cancel_code = 'ABCD'"),
        QStringLiteral("SELECT * FROM ak_signup_nicknames(1)"),
        // cash, shifts, days, keys, the catalogue, visits' answers, documents
        QStringLiteral("SELECT amount_minor FROM cash_movements"),
        QStringLiteral("SELECT float_minor FROM shifts"),
        QStringLiteral("SELECT z_report FROM business_days"),
        QStringLiteral("SELECT public_key FROM signing_keys"),
        QStringLiteral("SELECT price_minor FROM products"),
        QStringLiteral("SELECT code FROM categories"),
        QStringLiteral("SELECT code FROM discount_reasons"),
        QStringLiteral("SELECT monthly_cups FROM card_budgets"),
        QStringLiteral("SELECT mood FROM visits"),
        QStringLiteral("SELECT reason FROM visits"),
        QStringLiteral("SELECT first_visit FROM visits"),
        QStringLiteral("SELECT document FROM print_jobs"),
        QStringLiteral("SELECT served_by FROM serving_queue"),
        QStringLiteral("SELECT description FROM serving_queue"),
        QStringLiteral("SELECT active FROM card_types"),
        // changing sales, the journal, the schema
        QStringLiteral("UPDATE sales SET total_minor = 0"),
        QStringLiteral("DELETE FROM sales"),
        QStringLiteral(
            "INSERT INTO sales (register_id, receipt_number, kind, operator_id, consumption, currency,"
            " gross_minor, total_minor, created_at) VALUES ('till-1', 999, 'sale', 1, 'eat_in', 'NOK', 0, 0, 'x')"),
        QStringLiteral("DELETE FROM journal"),
        QStringLiteral("UPDATE staff SET pin_hash = ''"),
        QStringLiteral("DELETE FROM signups"),
        QStringLiteral("UPDATE coffee_cards SET state = 'blocked'"),
        QStringLiteral("INSERT INTO settings (key, value) VALUES ('training.till-1', 'on')"),
        QStringLiteral("CREATE TABLE stolen (x TEXT)"),
    };
    for (const QString& statement : forbidden)
        BOOST_TEST(sqlstateOf(*kiosk, statement) == QStringLiteral("42501"), statement);
    // rows it may not see are not there for it: the till's training mode, the demo's mark
    QSqlQuery q(kiosk->connection());
    BOOST_TEST_REQUIRE(
        q.exec(QStringLiteral("SELECT count(*) FROM settings WHERE key NOT IN ('cafe.time_zone', 'signup_card_key')")));
    BOOST_TEST_REQUIRE(q.next());
    BOOST_TEST(q.value(0).toInt() == 0);
}

BOOST_AUTO_TEST_CASE(the_till_sells_and_cannot_change_the_schema) {
    auto till = asTill();
    Journal journal(*till, cafe().clock, QStringLiteral("till-1"));
    SaleRepository sales(*till, journal, cafe().clock, VatTable::forCountry(Country::Norway, true),
                         QLocale::NorwegianBokmal);
    SaleDraft draft(Currency::NOK, Consumption::EatIn);
    BOOST_TEST_REQUIRE(sales.addProduct(draft, cafe().coffeeId).ok());
    PaymentPlan plan(draft.totals(sales.vatTable()).total);
    BOOST_TEST_REQUIRE(plan.add(PaymentMethod::Card, plan.remaining()).ok());
    const CompletedSale sale = must(sales.complete(draft, plan, cafe().kari));
    BOOST_TEST(sale.receiptNumber > 0);

    for (const QString& ddl :
         {QStringLiteral("CREATE TABLE stolen (x TEXT)"), QStringLiteral("DROP TRIGGER journal_no_update ON journal"),
          QStringLiteral("ALTER TABLE sales DISABLE TRIGGER sales_no_update"), QStringLiteral("DROP TABLE visits"),
          QStringLiteral("ALTER TABLE settings DISABLE ROW LEVEL SECURITY")})
        BOOST_TEST(sqlstateOf(*till, ddl) == QStringLiteral("42501"), ddl);
    // the append-only triggers still hold against it
    BOOST_TEST(sqlstateOf(*till, QStringLiteral("UPDATE journal SET payload = '{}'")) == QStringLiteral("P0001"));
    BOOST_TEST(sqlstateOf(*till, QStringLiteral("DELETE FROM sales")) == QStringLiteral("P0001"));
}
