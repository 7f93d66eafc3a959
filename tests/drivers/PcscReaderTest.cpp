// PcscReader against a real pcscd with the vpcd driver (TESTING.md "NFC through PC/SC") and virtual
// cards of our own that speak vpcd's protocol: both from tests/support/emulated/PrivatePcscd.h,
// which says how pcscd is kept private. Exits 77 (CTest: skipped) only when pcscd or vpcd is not
// installed.
#include "drivers/nfc/PcscReader.h"
#include "tests/support/TestSupport.h"
#include "tests/support/emulated/PrivatePcscd.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <boost/test/unit_test.hpp>

#include <time.h>

#include <cstdio>
#include <cstdlib>

using namespace ak::dev;
using namespace std::chrono_literals;

namespace {

const QString kReader0 = QString::fromLatin1(aktest::PrivatePcscd::kReader0);
const QString kReader1 = QString::fromLatin1(aktest::PrivatePcscd::kReader1);

// One folder for the whole run: libpcsclite reads PCSCLITE_CSOCK_NAME once per process.
struct PcscEnv {
    PcscEnv() {
        if (const QString missing = aktest::pcscMissing(); !missing.isEmpty()) {
            std::fprintf(stderr, "SKIP: %s\n", qPrintable(missing));
            std::_Exit(77);
        }
        static int argc = 1;
        static char name[] = "drivers-pcsc-test";
        static char* argv[] = {name, nullptr};
        app = std::make_unique<QCoreApplication>(argc, argv);
        run = std::make_unique<ak::test::TempDir>();
        qputenv("PCSCLITE_CSOCK_NAME", aktest::PrivatePcscd::socketPath(run->path()).toLocal8Bit());
        instance = this;
    }
    std::unique_ptr<QCoreApplication> app;
    std::unique_ptr<ak::test::TempDir> run;  // bound over /run in pcscd's namespace
    static inline PcscEnv* instance = nullptr;
};

// The suite's pcscd: the emulated one (tests/support/emulated), in the run's folder.
class PrivatePcscd : public aktest::PrivatePcscd {
public:
    explicit PrivatePcscd(bool withReader = true, bool startNow = true)
        : aktest::PrivatePcscd(PcscEnv::instance->run->path(), withReader, startNow) {}
};

using aktest::VirtualCard;

void enable(PosDevice& d) {
    BOOST_REQUIRE(d.open());
    BOOST_REQUIRE(d.claim(1000));
    BOOST_REQUIRE(d.setDeviceEnabled(true));
}

TokenRead tokenAt(const QSignalSpy& spy, int i) { return spy.at(i).at(0).value<TokenRead>(); }

// Waits until the spy holds `count` signals (QSignalSpy::wait stops at the first one).
bool waitFor(QSignalSpy& spy, int count, int ms = 10000) {
    QElapsedTimer t;
    t.start();
    while (spy.size() < count && t.elapsed() < ms) spy.wait(int(std::max<qint64>(1, ms - t.elapsed())));
    return spy.size() >= count;
}

QStringList names(const QSignalSpy& spy) {
    QStringList n;
    for (const auto& args : spy) n << args.at(0).toString();
    n.sort();
    return n;
}

// Long enough for pcscd's presence polling (every 400 ms in 1.9.9) to have seen the card again.
void settle() { QTest::qWait(1500); }

}  // namespace

BOOST_TEST_GLOBAL_FIXTURE(PcscEnv);

BOOST_AUTO_TEST_SUITE(pcsc_reader)

BOOST_AUTO_TEST_CASE(cards_give_their_uid_once_per_presentation) {
    PrivatePcscd pcscd;
    BOOST_TEST(PcscReaders::list() == (QStringList{kReader0, kReader1}));
    PcscReader reader({}, QStringLiteral("kiosk-nfc"));
    QSignalSpy arrived(&reader, &PcscReader::readerArrived);
    QSignalSpy tokens(&reader, &TokenReader::tokenRead);
    enable(reader);
    BOOST_REQUIRE(waitFor(arrived, 2));
    BOOST_TEST(names(arrived) == (QStringList{kReader0, kReader1}));
    BOOST_TEST((reader.powerState() == PowerState::Online));
    BOOST_TEST(reader.statusText().isEmpty());

    {
        VirtualCard card(pcscd, VirtualCard::uid("04a1b2c3"));
        BOOST_REQUIRE(waitFor(tokens, 1));
        const TokenRead t = tokenAt(tokens, 0);
        BOOST_TEST((t.kind == TokenRead::Kind::Nfc));
        BOOST_TEST(t.symbology == QStringLiteral("ISO14443"));
        BOOST_TEST(t.text == QStringLiteral("04A1B2C3"));
        BOOST_TEST(t.raw == QByteArray::fromHex("04a1b2c3"));
        BOOST_TEST(t.readerId == QStringLiteral("kiosk-nfc"));
        settle();  // the card stays on the reader: no second token
        BOOST_TEST(tokens.size() == 1);
        BOOST_TEST(card.uidRequests() == 1);
    }
    {
        VirtualCard card(pcscd, VirtualCard::uid("04112233445566"));
        BOOST_REQUIRE(waitFor(tokens, 2));
        BOOST_TEST(tokenAt(tokens, 1).text == QStringLiteral("04112233445566"));
        BOOST_TEST(tokenAt(tokens, 1).raw.size() == 7);
        settle();
        BOOST_TEST(tokens.size() == 2);
    }
    {  // the first card again: a new presentation, a new token
        VirtualCard card(pcscd, VirtualCard::uid("04a1b2c3"));
        BOOST_REQUIRE(waitFor(tokens, 3));
        BOOST_TEST(tokenAt(tokens, 2).text == QStringLiteral("04A1B2C3"));
    }
}

BOOST_AUTO_TEST_CASE(a_card_that_refuses_the_uid_gives_no_token) {
    PrivatePcscd pcscd;
    PcscReader reader;
    QSignalSpy arrived(&reader, &PcscReader::readerArrived);
    QSignalSpy tokens(&reader, &TokenReader::tokenRead);
    enable(reader);
    BOOST_REQUIRE(waitFor(arrived, 2));
    {
        VirtualCard card(pcscd, QByteArray::fromHex("6A81"));  // function not supported
        for (int i = 0; i < 100 && card.uidRequests() == 0; ++i) QTest::qWait(50);
        BOOST_REQUIRE(card.uidRequests() == 1);
        settle();
        BOOST_TEST(tokens.isEmpty());
        BOOST_TEST(card.uidRequests() == 1);
    }
    VirtualCard good(pcscd, VirtualCard::uid("0A0B0C0D0E0F10111213"));  // 10 bytes: triple-size UID
    BOOST_REQUIRE(waitFor(tokens, 1));
    BOOST_TEST(tokenAt(tokens, 0).text == QStringLiteral("0A0B0C0D0E0F10111213"));
}

BOOST_AUTO_TEST_CASE(the_filter_picks_readers_by_name) {
    PrivatePcscd pcscd;
    PcscReader reader(QStringLiteral("pcd 00 01"));  // case does not matter
    QSignalSpy arrived(&reader, &PcscReader::readerArrived);
    QSignalSpy tokens(&reader, &TokenReader::tokenRead);
    enable(reader);
    BOOST_REQUIRE(waitFor(arrived, 1));
    BOOST_TEST(names(arrived) == QStringList{kReader1});
    VirtualCard card(pcscd, VirtualCard::uid("04a1b2c3"));  // vpcd's first slot: "... 00 00"
    settle();
    BOOST_TEST(arrived.size() == 1);
    BOOST_TEST(tokens.isEmpty());
}

BOOST_AUTO_TEST_CASE(a_card_presented_while_disabled_is_not_read_later) {
    PrivatePcscd pcscd;
    PcscReader reader;
    QSignalSpy arrived(&reader, &PcscReader::readerArrived);
    QSignalSpy tokens(&reader, &TokenReader::tokenRead);
    BOOST_REQUIRE(reader.open());
    BOOST_REQUIRE(reader.claim(1000));
    BOOST_REQUIRE(waitFor(arrived, 2));
    VirtualCard card(pcscd, VirtualCard::uid("04a1b2c3"));
    for (int i = 0; i < 100 && card.uidRequests() == 0; ++i) QTest::qWait(50);
    BOOST_REQUIRE(card.uidRequests() == 1);
    QTest::qWait(200);
    BOOST_REQUIRE(reader.setDeviceEnabled(true));
    settle();  // still the same presentation: the card left lying there is not redeemed now
    BOOST_TEST(tokens.isEmpty());
    card.remove();
    VirtualCard again(pcscd, VirtualCard::uid("04a1b2c3"));
    BOOST_REQUIRE(waitFor(tokens, 1));
}

BOOST_AUTO_TEST_CASE(no_reader_means_offline_with_plain_words) {
    PrivatePcscd pcscd(false);
    PcscReader reader;
    QSignalSpy errors(&reader, &PosDevice::errorOccurred);
    enable(reader);
    BOOST_REQUIRE(errors.wait(5000));
    const auto e = errors.at(0).at(0).value<DeviceError>();
    BOOST_TEST((e.kind == DeviceError::Kind::NotFound));
    BOOST_TEST(e.message.contains(QStringLiteral("Plug the card reader in again.")));
    BOOST_TEST((reader.powerState() == PowerState::Offline));
    BOOST_TEST(reader.statusText() == QStringLiteral("Plug the card reader in again."));
    BOOST_TEST(reader.readers().isEmpty());
}

BOOST_AUTO_TEST_CASE(pcscd_going_away_takes_the_readers_and_coming_back_returns_them) {
    PrivatePcscd pcscd;
    PcscReader reader;
    reader.setRetryInterval(200ms);
    QSignalSpy arrived(&reader, &PcscReader::readerArrived);
    QSignalSpy left(&reader, &PcscReader::readerLeft);
    QSignalSpy errors(&reader, &PosDevice::errorOccurred);
    QSignalSpy tokens(&reader, &TokenReader::tokenRead);
    enable(reader);
    BOOST_REQUIRE(waitFor(arrived, 2));

    pcscd.stop();
    BOOST_REQUIRE(waitFor(left, 2));
    BOOST_TEST(names(left) == (QStringList{kReader0, kReader1}));
    BOOST_REQUIRE(waitFor(errors, 1));
    BOOST_TEST(errors.size() == 1);
    BOOST_TEST(errors.at(0).at(0).value<DeviceError>().message.contains(QStringLiteral("(pcscd) is not running")));
    BOOST_TEST((reader.powerState() == PowerState::Offline));
    BOOST_TEST(reader.readers().isEmpty());
    QString problem;
    BOOST_TEST(PcscReaders::list(&problem).isEmpty());
    BOOST_TEST(problem == QStringLiteral("The card reader service (pcscd) is not running."));

    pcscd.start();
    BOOST_REQUIRE(waitFor(arrived, 4));
    BOOST_TEST((reader.powerState() == PowerState::Online));
    BOOST_TEST((reader.state() == DeviceState::Idle));  // out of Error again
    VirtualCard card(pcscd, VirtualCard::uid("04a1b2c3"));
    BOOST_REQUIRE(waitFor(tokens, 1));
}

BOOST_AUTO_TEST_CASE(pcscd_not_running_at_start_is_said_plainly_and_recovers) {
    PrivatePcscd pcscd(true, false);
    PcscReader reader;
    reader.setRetryInterval(200ms);
    QSignalSpy arrived(&reader, &PcscReader::readerArrived);
    QSignalSpy errors(&reader, &PosDevice::errorOccurred);
    enable(reader);
    BOOST_REQUIRE(errors.wait(5000));
    const auto e = errors.at(0).at(0).value<DeviceError>();
    BOOST_TEST((e.kind == DeviceError::Kind::Offline));
    BOOST_TEST(e.message.contains(QStringLiteral("The card reader service (pcscd) is not running.")));
    BOOST_TEST(reader.statusText() == QStringLiteral("The card reader service (pcscd) is not running."));
    BOOST_TEST((reader.powerState() == PowerState::Offline));
    QTest::qWait(700);  // several retries: still one error, not one per attempt
    BOOST_TEST(errors.size() == 1);

    pcscd.start();
    BOOST_REQUIRE(waitFor(arrived, 2));
    BOOST_TEST((reader.powerState() == PowerState::Online));
    BOOST_TEST(reader.statusText().isEmpty());
}

BOOST_AUTO_TEST_CASE(shutdown_while_waiting_is_prompt) {
    PrivatePcscd pcscd;
    {  // waiting in SCardGetStatusChange (INFINITE)
        PcscReader reader;
        QSignalSpy arrived(&reader, &PcscReader::readerArrived);
        QSignalSpy left(&reader, &PcscReader::readerLeft);
        enable(reader);
        BOOST_REQUIRE(waitFor(arrived, 2));
        QTest::qWait(100);
        QElapsedTimer t;
        t.start();
        BOOST_REQUIRE(reader.close());
        BOOST_TEST(t.elapsed() < 1000);
        BOOST_TEST(left.size() == 2);  // closing lets go of the readers
        BOOST_TEST(reader.readers().isEmpty());
        // and it opens again
        enable(reader);
        BOOST_REQUIRE(waitFor(arrived, 4));
    }
    {  // the destructor, while the worker waits for pcscd to come back (default 2 s between tries)
        pcscd.stop();
        auto reader = std::make_unique<PcscReader>();
        QSignalSpy errors(reader.get(), &PosDevice::errorOccurred);
        enable(*reader);
        BOOST_REQUIRE(errors.wait(5000));
        QElapsedTimer t;
        t.start();
        reader.reset();
        BOOST_TEST(t.elapsed() < 1000);
    }
}

BOOST_AUTO_TEST_CASE(waiting_costs_no_cpu) {
    // The worker blocks in pcscd (readers there) or on its condition variable (pcscd away): a second
    // of either costs this process next to nothing. A polling loop would show here.
    const auto cpuMs = [] {
        timespec t{};
        ::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
        return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1000000;
    };
    PrivatePcscd pcscd;
    PcscReader reader;
    reader.setRetryInterval(200ms);
    QSignalSpy arrived(&reader, &PcscReader::readerArrived);
    QSignalSpy errors(&reader, &PosDevice::errorOccurred);
    enable(reader);
    BOOST_REQUIRE(waitFor(arrived, 2));
    qint64 before = cpuMs();
    QTest::qWait(1000);
    BOOST_TEST(cpuMs() - before < 150);

    pcscd.stop();
    BOOST_REQUIRE(errors.wait(5000));
    before = cpuMs();
    QTest::qWait(1000);  // five retries
    BOOST_TEST(cpuMs() - before < 150);
}

BOOST_AUTO_TEST_SUITE_END()
