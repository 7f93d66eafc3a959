#include "tests/support/emulated/PrivatePcscd.h"

#include "drivers/nfc/PcscReader.h"

#include <QDir>
#include <QFile>
#include <QStringList>
#include <QThread>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sched.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <stdexcept>

namespace aktest {

namespace {

const QString kPcscd = QStringLiteral("/usr/sbin/pcscd");
const QString kVpcd = QStringLiteral("/usr/lib/pcsc/drivers/serial/libifdvpcd.so");

[[noreturn]] void fail(const QString& what) { throw std::runtime_error(what.toStdString()); }

quint16 freePort() {
    const int s = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof a;
    const bool ok = ::bind(s, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0 &&
                    ::getsockname(s, reinterpret_cast<sockaddr*>(&a), &len) == 0;
    ::close(s);
    if (!ok) fail(QStringLiteral("no free port on loopback"));
    return ntohs(a.sin_port);
}

// Whether pcscd can have a network namespace of its own with loopback up (root with CAP_SYS_ADMIN,
// iproute2).
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

}  // namespace

QString pcscMissing() {
    for (const QString& f : {kPcscd, kVpcd})
        if (!QFile::exists(f)) return QStringLiteral("%1 is missing (Debian pcscd, vsmartcard-vpcd)").arg(f);
    return {};
}

// --- pcscd ------------------------------------------------------------------------------------

PrivatePcscd::PrivatePcscd(QString runDir, bool withReader, bool startNow)
    : runDir_(std::move(runDir)),
      privateNetwork_(privateNetworkPossible()),
      port_(privateNetwork_ ? 35963 : freePort()) {
    QDir(conf_.path()).mkpath(QStringLiteral("conf"));
    writeConfig(withReader);
    if (startNow) start();
}

PrivatePcscd::~PrivatePcscd() { stop(); }

QString PrivatePcscd::socketPath(const QString& runDir) { return runDir + QStringLiteral("/pcscd/pcscd.comm"); }

void PrivatePcscd::writeConfig(bool withReader) {
    QFile f(conf_.filePath(QStringLiteral("conf/vpcd")));
    if (!withReader) {
        f.remove();
        return;
    }
    if (!f.open(QIODevice::WriteOnly)) fail(QStringLiteral("cannot write %1").arg(f.fileName()));
    f.write(QStringLiteral("FRIENDLYNAME \"Aktivkafe Test PCD\"\nDEVICENAME /dev/null:%1\nLIBPATH %2\nCHANNELID %1\n")
                .arg(port_)
                .arg(kVpcd)
                .toUtf8());
}

void PrivatePcscd::start() {
    const QString script =
        privateNetwork_
            ? QStringLiteral("ip link set lo up && mount --bind \"$1\" /run && exec %1 -f -c \"$2\"").arg(kPcscd)
            : QStringLiteral("mount --bind \"$1\" /run && exec %1 -f -c \"$2\"").arg(kPcscd);
    QStringList args = privateNetwork_ ? QStringList{QStringLiteral("-m"), QStringLiteral("-n")}
                                       : QStringList{QStringLiteral("-r"), QStringLiteral("-m")};
    args << QStringLiteral("--propagation") << QStringLiteral("private") << QStringLiteral("sh") << QStringLiteral("-c")
         << script << QStringLiteral("sh") << runDir_ << conf_.filePath(QStringLiteral("conf"));
    // Not under umockdev's preload library, should this program be: pcscd looks for USB readers in
    // the real /sys, which has none.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QStringList preload = env.value(QStringLiteral("LD_PRELOAD")).split(u':', Qt::SkipEmptyParts);
    preload.removeIf([](const QString& lib) { return lib.contains(QLatin1String("libumockdev-preload")); });
    env.insert(QStringLiteral("LD_PRELOAD"), preload.join(u':'));
    env.remove(QStringLiteral("UMOCKDEV_DIR"));
    process_.setProcessEnvironment(env);
    process_.setProcessChannelMode(QProcess::MergedChannels);
    process_.start(QStringLiteral("unshare"), args);
    if (!process_.waitForStarted(5000)) fail(QStringLiteral("cannot start unshare: %1").arg(process_.errorString()));
    const QString socket = socketPath(runDir_);
    for (int i = 0; i < 250; ++i) {  // ready when its socket answers
        QString problem;
        if (QFile::exists(socket) && (ak::dev::PcscReaders::list(&problem), problem.isEmpty())) return;
        if (process_.state() == QProcess::NotRunning) break;
        QThread::msleep(20);
    }
    fail(QStringLiteral("private pcscd did not start: ") + QString::fromUtf8(process_.readAll()));
}

void PrivatePcscd::stop() {
    if (process_.state() == QProcess::NotRunning) return;
    process_.terminate();
    if (!process_.waitForFinished(5000)) {
        process_.kill();
        process_.waitForFinished(2000);
    }
}

void PrivatePcscd::restart(bool withReader) {
    stop();
    writeConfig(withReader);
    start();
}

// --- a card -----------------------------------------------------------------------------------

VirtualCard::VirtualCard(const PrivatePcscd& pcscd, const QByteArray& uidAnswer)
    : answer_(uidAnswer),
      netns_(pcscd.privateNetwork() ? QStringLiteral("/proc/%1/ns/net").arg(pcscd.pid()).toStdString() : std::string()),
      port_(pcscd.port()) {
    std::promise<bool> connected;
    auto ready = connected.get_future();
    // The thread owns the promise: it may still be inside set_value() when this constructor returns.
    thread_ = std::thread([this, p = std::move(connected)]() mutable { run(p); });
    if (ready.wait_for(std::chrono::seconds(5)) != std::future_status::ready || !ready.get()) {
        remove();
        fail(QStringLiteral("the virtual card could not reach vpcd"));
    }
}

VirtualCard::~VirtualCard() { remove(); }

void VirtualCard::remove() {
    if (!thread_.joinable()) return;
    ::shutdown(fd_.load(), SHUT_RDWR);
    thread_.join();
    ::close(fd_.exchange(-1));
}

void VirtualCard::run(std::promise<bool>& connected) {
    if (!netns_.empty()) {  // this thread only: the rest of the program stays where it was
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

}  // namespace aktest
