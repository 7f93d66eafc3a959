// Sign-ups: the schema, places and waitlist, deadline, cancelled activities, cards, cancel codes,
// promotion, weekly repeats, permissions, attendance, erasure and the nicknames people type.

#include "core/cards/CoffeeCard.h"
#include "tests/core/SignupTestFixture.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <QSqlRecord>

#include <boost/test/unit_test.hpp>

#include <set>

using namespace ak;
using namespace ak::test;

namespace {

// The table's columns in order, as the driver reports them for a query of none of its rows (the
// same on SQLite and PostgreSQL).
QStringList columnsOf(Database& db, const char* table) {
    auto q = db.query(QStringLiteral("SELECT * FROM %1 WHERE 1 = 0").arg(QLatin1String(table)));
    BOOST_TEST_REQUIRE((q.ok()));
    const QSqlRecord record = q->record();
    QStringList out;
    for (int i = 0; i < record.count(); ++i) out.append(record.fieldName(i));
    return out;
}

QVariant cell(Database& db, const QString& statement, const QVariantList& values = {}) {
    auto q = db.query(statement, values);
    BOOST_TEST_REQUIRE(q.ok());
    BOOST_TEST_REQUIRE(q->next());
    return q->value(0);
}

const QRegularExpression kCodeFormat(QStringLiteral("^[34679ACDEFGHJKMNPQRTWXY]{4}$"));

}  // namespace

BOOST_AUTO_TEST_SUITE(signups)

BOOST_AUTO_TEST_CASE(signups_table_holds_exactly_the_allowed_columns) {
    SignupCafe c;
    BOOST_TEST((columnsOf(*c.db, "signups") ==
               (QStringList{QStringLiteral("id"), QStringLiteral("activity_id"), QStringLiteral("nickname"),
                            QStringLiteral("card_token"), QStringLiteral("cancel_code"), QStringLiteral("status"),
                            QStringLiteral("position"), QStringLiteral("created_at")})));
    const QStringList activity = columnsOf(*c.db, "activities");
    for (const char* added : {"signup_deadline", "waitlist", "cancelled_at", "series_id"})
        BOOST_TEST(activity.contains(QLatin1String(added)), added);
}

BOOST_AUTO_TEST_CASE(places_then_waitlist_in_order) {
    SignupCafe c;
    const Activity a = c.make("Matklubb", 11, 2, true);
    BOOST_TEST((c.joined(a, "Anna").status == SignupStatus::Confirmed));
    BOOST_TEST((c.joined(a, "Bjørn").status == SignupStatus::Confirmed));
    const Signup third = c.joined(a, "Cecilie");
    const Signup fourth = c.joined(a, "Dag");
    BOOST_TEST((third.status == SignupStatus::Waitlisted));
    BOOST_TEST((third.waitlistPlace == std::optional<int>(1)));
    BOOST_TEST((fourth.waitlistPlace == std::optional<int>(2)));
    BOOST_TEST((c.signups.placesLeft(a.id).value() == std::optional<int>(0)));
    BOOST_TEST(c.signups.waitlistLength(a.id).value() == 2);
    const SignupCounts counts = c.signups.counts(a.id).value();
    BOOST_TEST(counts.confirmed == 2);
    BOOST_TEST(counts.waitlisted == 2);
}

BOOST_AUTO_TEST_CASE(names_for_a_kiosk_that_shows_them_are_those_with_a_place) {
    SignupCafe c;
    const Activity a = c.make("Matklubb", 11, 2, true);
    c.joined(a, "Anna");
    const Signup bjorn = c.joined(a, "Bjørn");
    c.joined(a, "Cecilie");  // waiting
    const CardCode code = CardCode::generate().value();
    BOOST_TEST(c.signups.signUp(a.id, SignupBy::withCard(code.toString()), c.journal)->ok());  // waiting, no name
    BOOST_TEST((c.signups.nicknamesWithPlace(a.id).value() == QStringList{QStringLiteral("Anna"), QString::fromUtf8("Bjørn")}));
    BOOST_TEST(c.signups.cancelFor(bjorn.id, c.ola, c.journal)->ok());  // Cecilie gets the place
    BOOST_TEST((c.signups.nicknamesWithPlace(a.id).value() == QStringList{QStringLiteral("Anna"), QStringLiteral("Cecilie")}));
    BOOST_TEST((c.signups.nicknamesWithPlace(a.id + 100).error().code == ErrorCode::NotFound));
}

BOOST_AUTO_TEST_CASE(full_without_waitlist_is_refused_kindly) {
    SignupCafe c;
    const Activity a = c.make("Tur", 11, 1, false);
    c.joined(a, "Anna");
    const SignupOutcome o = c.join(a, QStringLiteral("Bjørn"));
    BOOST_TEST((!o.ok()));
    BOOST_TEST((o.refusal == SignupRefusal::Full));
    BOOST_TEST(o.message.contains(QStringLiteral("full")));
    BOOST_TEST(cell(*c.db, QStringLiteral("SELECT count(*) FROM signups")).toInt() == 1);
    // No limit: everyone gets a place.
    const Activity open = c.make("Brettspill", 12, std::nullopt);
    for (int i = 0; i < 30; ++i) BOOST_TEST((c.joined(open, "Spiller").status == SignupStatus::Confirmed));
    BOOST_TEST(!c.signups.placesLeft(open.id).value().has_value());
}

BOOST_AUTO_TEST_CASE(deadline_and_start_close_sign_up) {
    SignupCafe c;
    const Activity a = c.make("Matklubb", 11, 8, true, osloTime(2025, 3, 11, 12));
    c.clock.set(osloTime(2025, 3, 11, 11, 59));
    BOOST_TEST(c.join(a, QStringLiteral("Tidlig")).ok());
    c.clock.set(osloTime(2025, 3, 11, 12));
    const SignupOutcome late = c.join(a, QStringLiteral("Sen"));
    BOOST_TEST((late.refusal == SignupRefusal::Closed));
    BOOST_TEST(!late.message.isEmpty());
    // No deadline: open until the start, not a moment after.
    const Activity b = c.make("Kino", 14, 20);
    c.clock.set(osloTime(2025, 3, 14, 15, 59));
    BOOST_TEST(c.join(b, QStringLiteral("Rett før")).ok());
    c.clock.set(osloTime(2025, 3, 14, 16));
    BOOST_TEST((c.join(b, QStringLiteral("For sent")).refusal == SignupRefusal::Closed));
    // A deadline after the start is refused when the activity is made.
    Activity wrong = a;
    wrong.signupDeadline = wrong.startsAt.addSecs(60);
    auto r = c.activities.create(wrong, 1, c.ola, c.journal);
    BOOST_TEST_REQUIRE((!r.ok()));
    BOOST_TEST((r.error().code == ErrorCode::InvalidInput));
}

BOOST_AUTO_TEST_CASE(a_cancelled_activity_takes_no_sign_ups_and_keeps_its_own) {
    SignupCafe c;
    const Activity a = c.make("Tur", 11, 5, true);
    c.joined(a, "Anna");
    auto cancelled = c.activities.cancel(a.id, c.ola, c.journal);
    BOOST_TEST_REQUIRE(cancelled.ok(), why(cancelled));
    BOOST_TEST(cancelled->isCancelled());
    BOOST_TEST(c.activities.find(a.id)->cancelledAt == c.clock.now());
    const SignupOutcome o = c.join(a, QStringLiteral("Bjørn"));
    BOOST_TEST((o.refusal == SignupRefusal::ActivityCancelled));
    BOOST_TEST(!o.message.isEmpty());
    BOOST_TEST(c.listOf(a).size() == 1u);
    BOOST_TEST((c.listOf(a).front().nickname == QStringLiteral("Anna")));
    BOOST_TEST((c.activities.cancel(a.id, c.ola, c.journal).error().code == ErrorCode::Conflict));
    Activity edited = a;
    edited.title = QStringLiteral("Ny tur");
    BOOST_TEST((c.activities.edit(edited, c.ola, c.journal).error().code == ErrorCode::Conflict));
}

BOOST_AUTO_TEST_CASE(the_same_card_signs_up_once_per_activity) {
    SignupCafe c;
    const Activity a = c.make("Kino", 14, 20);
    const Activity b = c.make("Tur", 13, 20);
    const CardCode code = CardCode::generate().value();
    auto first = c.signups.signUp(a.id, SignupBy::withCard(code.toString()), c.journal);
    BOOST_TEST_REQUIRE(first.ok(), why(first));
    BOOST_TEST_REQUIRE(first->ok());
    BOOST_TEST(first->signup->byCard);
    BOOST_TEST(first->signup->nickname.isNull());
    // The same card, scanned in another spelling.
    auto again = c.signups.signUp(a.id, SignupBy::withCard(code.toString().toLower().remove(u'-')), c.journal);
    BOOST_TEST_REQUIRE((again.ok()), why(again));
    BOOST_TEST((again->refusal == SignupRefusal::AlreadySignedUp));
    // Another activity: fine, and its token does not match the first one's.
    auto other = c.signups.signUp(b.id, SignupBy::withCard(code.toString()), c.journal);
    BOOST_TEST_REQUIRE(other.ok());
    BOOST_TEST(other->ok());
    const QString tokenA = cell(*c.db, QStringLiteral("SELECT card_token FROM signups WHERE activity_id = ?"), {a.id}).toString();
    const QString tokenB = cell(*c.db, QStringLiteral("SELECT card_token FROM signups WHERE activity_id = ?"), {b.id}).toString();
    BOOST_TEST(tokenA.size() == 64);
    BOOST_TEST(tokenA != tokenB);
    BOOST_TEST(tokenA != cardTokenHash(code));  // never the coffee card's own key
    BOOST_TEST(!tokenA.contains(QString::fromLatin1(code.tokenBytes().toHex())));
    BOOST_TEST(cell(*c.db, QStringLiteral("SELECT nickname IS NULL FROM signups WHERE activity_id = ?"), {a.id}).toBool());
    // An NFC tag, twice, in two spellings.
    BOOST_TEST(c.signups.signUp(a.id, SignupBy::withCard(QStringLiteral("04:a2:2b:1c")), c.journal)->ok());
    BOOST_TEST((c.signups.signUp(a.id, SignupBy::withCard(QStringLiteral("04A22B1C\r")), c.journal)->refusal ==
                SignupRefusal::AlreadySignedUp));
    // Garbage is not a card.
    auto junk = c.signups.signUp(a.id, SignupBy::withCard(QStringLiteral("hello")), c.journal);
    BOOST_TEST_REQUIRE((!junk.ok()));
    BOOST_TEST((junk.error().code == ErrorCode::InvalidInput));
    BOOST_TEST(junk.error().message == CardCode::genericRefusal());
    // After cancelling, the card may sign up again.
    BOOST_TEST(c.signups.cancel(a.id, first->signup->cancelCode, c.journal)->ok());
    BOOST_TEST(c.signups.signUp(a.id, SignupBy::withCard(code.toString()), c.journal)->ok());
}

BOOST_AUTO_TEST_CASE(cancel_codes_are_short_unique_and_case_insensitive) {
    SignupCafe c;
    const Activity a = c.make("Brettspill", 10, std::nullopt);
    std::set<QString> codes;
    std::vector<Signup> made;
    for (int i = 0; i < 300; ++i) {
        const Signup s = c.joined(a, "Spiller");
        BOOST_TEST(kCodeFormat.match(s.cancelCode).hasMatch(), s.cancelCode.toStdString());
        codes.insert(s.cancelCode);
        made.push_back(s);
    }
    BOOST_TEST(codes.size() == 300u);
    // A code that is not one of the activity's.
    QString wrong;
    for (QChar first : QStringLiteral("34679ACDEFGHJKMNPQRTWXY"))
        if (!codes.count(QString(first) + QStringLiteral("333"))) wrong = QString(first) + QStringLiteral("333");
    BOOST_TEST_REQUIRE(!wrong.isEmpty());
    auto refused = c.signups.cancel(a.id, wrong, c.journal);
    BOOST_TEST_REQUIRE((refused.ok()));
    BOOST_TEST((refused->refusal == SignupRefusal::WrongCode));
    BOOST_TEST(!refused->message.isEmpty());
    // Another activity's code does not cancel here.
    const Activity b = c.make("Tur", 13, 5);
    const Signup elsewhere = c.joined(b, "Turgåer");
    if (!codes.count(elsewhere.cancelCode))
        BOOST_TEST((c.signups.cancel(a.id, elsewhere.cancelCode, c.journal)->refusal == SignupRefusal::WrongCode));
    // Lower case with a space in the middle works, once.
    const QString typed = made[7].cancelCode.toLower().insert(2, u' ');
    auto ok = c.signups.cancel(a.id, typed, c.journal);
    BOOST_TEST_REQUIRE(ok.ok());
    BOOST_TEST(ok->ok(), ok->message.toStdString());
    BOOST_TEST((ok->cancelledId == made[7].id));
    BOOST_TEST((c.signups.cancel(a.id, typed, c.journal)->refusal == SignupRefusal::WrongCode));
    BOOST_TEST((c.byId(a, made[7].id).status == SignupStatus::Cancelled));
    // After the start nothing is cancelled any more.
    c.clock.set(osloTime(2025, 3, 10, 16));
    BOOST_TEST((c.signups.cancel(a.id, made[8].cancelCode, c.journal)->refusal == SignupRefusal::TooLate));
}

BOOST_AUTO_TEST_CASE(a_visitor_looks_up_their_place_by_code) {
    SignupCafe c;
    const Activity a = c.make("Matklubb", 11, 1, true);
    const Signup anna = c.joined(a, "Anna");
    const Signup bjorn = c.joined(a, "Bjørn");
    const Signup cecilie = c.joined(a, "Cecilie");
    auto place = [&](const Signup& s) {
        auto r = c.signups.lookUp(a.id, s.cancelCode.toLower());  // typed in any case
        BOOST_TEST_REQUIRE(r.ok());
        BOOST_TEST_REQUIRE(r->ok(), r->message.toStdString());
        BOOST_TEST((r->signup->id == s.id));
        BOOST_TEST(r->signup->nickname.isEmpty());  // the kiosk needs no name back
        return std::pair{r->signup->status, r->signup->waitlistPlace};
    };
    BOOST_TEST((place(anna) == std::pair{SignupStatus::Confirmed, std::optional<int>()}));
    BOOST_TEST((place(cecilie) == std::pair{SignupStatus::Waitlisted, std::optional<int>(2)}));
    BOOST_TEST(c.signups.cancel(a.id, anna.cancelCode, c.journal)->ok());  // Bjørn gets the place
    BOOST_TEST((place(bjorn) == std::pair{SignupStatus::Confirmed, std::optional<int>()}));
    BOOST_TEST((place(cecilie) == std::pair{SignupStatus::Waitlisted, std::optional<int>(1)}));
    BOOST_TEST((c.signups.lookUp(a.id, anna.cancelCode)->refusal == SignupRefusal::WrongCode));  // cancelled
    BOOST_TEST((c.signups.lookUp(a.id, QStringLiteral("ZZZZ"))->refusal == SignupRefusal::WrongCode));
    BOOST_TEST((c.signups.lookUp(a.id + 100, anna.cancelCode).error().code == ErrorCode::NotFound));
}

BOOST_AUTO_TEST_CASE(a_cancelled_place_goes_to_the_first_in_line) {
    SignupCafe c;
    const Activity a = c.make("Matklubb", 11, 1, true);
    const Signup anna = c.joined(a, "Anna");
    const Signup bjorn = c.joined(a, "Bjørn");
    const Signup cecilie = c.joined(a, "Cecilie");
    auto r = c.signups.cancel(a.id, anna.cancelCode, c.journal);
    BOOST_TEST_REQUIRE(r.ok(), why(r));
    BOOST_TEST(r->ok());
    BOOST_TEST((r->promotedId == std::optional<qint64>(bjorn.id)));
    BOOST_TEST((c.byId(a, bjorn.id).status == SignupStatus::Confirmed));
    BOOST_TEST(c.byId(a, bjorn.id).everWaitlisted);
    BOOST_TEST((c.byId(a, cecilie.id).waitlistPlace == std::optional<int>(1)));
    BOOST_TEST(c.entriesOfKind(QStringLiteral("signup_promoted")).size() == 1u);
    // A waiting sign-up that cancels frees no place.
    auto w = c.signups.cancel(a.id, cecilie.cancelCode, c.journal);
    BOOST_TEST(!w->promotedId.has_value());
    // Staff cancel on someone's behalf; nobody is left waiting.
    auto s = c.signups.cancelFor(bjorn.id, c.ola, c.journal);
    BOOST_TEST_REQUIRE(s.ok(), why(s));
    BOOST_TEST(!s->promotedId.has_value());
    BOOST_TEST((c.signups.placesLeft(a.id).value() == std::optional<int>(1)));
    BOOST_TEST((c.signups.cancelFor(bjorn.id, c.ola, c.journal).error().code == ErrorCode::Conflict));
}

BOOST_AUTO_TEST_CASE(more_places_fill_from_the_waitlist) {
    SignupCafe c;
    Activity a = c.make("Matklubb", 11, 1, true);
    c.joined(a, "Anna");
    const Signup bjorn = c.joined(a, "Bjørn");
    const Signup cecilie = c.joined(a, "Cecilie");
    a.capacity = 2;
    auto edited = c.activities.edit(a, c.ola, c.journal);
    BOOST_TEST_REQUIRE((edited.ok()), why(edited));
    BOOST_TEST((c.byId(a, bjorn.id).status == SignupStatus::Confirmed));
    BOOST_TEST((c.byId(a, cecilie.id).status == SignupStatus::Waitlisted));
    // Fewer places take nobody's place away.
    a.capacity = 1;
    BOOST_TEST_REQUIRE((c.activities.edit(a, c.ola, c.journal).ok()));
    BOOST_TEST((c.byId(a, bjorn.id).status == SignupStatus::Confirmed));
    BOOST_TEST((c.signups.placesLeft(a.id).value() == std::optional<int>(0)));
}

BOOST_AUTO_TEST_CASE(weekly_repeats_share_a_series_and_keep_the_local_time) {
    SignupCafe c;
    Activity a;
    a.title = QStringLiteral("Kinokveld");
    a.startsAt = osloTime(2025, 3, 21, 18);  // summer time starts on 30 March
    a.endsAt = osloTime(2025, 3, 21, 20, 30);
    a.signupDeadline = osloTime(2025, 3, 21, 12);
    a.capacity = 20;
    a.price = Money(0, Currency::NOK);
    auto made = c.activities.create(a, 4, c.kari, c.journal);
    BOOST_TEST_REQUIRE(made.ok(), why(made));
    BOOST_TEST_REQUIRE(made->size() == 4u);
    for (size_t i = 0; i < 4; ++i) {
        const Activity& m = made->at(i);
        BOOST_TEST((m.seriesId == made->front().id));
        BOOST_TEST((m.startsAt.toTimeZone(cafeZone()).date() == QDate(2025, 3, 21).addDays(7 * qint64(i))));
        BOOST_TEST((m.startsAt.toTimeZone(cafeZone()).time() == QTime(18, 0)));
        BOOST_TEST((m.signupDeadline.toTimeZone(cafeZone()).time() == QTime(12, 0)));
        BOOST_TEST(c.activities.find(m.id)->seriesId == made->front().id);
    }
    BOOST_TEST(made->at(2).startsAt == QDateTime(QDate(2025, 4, 4), QTime(16, 0), Qt::UTC));  // CEST
    BOOST_TEST(made->at(1).startsAt == QDateTime(QDate(2025, 3, 28), QTime(17, 0), Qt::UTC));  // CET
    // One is cancelled, the others go on.
    BOOST_TEST_REQUIRE(c.activities.cancel(made->at(1).id, c.ola, c.journal).ok());
    int cancelled = 0;
    for (const Activity& m : made.value()) cancelled += c.activities.find(m.id)->isCancelled() ? 1 : 0;
    BOOST_TEST(cancelled == 1);
    // This week and next, seen on Thursday 27 March: Monday 24 March to Sunday 6 April.
    c.clock.set(osloTime(2025, 3, 27, 10));
    auto weeks = c.activities.thisWeekAndNext();
    BOOST_TEST_REQUIRE(weeks.ok());
    BOOST_TEST(weeks->size() == 2u);
    BOOST_TEST(weeks->at(0).id == made->at(1).id);
    BOOST_TEST(weeks->at(0).isCancelled());
    // Out of range.
    BOOST_TEST((c.activities.create(a, 0, c.kari, c.journal).error().code == ErrorCode::InvalidInput));
    BOOST_TEST((c.activities.create(a, 53, c.kari, c.journal).error().code == ErrorCode::InvalidInput));
}

BOOST_AUTO_TEST_CASE(staff_actions_need_a_staff_member_visitors_need_none) {
    SignupCafe c;
    const Activity a = c.make("Tur", 11, 5);
    const Signup s = c.joined(a, "Anna");  // the visitor path: no staff member at all
    BOOST_TEST(c.signups.counts(a.id).ok());
    StaffMember gone = c.ola;
    gone.active = false;
    BOOST_TEST((c.signups.list(a.id, gone).error().code == ErrorCode::Permission));
    BOOST_TEST((c.signups.markAttended(s.id, true, gone, c.journal).error().code == ErrorCode::Permission));
    BOOST_TEST((c.signups.cancelFor(s.id, gone, c.journal).error().code == ErrorCode::Permission));
    BOOST_TEST((c.activities.create(a, 1, gone, c.journal).error().code == ErrorCode::Permission));
    BOOST_TEST((c.activities.edit(a, gone, c.journal).error().code == ErrorCode::Permission));
    BOOST_TEST((c.activities.cancel(a.id, gone, c.journal).error().code == ErrorCode::Permission));
    BOOST_TEST(c.activities.create(a, 1, c.ola, c.journal).ok());  // a volunteer may
    BOOST_TEST(c.activities.create(a, 1, c.kari, c.journal).ok());
}

BOOST_AUTO_TEST_CASE(attendance_is_ticked_and_journaled_without_nicknames) {
    SignupCafe c;
    const Activity a = c.make("Matklubb", 11, 1, true);
    const Signup anna = c.joined(a, "Anna Hemmelig");
    const Signup bjorn = c.joined(a, "Bjørn Hemmelig");
    auto ticked = c.signups.markAttended(anna.id, true, c.ola, c.journal);
    BOOST_TEST_REQUIRE((ticked.ok()), why(ticked));
    BOOST_TEST((c.byId(a, anna.id).status == SignupStatus::Attended));
    BOOST_TEST((c.signups.markAttended(bjorn.id, true, c.ola, c.journal).error().code == ErrorCode::Conflict));
    BOOST_TEST((c.signups.markAttended(anna.id, false, c.ola, c.journal).ok()));
    BOOST_TEST((c.byId(a, anna.id).status == SignupStatus::Confirmed));
    BOOST_TEST(c.entriesOfKind(QStringLiteral("signup_attended")).size() == 2u);
    BOOST_TEST(c.entriesOfKind(QStringLiteral("activity_created")).size() == 1u);
    for (const JournalEntry& e : c.entries()) BOOST_TEST(!e.payload.contains(QStringLiteral("Hemmelig")), e.kind.toStdString());
    BOOST_TEST(c.journalVerifies());
}

BOOST_AUTO_TEST_CASE(nicknames_are_erased_fifteen_days_after_not_thirteen) {
    SignupCafe c;
    const Activity a = c.make("Matklubb", 11, 8);  // ends Tuesday 11 March 18:30
    c.joined(a, "Anna");
    c.joined(a, "Bjørn");
    const CardCode code = CardCode::generate().value();
    BOOST_TEST(c.signups.signUp(a.id, SignupBy::withCard(code.toString()), c.journal)->ok());
    const Activity later = c.make("Kino", 14, 8);
    c.joined(later, "Cecilie");
    auto named = [&] {
        return cell(*c.db, QStringLiteral("SELECT count(*) FROM signups WHERE nickname IS NOT NULL OR card_token IS NOT NULL")).toInt();
    };
    c.clock.set(osloTime(2025, 3, 24, 23, 59));  // day 13 after
    BOOST_TEST(c.signups.eraseNicknames().value() == 0);
    c.clock.set(osloTime(2025, 3, 25, 23, 59));  // day 14: not "more than" 14
    BOOST_TEST(c.signups.eraseNicknames().value() == 0);
    BOOST_TEST(named() == 4);
    c.clock.set(osloTime(2025, 3, 26, 0, 1));  // day 15
    BOOST_TEST(c.signups.eraseNicknames().value() == 3);
    BOOST_TEST(named() == 1);  // Cecilie's activity ended on the 14th: day 12
    BOOST_TEST(c.signups.eraseNicknames().value() == 0);  // idempotent
    BOOST_TEST(cell(*c.db, QStringLiteral("SELECT count(*) FROM signups")).toInt() == 4);  // the counts stay
    BOOST_TEST(c.listOf(a).front().nickname.isNull());
    c.clock.set(osloTime(2025, 3, 29, 10));
    BOOST_TEST((c.signups.eraseNicknames().value() == 1));
    BOOST_TEST((c.signups.eraseNicknames(-1).error().code == ErrorCode::InvalidInput));
}

BOOST_AUTO_TEST_CASE(nicknames_people_type) {
    SignupCafe c;
    const Activity a = c.make("Brettspill", 10, std::nullopt);
    auto stored = [&](const QString& typed) {
        const Signup s = [&] {
            SignupOutcome o = c.join(a, typed);
            BOOST_TEST_REQUIRE(o.ok());
            return *o.signup;
        }();
        const QString inDb = cell(*c.db, QStringLiteral("SELECT nickname FROM signups WHERE id = ?"), {s.id}).toString();
        BOOST_TEST(inDb == s.nickname);
        return inDb;
    };
    auto refused = [&](const QString& typed) {
        auto r = c.signups.signUp(a.id, SignupBy::withNickname(typed), c.journal);
        BOOST_TEST_REQUIRE((!r.ok()));
        BOOST_TEST((r.error().code == ErrorCode::InvalidInput));
        return r.error().message;
    };
    BOOST_TEST(stored(QStringLiteral("  Ola  ")) == QStringLiteral("Ola"));
    BOOST_TEST(stored(QString::fromUtf8("Kaffe-Kari ☕🦊")) == QString::fromUtf8("Kaffe-Kari ☕🦊"));
    BOOST_TEST(stored(QString::fromUtf8("مريم")) == QString::fromUtf8("مريم"));
    BOOST_TEST(stored(QString::fromUtf8("שלום")) == QString::fromUtf8("שלום"));
    const QString bobby = QStringLiteral("Robert'); DROP TABLE signups;--");
    BOOST_TEST(stored(bobby) == bobby);
    BOOST_TEST(cell(*c.db, QStringLiteral("SELECT count(*) FROM signups")).toInt() == 5);
    // Decomposed "é" is stored composed.
    BOOST_TEST(stored(QString::fromUtf8("Rene\u0301")) == QString::fromUtf8("René"));

    BOOST_TEST(refused(QString(1000, u'a')).contains(QStringLiteral("40")));
    BOOST_TEST(stored(QString(40, u'b')) == QString(40, u'b'));
    BOOST_TEST(refused(QString(41, u'b')).contains(QStringLiteral("40")));
    // Forty family emoji are forty characters to a person (seven code points each).
    const QString family = QString::fromUtf8("👨‍👩‍👧");
    BOOST_TEST(stored(family.repeated(20)) == family.repeated(20));
    // One letter under a heap of combining marks is one grapheme, but not a nickname.
    BOOST_TEST(!refused(QStringLiteral("Z") + QString(300, QChar(0x0301))).isEmpty());
    for (const char* bad : {"Ola\nNordmann", "Bell\a", "Tab\there", "Esc\x1b[2J"})
        BOOST_TEST(!refused(QString::fromUtf8(bad)).isEmpty(), bad);
    BOOST_TEST(!refused(QString::fromUtf8("Ola\u202Eslo")).isEmpty());  // right-to-left override
    for (const char* blank : {"", "   ", "\u200B\u200B", "\u3164", "\u00A0\u2003"})
        BOOST_TEST(!refused(QString::fromUtf8(blank)).isEmpty(), blank);
    QString lonely;
    lonely.append(QChar(0xD83E));  // half an emoji
    BOOST_TEST(!refused(QStringLiteral("Ola") + lonely).isEmpty());
    // The table is still there and nothing else was written.
    BOOST_TEST(cell(*c.db, QStringLiteral("SELECT count(*) FROM signups")).toInt() == 8);
}

BOOST_AUTO_TEST_CASE(friendly_nicknames_are_different_valid_and_printable) {
    for (QLocale::Language language : {QLocale::NorwegianBokmal, QLocale::Danish, QLocale::English}) {
        auto names = SignupRepository::friendlyNicknames(12, language);
        BOOST_TEST_REQUIRE(names.ok(), why(names));
        BOOST_TEST(names->size() == 12);
        BOOST_TEST(std::set<QString>(names->begin(), names->end()).size() == 12u);
        for (const QString& n : names.value()) BOOST_TEST(SignupRepository::normaliseNickname(n).value() == n);
    }
    auto all = SignupRepository::friendlyNicknames(156, QLocale::NorwegianBokmal);
    BOOST_TEST_REQUIRE(all.ok());
    BOOST_TEST(all->contains(QStringLiteral("Grønn rev")));
    BOOST_TEST((SignupRepository::friendlyNicknames(156, QLocale::English)->contains(QStringLiteral("Blue otter"))));
    BOOST_TEST((SignupRepository::friendlyNicknames(157, QLocale::English).error().code == ErrorCode::InvalidInput));
    BOOST_TEST((SignupRepository::friendlyNicknames(0, QLocale::English).error().code == ErrorCode::InvalidInput));
    // Chosen at random: two draws of 20 are not the same list.
    BOOST_TEST((SignupRepository::friendlyNicknames(20, QLocale::English).value() !=
               SignupRepository::friendlyNicknames(20, QLocale::English).value()));
}

BOOST_AUTO_TEST_SUITE_END()
