#include "drivers/devices/ReaderGroup.h"

#include "drivers/Logging.h"

#include <QStringList>

namespace ak::dev {

ReaderGroup::ReaderGroup(int retryMs, QObject* parent) : TokenReader(parent) {
    retry_.setInterval(std::max(retryMs, 10));
    connect(&retry_, &QTimer::timeout, this, &ReaderGroup::retryMissing);
}

ReaderGroup::~ReaderGroup() {
    retry_.stop();
    (void)close();
}

QString ReaderGroup::description() const {
    QStringList names;
    for (const auto& r : readers_) names << r->description();
    return QStringLiteral("readers: %1").arg(names.isEmpty() ? QStringLiteral("none") : names.join(QStringLiteral(", ")));
}

void ReaderGroup::add(std::unique_ptr<TokenReader> reader) {
    TokenReader* r = reader.get();
    connect(r, &TokenReader::tokenRead, this, [this](const TokenRead& token) {
        if (!isEnabled()) return;
        emit dataReceived();
        emit tokenRead(token);
    });
    // Gone or failed: the retry timer starts it again; the Devices page sees the change now.
    connect(r, &PosDevice::errorOccurred, this, [this, r](const DeviceError& e) {
        lastError_[r] = e;
        qCInfo(lcDevice) << r->description() << "reported" << DeviceError::kindName(e.kind) << "- retried every"
                         << retry_.interval() << "ms";
        emit readersChanged();
    });
    connect(r, &PosDevice::stateChanged, this, &ReaderGroup::readersChanged);
    connect(r, &PosDevice::statusUpdated, this, &ReaderGroup::readersChanged);
    readers_.push_back(std::move(reader));
    if (isEnabled()) startMember(*r);
    emit readersChanged();
}

void ReaderGroup::addProblem(const QString& readerId, const DeviceError& error) {
    problems_.push_back(Problem{readerId, error});
    emit readersChanged();
}

std::vector<const TokenReader*> ReaderGroup::readers() const {
    std::vector<const TokenReader*> out;
    for (const auto& r : readers_) out.push_back(r.get());
    return out;
}

TokenReader* ReaderGroup::reader(const QString& readerId) {
    for (const auto& r : readers_)
        if (r->readerId() == readerId) return r.get();
    return nullptr;
}

int ReaderGroup::readyCount() const {
    int n = 0;
    for (const auto& r : readers_) n += r->isWorking() ? 1 : 0;
    return n;
}

QString ReaderGroup::problemOf(const TokenReader* reader) const {
    const std::optional<DeviceError> e = errorOf(reader);
    return e ? e->message : QString();
}

std::optional<DeviceError> ReaderGroup::errorOf(const TokenReader* reader) const {
    if (reader->isWorking()) return std::nullopt;
    const auto it = lastError_.constFind(reader);
    if (it == lastError_.constEnd()) return std::nullopt;
    return *it;
}

void ReaderGroup::startMember(TokenReader& reader) {
    if (reader.isWorking()) return;
    (void)reader.close();  // from whatever half state it was left in
    if (const DeviceResult r = reader.start(1000); !r) {
        qCInfo(lcDevice) << reader.description() << "not ready:" << r.error().message;
        lastError_[&reader] = r.error();
        (void)reader.close();
    } else {
        lastError_.remove(&reader);
    }
    emit readersChanged();
}

void ReaderGroup::startMissingNow() {
    if (isEnabled()) retryMissing();
}

void ReaderGroup::retryMissing() {
    for (const auto& r : readers_) {
        if (!r->isWorking()) startMember(*r);
    }
}

DeviceResult ReaderGroup::enableDevice(bool enabled) {
    if (!enabled) {
        retry_.stop();
        for (const auto& r : readers_) (void)r->setDeviceEnabled(false);
        return {};
    }
    // The group is usable even when some (or all) readers are missing: they may come later.
    for (const auto& r : readers_) startMember(*r);
    retry_.start();
    return {};
}

void ReaderGroup::closeDevice() {
    retry_.stop();
    for (const auto& r : readers_) (void)r->close();
}

}  // namespace ak::dev
