#pragma once
// NFC readers through PC/SC without hardware (TESTING.md "NFC through PC/SC"): a pcscd of our own
// with the vpcd driver (two virtual readers, "Aktivkafe Test PCD 00 00" and "... 00 01"), and
// virtual contactless cards of our own that speak vpcd's protocol. Used by drivers_pcsc and by the
// device rig (tests/apps/rig).
//
// Each pcscd runs in its own mount namespace with a private /run, so its socket is ours alone (pcscd
// 1.9.9 has its socket path compiled in; the client library follows PCSCLITE_CSOCK_NAME, which it
// reads once per process: set it before the first PC/SC call, see socketPath()). Where it may
// (root), it also gets its own network namespace with only loopback: vpcd listens on every
// interface (it cannot be told otherwise; its "reversed" mode, connecting out to a card, crashes
// pcscd with Debian's vpcd 3.3), and there that means nothing outside can reach it. Otherwise a
// user namespace stands in, and vpcd listens on a free port on the machine's interfaces (the cards
// still connect through loopback only). AK_PCSC_TEST_SHARED_NETWORK=1 forces the latter as root.
//
// Failures throw std::runtime_error with what went wrong.

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <atomic>
#include <future>
#include <string>
#include <thread>

namespace aktest {

// "" when pcscd and vpcd are installed, else which is missing (Debian pcscd, vsmartcard-vpcd).
QString pcscMissing();

class PrivatePcscd {
public:
    static constexpr const char* kReader0 = "Aktivkafe Test PCD 00 00";
    static constexpr const char* kReader1 = "Aktivkafe Test PCD 00 01";

    // runDir is bound over /run in pcscd's namespace (the same folder for every pcscd of a process).
    // withReader false: pcscd runs without any reader, as on a machine whose reader is unplugged.
    explicit PrivatePcscd(QString runDir, bool withReader = true, bool startNow = true);
    ~PrivatePcscd();
    PrivatePcscd(const PrivatePcscd&) = delete;
    PrivatePcscd& operator=(const PrivatePcscd&) = delete;

    // The socket the clients reach pcscd through: PCSCLITE_CSOCK_NAME.
    static QString socketPath(const QString& runDir);

    // Returns when pcscd answers on its socket.
    void start();
    void stop();
    // pcscd again, with or without its vpcd readers: vpcd's readers cannot come and go while pcscd
    // runs, so a reader "unplugged" or "plugged in" is pcscd starting again without or with them.
    void restart(bool withReader);
    bool running() const { return process_.state() != QProcess::NotRunning; }

    qint64 pid() const { return process_.processId(); }
    bool privateNetwork() const { return privateNetwork_; }
    quint16 port() const { return port_; }

private:
    void writeConfig(bool withReader);

    const QString runDir_;
    QTemporaryDir conf_;
    QProcess process_;
    const bool privateNetwork_;
    const quint16 port_;
};

// A contactless card as vpcd sees it: messages are a 2-byte big-endian length and the bytes; a 1-byte
// message is a control (0 power off, 1 on, 2 reset: no answer; 4: send the ATR), anything longer an
// APDU to answer. Connected = on the reader; remove() takes it off. The card is C++ rather than a
// script: it must enter pcscd's network namespace (setns on its own thread), and a test can count
// the APDUs it answered.
class VirtualCard {
public:
    // uidAnswer: what the card answers to FF CA 00 00 00 (UID + 90 00, or a bare status word).
    VirtualCard(const PrivatePcscd& pcscd, const QByteArray& uidAnswer);
    ~VirtualCard();
    VirtualCard(const VirtualCard&) = delete;
    VirtualCard& operator=(const VirtualCard&) = delete;

    void remove();
    int uidRequests() const { return uidRequests_.load(); }

    static QByteArray uid(const char* hex) { return QByteArray::fromHex(hex) + QByteArray::fromHex("9000"); }

private:
    void run(std::promise<bool>& connected);

    const QByteArray answer_;
    const std::string netns_;
    const quint16 port_;
    std::atomic<int> fd_{-1};
    std::atomic<int> uidRequests_{0};
    std::thread thread_;
};

}  // namespace aktest
