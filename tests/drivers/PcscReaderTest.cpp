// PcscReader against a real pcscd with the vpcd driver (TESTING.md "NFC through PC/SC") and virtual
// cards of our own that speak vpcd's protocol. Exits 77 (CTest: skipped) only when pcscd or vpcd is
// not installed.
//
// Each pcscd runs in its own mount namespace with a private /run, so its socket is ours alone (pcscd
// 1.9.9 has its socket path compiled in; the client library follows PCSCLITE_CSOCK_NAME). Where it
// may (root), it also gets its own network namespace with only loopback: vpcd listens on every
// interface (it cannot be told otherwise; its "reversed" mode, connecting out to a card, crashes
// pcscd with Debian's vpcd 3.3), and there that means nothing outside this test can reach it.
// Otherwise a user namespace stands in, and vpcd listens on a free port on the machine's interfaces
// (the cards still connect through loopback only).
//
// The virtual card is C++ in this binary rather than a script: it must enter pcscd's network
// namespace (setns on its own thread), and a test can then count the APDUs it answered.
#include "drivers/nfc/PcscReader.h"
#include "tests/support/TestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <boost/test/unit_test.hpp>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sched.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <future>
#include <thread>

using namespace ak::dev;
using namespace std::chrono_literals;

namespace {

const QString kPcscd = QStringLiteral("/usr/sbin/pcscd");
const QString kVpcd = QStringLiteral("/usr/lib/pcsc/drivers/serial/libifdvpcd.so");
const QString kReader0 = QStringLiteral("Aktivkafe Test PCD 00 00");
const QString kReader1 = QStringLiteral("Aktivkafe Test PCD 00 01");

// One folder for the whole run: libpcsclite reads PCSCLITE_CSOCK_NAME once per process.
struct PcscEnv {
    PcscEnv() {
        for (const QString& f : {kPcscd, kVpcd}) {
            if (QFile::exists(f)) continue;
            std::fprintf(stderr, "SKIP: %s is missing (Debian pcscd, vsmartcard-vpcd)\n", qPrintable(f));
            std::_Exit(77);
        }
        static int argc = 1;
        static char name[] = "drivers-pcsc-test";
        static char* argv[] = {name, nullptr};
        app = std::make_unique<QCoreApplication>(argc, argv);
        run = std::make_unique<ak::test::TempDir>();
        qputenv("PCSCLITE_CSOCK_NAME", run->file(QStringLiteral("pcscd/pcscd.comm")).toLocal8Bit());
        instance = this;
    }
    std::unique_ptr<QCoreApplication> app;
    std::unique_ptr<ak::test::TempDir> run;  // bound over /run in pcscd's namespace
    static inline PcscEnv* instance = nullptr;
};

quint16 freePort() {
    const int s = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    BOOST_REQUIRE(::bind(s, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0);
    BOOST_REQUIRE(::getsockname(s, reinterpret_cast<sockaddr*>(&a), &len) == 0);
    ::close(s);
    return ntohs(a.sin_port);
}

// Whether pcscd can have a network namespace of its own with loopback up (root with CAP_SYS_ADMIN,
// iproute2). Otherwise a user namespace gives it a private /run, and vpcd shares the machine's
// network on a free port.
// AK_PCSC_TEST_SHARED_NETWORK=1 forces the latter, to try that way as root.
bool privateNetworkPossible() {
    static const bool possible = [] {
        if (qEnvironmentVariableIntValue("AK_PCSC_TEST_SHARED_NETWORK") == 1) return false;
        QProcess probe;
        probe.start(QStringLiteral("unshare"),
                    {QStringLiteral("-m"), QStringLiteral("-n"), QStringLiteral("ip"), QStringLiteral("link"),
                     QStringLiteral("set"), QStringLiteral("lo"), QStringLiteral("up")});
        return probe.waitForFinished(5000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0;
    }();
    return possible;
}

// A pcscd of our own with one vpcd entry (two virtual readers, "... 00 00" and "... 00 01").
class PrivatePcscd {
public:
    explicit PrivatePcscd(bool withReader = true, bool startNow = true)
        : privateNetwork_(privateNetworkPossible()), port_(privateNetwork_ ? 35963 : freePort()) {
        QDir(conf_.path()).mkpath(QStringLiteral("conf"));
        if (withReader) {
            QFile f(conf_.file(QStringLiteral("conf/vpcd")));
            BOOST_REQUIRE(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral("FRIENDLYNAME \"Aktivkafe Test PCD\"\nDEVICENAME /dev/null:%1\nLIBPATH %2\n"
                                   "CHANNELID %1\n")
                        .arg(port_)
                        .arg(kVpcd)
                        .toUtf8());
        }
        if (startNow) start();
    }
    ~PrivatePcscd() { stop(); }

    void start() {
        const QString script =
            privateNetwork_
                ? QStringLiteral("ip link set lo up && mount --bind \"$1\" /run && exec %1 -f -c \"$2\"").arg(kPcscd)
                : QStringLiteral("mount --bind \"$1\" /run && exec %1 -f -c \"$2\"").arg(kPcscd);
        QStringList args = privateNetwork_ ? QStringList{QStringLiteral("-m"), QStringLiteral("-n")}
                                           : QStringList{QStringLiteral("-r"), QStringLiteral("-m")};
        args << QStringLiteral("--propagation") << QStringLiteral("private") << QStringLiteral("sh")
             << QStringLiteral("-c") << script << QStringLiteral("sh") << PcscEnv::instance->run->path()
             << conf_.file(QStringLiteral("conf"));
        process_.setProcessChannelMode(QProcess::MergedChannels);
        process_.start(QStringLiteral("unshare"), args);
        BOOST_REQUIRE(process_.waitForStarted(5000));
        const QString socket = PcscEnv::instance->run->file(QStringLiteral("pcscd/pcscd.comm"));
        for (int i = 0; i < 250; ++i) {  // ready when its socket answers
            QString problem;
            if (QFile::exists(socket) && (PcscReaders::list(&problem), problem.isEmpty())) return;
            if (process_.state() == QProcess::NotRunning) break;
            QThread::msleep(20);
        }
        BOOST_FAIL("private pcscd did not start: " << QString::fromUtf8(process_.readAll()));
    }

    void stop() {
        if (process_.state() == QProcess::NotRunning) return;
        process_.terminate();
        if (!process_.waitForFinished(5000)) {
            process_.kill();
            process_.waitForFinished(2000);
        }
    }

    qint64 pid() const { return process_.processId(); }
    bool privateNetwork() const { return privateNetwork_; }
    quint16 port() const { return port_; }

private:
    ak::test::TempDir conf_;
    QProcess process_;
    const bool privateNetwork_;
    const quint16 port_;
};

// A contactless card as vpcd sees it: messages are a 2-byte big-endian length and the bytes; a 1-byte
// message is a control (0 power off, 1 on, 2 reset: no answer; 4: send the ATR), anything longer an
// APDU to answer. Connected = on the reader; remove() takes it off.
class VirtualCard {
public:
    // uidAnswer: what the card answers to FF CA 00 00 00 (UID + 90 00, or a bare status word).
    VirtualCard(const PrivatePcscd& pcscd, const QByteArray& uidAnswer)
        : answer_(uidAnswer),
          netns_(pcscd.privateNetwork() ? QStringLiteral("/proc/%1/ns/net").arg(pcscd.pid()).toStdString()
                                        : std::string()),
          port_(pcscd.port()) {
        std::promise<bool> connected;
        auto ready = connected.get_future();
        // The thread owns the promise: it may still be inside set_value() when this constructor returns.
        thread_ = std::thread([this, p = std::move(connected)]() mutable { run(p); });
        BOOST_REQUIRE_MESSAGE(ready.wait_for(5s) == std::future_status::ready && ready.get(),
                              "the virtual card could not reach vpcd");
    }
    ~VirtualCard() { remove(); }

    void remove() {
        if (!thread_.joinable()) return;
        ::shutdown(fd_.load(), SHUT_RDWR);
        thread_.join();
        ::close(fd_.exchange(-1));
    }
    int uidRequests() const { return uidRequests_.load(); }

    static QByteArray uid(const char* hex) { return QByteArray::fromHex(hex) + QByteArray::fromHex("9000"); }

private:
    void run(std::promise<bool>& connected) {
        if (!netns_.empty()) {  // this thread only: the rest of the test stays where it was
            const int ns = ::open(netns_.c_str(), O_RDONLY | O_CLOEXEC);
            const bool entered = ns >= 0 && ::setns(ns, CLONE_NEWNET) == 0;
            if (ns >= 0) ::close(ns);
            if (!entered) return connected.set_value(false);
        }
        const int fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_port = htons(port_);
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);  // never anything but loopback
        if (::connect(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) != 0) {
            ::close(fd);
            return connected.set_value(false);
        }
        fd_ = fd;
        connected.set_value(true);
        const QByteArray atr = QByteArray::fromHex("3B8F8001804F0CA000000306030001000000006A");
        const QByteArray getUid = QByteArray::fromHex("FFCA000000");
        while (true) {
            unsigned char head[2];
            if (::recv(fd, head, 2, MSG_WAITALL) != 2) return;
            QByteArray message((head[0] << 8) | head[1], '\0');
            if (!message.isEmpty() && ::recv(fd, message.data(), message.size(), MSG_WAITALL) != message.size()) return;
            QByteArray reply;
            if (message.size() == 1) {
                if (message.at(0) != 4) continue;
                reply = atr;
            } else if (message == getUid) {
                reply = answer_;
                ++uidRequests_;
            } else {
                reply = QByteArray::fromHex("6D00");  // instruction not supported
            }
            const QByteArray out = QByteArray(1, char(reply.size() >> 8)) + char(reply.size() & 0xFF) + reply;
            if (::send(fd, out.constData(), out.size(), MSG_NOSIGNAL) != out.size()) return;
        }
    }

    const QByteArray answer_;
    const std::string netns_;
    const quint16 port_;
    std::atomic<int> fd_{-1};
    std::atomic<int> uidRequests_{0};
    std::thread thread_;
};

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
