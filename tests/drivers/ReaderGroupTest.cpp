// Several readers per app (issue 12, item 6) and readers that come and go (item 7): one stream of
// tokens from every reader, each token naming its reader; a reader missing at start, unplugged or
// plugged back is started again by the group without a restart.

#include "drivers/devices/ReaderGroup.h"
#include "drivers/sim/SimulatedScanner.h"
#include "tests/drivers/GuiAppFixture.h"

#include <QSignalSpy>
#include <QTest>

#include <boost/test/unit_test.hpp>

using namespace ak::dev;

BOOST_TEST_GLOBAL_FIXTURE(GuiAppFixture);

#define WAIT_FOR(cond) BOOST_REQUIRE_MESSAGE(QTest::qWaitFor([&] { return bool(cond); }, 2000), #cond)

namespace {

// A simulated reader (its cable can be pulled: SimulatedScanner::setPlugged) that counts the
// attempts to open it.
class CableReader : public SimulatedScanner {
public:
    using SimulatedScanner::SimulatedScanner;
    int opens = 0;

protected:
    DeviceResult openDevice() override {
        ++opens;
        return SimulatedScanner::openDevice();
    }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(reader_group)

BOOST_AUTO_TEST_CASE(tokens_from_every_reader_arrive_in_one_stream_naming_their_reader) {
    ReaderGroup group(50);
    auto qr = std::make_unique<SimulatedScanner>(QStringLiteral("door-qr"));
    auto nfc = std::make_unique<SimulatedScanner>(QStringLiteral("door-nfc"));
    SimulatedScanner* qrRaw = qr.get();
    SimulatedScanner* nfcRaw = nfc.get();
    group.add(std::move(qr));
    group.add(std::move(nfc));
    group.addProblem(QStringLiteral("till-hid"), DeviceError::make(DeviceError::Kind::Config, QStringLiteral("(no path)")));
    QSignalSpy tokens(&group, &TokenReader::tokenRead);
    BOOST_REQUIRE(group.start(1000));
    BOOST_TEST(group.readyCount() == 2);
    BOOST_REQUIRE(qrRaw->scan(QStringLiteral("AK1-ABC")));
    BOOST_REQUIRE(nfcRaw->scan(QStringLiteral("04a1b2c3"), TokenRead::Kind::Nfc));
    BOOST_REQUIRE(tokens.size() == 2);
    BOOST_TEST(tokens.at(0).at(0).value<TokenRead>().readerId == QStringLiteral("door-qr"));
    BOOST_TEST(tokens.at(1).at(0).value<TokenRead>().readerId == QStringLiteral("door-nfc"));
    BOOST_TEST(tokens.at(1).at(0).value<TokenRead>().text == QStringLiteral("04A1B2C3"));
    BOOST_REQUIRE(group.problems().size() == 1u);
    BOOST_TEST(group.problems().front().readerId == QStringLiteral("till-hid"));
    // Disabled: nothing reaches the app (UnifiedPOS: no data events unless enabled).
    BOOST_REQUIRE(group.setDeviceEnabled(false));
    (void)qrRaw->scan(QStringLiteral("AK1-DEF"));
    BOOST_TEST(tokens.size() == 2);
}

BOOST_AUTO_TEST_CASE(a_reader_missing_at_start_or_unplugged_comes_back_by_itself) {
    ReaderGroup group(50);
    auto cable = std::make_unique<CableReader>(QStringLiteral("door-qr"));
    CableReader* reader = cable.get();
    reader->setPlugged(false);  // not plugged in when the kiosk starts
    group.add(std::move(cable));
    QSignalSpy changed(&group, &ReaderGroup::readersChanged);
    BOOST_REQUIRE(group.start(1000));  // the app starts anyway
    BOOST_TEST(group.readyCount() == 0);
    QTest::qWait(200);
    BOOST_TEST(reader->opens >= 2);  // it keeps trying
    reader->setPlugged(true);
    WAIT_FOR(group.readyCount() == 1);
    QSignalSpy tokens(&group, &TokenReader::tokenRead);
    BOOST_REQUIRE(reader->scan(QStringLiteral("AK1-ABC")));
    BOOST_TEST(tokens.size() == 1);
    // Pulled out while running, then plugged back in: reads again.
    reader->setPlugged(false);
    BOOST_TEST(group.readyCount() == 0);
    BOOST_TEST(changed.size() > 0);
    QTest::qWait(120);
    BOOST_TEST(group.readyCount() == 0);
    reader->setPlugged(true);
    WAIT_FOR(group.readyCount() == 1);
    BOOST_REQUIRE(reader->scan(QStringLiteral("AK1-DEF")));
    BOOST_TEST(tokens.size() == 2);
}

BOOST_AUTO_TEST_SUITE_END()
