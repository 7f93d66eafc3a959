// NFC readers through PC/SC: the worker thread that waits on pcscd, and the object-thread side that
// turns its reports into signals, power states and tokens. See PcscReader.h for the life cycle.
#include "drivers/nfc/PcscReader.h"

#include "drivers/Logging.h"
#include "drivers/nfc/PcscCalls.h"

#include <QCoreApplication>
#include <QMetaObject>

#include <algorithm>
#include <condition_variable>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

namespace ak::dev {

namespace {
// The reader name PC/SC reserves for "the list of readers changed" (PC/SC part 5).
constexpr char kPnpNotification[] = "\\\\?PnP?\\Notification";
}  // namespace
using pcsc::listReaders;
using pcsc::noReaderText;
using pcsc::noServiceText;
using pcsc::pcscText;

// Owns the PC/SC context. Everything here runs on its own thread except stop(); what the object
// must know is posted to it, tagged with the generation so that a closed-and-reopened reader
// ignores an old worker's last words.
class PcscReader::Worker {
public:
    Worker(PcscReader* owner, quint64 generation, QString filter, std::chrono::milliseconds retry)
        : owner_(owner), gen_(generation), filter_(std::move(filter)), retry_(retry) {
        thread_ = std::thread([this] { run(); });
    }
    ~Worker() { stop(); }
    Worker(const Worker&) = delete;
    Worker& operator=(const Worker&) = delete;

    // Wakes the worker wherever it waits and joins it. SCardCancel only interrupts an
    // SCardGetStatusChange that is already waiting (pcsc-lite ignores it otherwise), so it is repeated
    // until the worker has finished: a cancel that lands just before the wait starts is not lost.
    void stop() {
        if (!thread_.joinable()) return;
        std::unique_lock lock(mutex_);
        stopping_ = true;
        while (!finished_) {
            if (hasContext_) (void)SCardCancel(context_);
            cv_.notify_all();
            cv_.wait_for(lock, std::chrono::milliseconds(100), [this] { return finished_; });
        }
        lock.unlock();
        thread_.join();
    }

private:
    template <class F>
    void post(F&& call) {
        QMetaObject::invokeMethod(owner_, std::forward<F>(call), Qt::QueuedConnection);
    }

    bool stopping() {
        std::lock_guard lock(mutex_);
        return stopping_;
    }

    // Waits for the retry interval or stop(), whichever comes first; true if stopping.
    bool waitBeforeRetry() {
        std::unique_lock lock(mutex_);
        return cv_.wait_for(lock, retry_, [this] { return stopping_; });
    }

    void run() {
        bool downReported = false;
        while (!stopping()) {
            SCARDCONTEXT ctx = 0;
            const LONG rv = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &ctx);
            if (rv != SCARD_S_SUCCESS) {
                if (!downReported) {
                    qCWarning(lcPcsc) << "cannot reach pcscd:" << pcscText(rv) << "- trying again every"
                                      << retry_.count() << "ms";
                    post([o = owner_, g = gen_, d = pcscText(rv)] { o->onServiceDown(g, d); });
                    downReported = true;
                }
                if (waitBeforeRetry()) break;
                continue;
            }
            {
                std::lock_guard lock(mutex_);
                if (stopping_) {
                    (void)SCardReleaseContext(ctx);
                    break;
                }
                context_ = ctx;
                hasContext_ = true;
            }
            if (downReported) qCInfo(lcPcsc) << "pcscd is reachable again";
            downReported = false;
            const auto since = std::chrono::steady_clock::now();
            const LONG end = monitor(ctx);
            {
                std::lock_guard lock(mutex_);
                hasContext_ = false;
            }
            (void)SCardReleaseContext(ctx);
            if (!known_.empty() || end != SCARD_E_CANCELLED) {
                QStringList left;
                for (const auto& [name, state] : known_) left << QString::fromStdString(name);
                known_.clear();
                post([o = owner_, g = gen_, left] { o->onServiceLost(g, left); });
            }
            if (stopping()) break;
            qCWarning(lcPcsc) << "lost pcscd:" << pcscText(end);
            // Ask again at once after a context that served a while: pcscd may have been restarted
            // already, and if not the next round says so. A context that failed at once waits first,
            // so that a pcscd refusing us does not make this loop spin.
            if (std::chrono::steady_clock::now() - since < retry_ && waitBeforeRetry()) break;
        }
        std::lock_guard lock(mutex_);
        finished_ = true;
        cv_.notify_all();
    }

    bool matches(const std::string& name) const {
        return filter_.isEmpty() || QString::fromStdString(name).contains(filter_, Qt::CaseInsensitive);
    }

    // Waits for reader and card events until stop() or until the context is lost; returns why it ended.
    LONG monitor(SCARDCONTEXT ctx) {
        bool first = true;
        std::vector<std::string> names;
        while (true) {
            LONG rv = listReaders(ctx, names);
            if (rv != SCARD_S_SUCCESS) return rv;
            QStringList arrived, left;
            for (auto it = known_.begin(); it != known_.end();) {
                if (std::find(names.begin(), names.end(), it->first) == names.end()) {
                    left << QString::fromStdString(it->first);
                    it = known_.erase(it);
                } else {
                    ++it;
                }
            }
            for (const std::string& name : names) {
                if (!matches(name) || known_.count(name)) continue;
                known_.emplace(name, DWORD(SCARD_STATE_UNAWARE));
                arrived << QString::fromStdString(name);
            }
            if (first || !arrived.isEmpty() || !left.isEmpty()) {
                for (const QString& n : arrived) qCInfo(lcPcsc) << "reader arrived:" << n;
                for (const QString& n : left) qCInfo(lcPcsc) << "reader left:" << n;
                post([o = owner_, g = gen_, arrived, left] { o->onReaders(g, arrived, left); });
                first = false;
            }

            std::vector<SCARD_READERSTATE> states;
            states.reserve(known_.size() + 1);
            for (const auto& [name, state] : known_) {
                SCARD_READERSTATE s{};
                s.szReader = name.c_str();
                s.dwCurrentState = state;
                states.push_back(s);
            }
            SCARD_READERSTATE pnp{};
            pnp.szReader = kPnpNotification;
            // pcsc-lite 1.9.9 compares reader counts within the call; later versions read the count
            // the caller knows from the high word.
            pnp.dwCurrentState = DWORD(names.size()) << 16;
            states.push_back(pnp);

            if (stopping()) return SCARD_E_CANCELLED;
            rv = SCardGetStatusChange(ctx, INFINITE, states.data(), DWORD(states.size()));
            if (rv == SCARD_E_CANCELLED) {
                if (stopping()) return rv;
                continue;
            }
            if (rv == SCARD_E_TIMEOUT || rv == SCARD_E_UNKNOWN_READER) continue;  // re-list and wait again
            // Anything else (SCARD_E_NO_SERVICE, SCARD_F_COMM_ERROR, and SCARD_W_SECURITY_VIOLATION
            // that pcscd 1.9.9 answers while it shuts down): start again with a new context.
            if (rv != SCARD_S_SUCCESS) return rv;
            for (std::size_t i = 0; i + 1 < states.size(); ++i) {
                const SCARD_READERSTATE& s = states[i];
                if (!(s.dwEventState & SCARD_STATE_CHANGED)) continue;
                DWORD& before = known_[s.szReader];
                const DWORD now = s.dwEventState & ~DWORD(SCARD_STATE_CHANGED);
                if (now & (SCARD_STATE_UNKNOWN | SCARD_STATE_UNAVAILABLE)) {
                    before = now;  // gone: the next listing says so
                    continue;
                }
                const bool present = now & SCARD_STATE_PRESENT;
                const bool wasPresent = before & SCARD_STATE_PRESENT;
                // The high word counts insertions and removals: a card taken off and put back between
                // two calls is a new presentation although it is "present" both times.
                const bool newPresentation = present && (!wasPresent || (now >> 16) != (before >> 16));
                before = now;
                if (!newPresentation) continue;
                if (now & SCARD_STATE_MUTE) {
                    qCWarning(lcPcsc) << "a card on" << s.szReader << "does not answer (no ATR)";
                    continue;
                }
                readCard(ctx, s.szReader);
            }
        }
    }

    // Asks the card for its UID with the PC/SC "Get Data" pseudo-APDU (PC/SC part 3, FF CA 00 00 00),
    // which the reader answers itself for any ISO 14443 card.
    void readCard(SCARDCONTEXT ctx, const std::string& reader) {
        SCARDHANDLE card = 0;
        DWORD protocol = 0;
        LONG rv = SCardConnect(ctx, reader.c_str(), SCARD_SHARE_SHARED, SCARD_PROTOCOL_T0 | SCARD_PROTOCOL_T1, &card,
                               &protocol);
        if (rv != SCARD_S_SUCCESS) {
            // Usually a card swiped off again before we got to it.
            qCWarning(lcPcsc) << "cannot connect to the card on" << reader.c_str() << ":" << pcscText(rv);
            return;
        }
        const BYTE getUid[] = {0xFF, 0xCA, 0x00, 0x00, 0x00};
        BYTE response[258] = {};
        DWORD length = sizeof response;
        const SCARD_IO_REQUEST* pci = protocol == SCARD_PROTOCOL_T0 ? SCARD_PCI_T0 : SCARD_PCI_T1;
        rv = SCardTransmit(card, pci, getUid, sizeof getUid, nullptr, response, &length);
        (void)SCardDisconnect(card, SCARD_LEAVE_CARD);
        if (rv != SCARD_S_SUCCESS) {
            qCWarning(lcPcsc) << "asking the card on" << reader.c_str() << "for its UID failed:" << pcscText(rv);
            return;
        }
        const QByteArray answer(reinterpret_cast<const char*>(response), int(length));
        const qsizetype uidLength = answer.size() - 2;
        if (answer.size() < 2 || answer.at(uidLength) != char(0x90) || answer.at(uidLength + 1) != char(0x00)) {
            qCWarning(lcPcsc) << "the card on" << reader.c_str() << "did not give its UID; it answered"
                              << answer.toHex(' ');
            return;
        }
        if (uidLength != 4 && uidLength != 7 && uidLength != 10) {
            qCWarning(lcPcsc) << "the card on" << reader.c_str() << "gave a UID of" << uidLength
                              << "bytes (ISO 14443 has 4, 7 or 10):" << answer.toHex(' ');
            return;
        }
        post([o = owner_, g = gen_, r = QString::fromStdString(reader), uid = answer.left(uidLength)] {
            o->onCard(g, r, uid);
        });
    }

    PcscReader* const owner_;
    const quint64 gen_;
    const QString filter_;
    const std::chrono::milliseconds retry_;
    std::map<std::string, DWORD> known_;  // matching readers and their last state; worker thread only

    std::mutex mutex_;
    std::condition_variable cv_;
    bool stopping_ = false;
    bool finished_ = false;
    bool hasContext_ = false;
    SCARDCONTEXT context_ = 0;
    std::thread thread_;  // last: started in the constructor, after everything it uses
};

PcscReader::PcscReader(QString readerFilter, QString readerId, QObject* parent)
    : TokenReader(parent), filter_(std::move(readerFilter)), readerId_(std::move(readerId)) {}

PcscReader::~PcscReader() { (void)close(); }

QString PcscReader::description() const {
    return filter_.isEmpty() ? QStringLiteral("NFC reader %1 (any PC/SC reader)").arg(readerId_)
                             : QStringLiteral("NFC reader %1 (PC/SC \"%2\")").arg(readerId_, filter_);
}

DeviceResult PcscReader::openDevice() {
    ++generation_;
    readers_.clear();
    statusText_.clear();
    problem_ = Problem::Starting;
    worker_ = std::make_unique<Worker>(this, generation_, filter_, retry_);
    return {};
}

void PcscReader::closeDevice() {
    worker_.reset();  // joins
    ++generation_;    // what the worker posted before it stopped is dropped
    for (const QString& name : std::exchange(readers_, {})) emit readerLeft(name);
}

void PcscReader::onServiceDown(quint64 gen, const QString& detail) {
    if (gen != generation_) return;
    qCDebug(lcPcsc) << description() << "service down:" << detail;
    setProblem(Problem::NoService);
}

void PcscReader::onServiceLost(quint64 gen, const QStringList& left) {
    if (gen != generation_) return;
    for (const QString& name : left) {
        if (readers_.removeAll(name) > 0) emit readerLeft(name);
    }
    // Offline, but no error yet: the worker's next attempt tells whether pcscd is gone (NoService) or
    // was only restarted (its readers arrive again, or NoReader).
    setProblem(Problem::Lost);
}

void PcscReader::onReaders(quint64 gen, const QStringList& arrived, const QStringList& left) {
    if (gen != generation_) return;
    for (const QString& name : left) {
        if (readers_.removeAll(name) > 0) emit readerLeft(name);
    }
    for (const QString& name : arrived) {
        if (readers_.contains(name)) continue;
        readers_ << name;
        emit readerArrived(name);
    }
    setProblem(readers_.isEmpty() ? Problem::NoReader : Problem::None);
}

void PcscReader::onCard(quint64 gen, const QString& reader, const QByteArray& uid) {
    if (gen != generation_) return;
    TokenRead token;
    token.kind = TokenRead::Kind::Nfc;
    token.symbology = QStringLiteral("ISO14443");
    token.raw = uid;
    token.text = QString::fromLatin1(uid.toHex().toUpper());
    token.readerId = readerId_;
    if (!isEnabled()) {
        qCDebug(lcPcsc) << description() << "dropped a card read while disabled on" << reader;
        return;
    }
    qCDebug(lcPcsc) << description() << "card" << token.text << "on" << reader;
    emit dataReceived();
    emit tokenRead(token);
}

void PcscReader::setProblem(Problem problem) {
    if (problem == problem_) return;
    problem_ = problem;
    switch (problem) {
        case Problem::Starting:
            break;
        case Problem::None:
            statusText_.clear();
            clearError();
            setPowerState(PowerState::Online);
            break;
        case Problem::Lost:
            statusText_ = noReaderText();
            setPowerState(PowerState::Offline);
            break;
        case Problem::NoService:
            statusText_ = noServiceText();
            setPowerState(PowerState::Offline);
            reportError(DeviceError{DeviceError::Kind::Offline, statusText_, 0});  // not "switched off": the service is missing
            break;
        case Problem::NoReader:
            statusText_ = noReaderText();
            setPowerState(PowerState::Offline);
            reportError(DeviceError::make(DeviceError::Kind::NotFound, statusText_));
            break;
    }
}

}  // namespace ak::dev
