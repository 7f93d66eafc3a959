#include "drivers/devices/PosDevice.h"

#include "drivers/Logging.h"

namespace ak::dev {

PosDevice::PosDevice(QObject* parent) : QObject(parent) {}

PosDevice::~PosDevice() = default;

DeviceError PosDevice::invalid(const QString& what) const {
    qCWarning(lcDevice) << description() << "refused" << what << "in state" << toString(state_)
                        << "claimed" << claimed_ << "enabled" << enabled_;
    return DeviceError::make(DeviceError::Kind::InvalidState, {});
}

DeviceResult PosDevice::open() {
    if (isOpen()) return invalid(QStringLiteral("open (already open)"));
    if (DeviceResult r = openDevice(); !r) return r;
    setState(DeviceState::Idle);
    qCDebug(lcDevice) << description() << "opened";
    return {};
}

DeviceResult PosDevice::claim(int timeoutMs) {
    if (!isOpen()) return invalid(QStringLiteral("claim before open"));
    if (claimed_) return {};  // UnifiedPOS: claiming again is harmless
    if (DeviceResult r = claimDevice(timeoutMs); !r) return r;
    claimed_ = true;
    return {};
}

DeviceResult PosDevice::setDeviceEnabled(bool enabled) {
    if (!claimed_) return invalid(QStringLiteral("enable before claim"));
    if (enabled == enabled_) return {};
    if (DeviceResult r = enableDevice(enabled); !r) return r;
    enabled_ = enabled;
    return {};
}

DeviceResult PosDevice::release() {
    if (!claimed_) return invalid(QStringLiteral("release without claim"));
    if (enabled_) {
        (void)enableDevice(false);  // going down: a failure to disable does not keep the claim
        enabled_ = false;
    }
    releaseDevice();
    claimed_ = false;
    return {};
}

DeviceResult PosDevice::close() {
    if (!isOpen()) return {};
    if (claimed_) (void)release();
    closeDevice();
    setState(DeviceState::Closed);
    qCDebug(lcDevice) << description() << "closed";
    return {};
}

void PosDevice::clearError() {
    if (state_ == DeviceState::Error) setState(DeviceState::Idle);
}

void PosDevice::setState(DeviceState state) {
    if (state == state_) return;
    state_ = state;
    emit stateChanged(state);
}

void PosDevice::setPowerState(PowerState power) {
    if (power == power_) return;
    power_ = power;
    switch (power) {
    case PowerState::Online: emit statusUpdated(PowerOnline); break;
    case PowerState::Off: emit statusUpdated(PowerOff); break;
    case PowerState::Offline: emit statusUpdated(PowerOffline); break;
    case PowerState::Unknown: break;
    }
}

DeviceResult PosDevice::requireEnabled(const QString& what) const {
    if (enabled_) return {};
    return invalid(what + QStringLiteral(" while not enabled"));
}

void PosDevice::reportError(const DeviceError& error) {
    qCWarning(lcDevice) << description() << DeviceError::kindName(error.kind) << "job" << error.jobId << error.message;
    if (isOpen()) setState(DeviceState::Error);
    emit errorOccurred(error);
}

QString toString(DeviceState state) {
    switch (state) {
    case DeviceState::Closed: return QStringLiteral("Closed");
    case DeviceState::Idle: return QStringLiteral("Idle");
    case DeviceState::Busy: return QStringLiteral("Busy");
    case DeviceState::Error: return QStringLiteral("Error");
    }
    return {};
}

DeviceResult PosDevice::start(int claimTimeoutMs) {
    DeviceResult r = open();
    if (r) r = claim(claimTimeoutMs);
    if (r) r = setDeviceEnabled(true);
    return r;
}

}  // namespace ak::dev
