#pragma once
// The UnifiedPOS-shaped life cycle every device shares: open -> claim -> enable, and back.
// The signals are declared once here, so code that only watches devices needs no device type.
//
//   Closed --open()--> Idle (opened) --claim()--> claimed --setDeviceEnabled(true)--> enabled
//   Busy while output runs, Error after a failed output until the next success or clearError().
// Calls in the wrong order return DeviceError::Kind::InvalidState and change nothing.

#include "drivers/devices/DeviceError.h"

#include <QObject>
#include <QString>

namespace ak::dev {

enum class DeviceState { Closed, Idle, Busy, Error };
enum class PowerState { Unknown, Online, Off, Offline };

class PosDevice : public QObject {
    Q_OBJECT
public:
    // statusUpdated codes for power, as UnifiedPOS numbers them (SUE_POWER_*).
    enum PowerStatusCode { PowerOnline = 2001, PowerOff = 2002, PowerOffline = 2003 };

    explicit PosDevice(QObject* parent = nullptr);
    // Derived classes call close() in their own destructor: the hooks are virtual.
    ~PosDevice() override;

    DeviceResult open();
    DeviceResult claim(int timeoutMs);
    DeviceResult setDeviceEnabled(bool enabled);
    DeviceResult release();  // disables first if enabled
    DeviceResult close();    // releases first if claimed; closing a closed device is fine
    // open(), claim(), setDeviceEnabled(true): what an app does once at start; the first error stops it.
    DeviceResult start(int claimTimeoutMs);

    DeviceState state() const { return state_; }
    PowerState powerState() const { return power_; }
    bool isOpen() const { return state_ != DeviceState::Closed; }
    bool isClaimed() const { return claimed_; }
    bool isEnabled() const { return enabled_; }
    // Enabled and not in Error: a reader that listens, a printer that last worked. What the Devices
    // page, the kiosk and `aktivkafe devices` call "ready".
    bool isWorking() const { return enabled_ && state_ != DeviceState::Error; }
    // Leaves the Error state (the person at the till has seen the error).
    void clearError();
    // For logs and error messages: "simulated printer", "tcp 192.168.1.50:9100".
    virtual QString description() const = 0;

signals:
    void statusUpdated(int status);
    void errorOccurred(const ak::dev::DeviceError& error);
    void dataReceived();
    void outputComplete(int jobId);
    void stateChanged(ak::dev::DeviceState state);

protected:
    // Hooks for the concrete device; the base has already checked the order of calls.
    virtual DeviceResult openDevice() { return {}; }
    virtual DeviceResult claimDevice(int timeoutMs) { Q_UNUSED(timeoutMs) return {}; }
    virtual DeviceResult enableDevice(bool enabled) { Q_UNUSED(enabled) return {}; }
    virtual void releaseDevice() {}
    virtual void closeDevice() {}

    void setState(DeviceState state);
    void setPowerState(PowerState power);  // emits statusUpdated with the SUE_POWER_* code
    // InvalidState unless enabled; what output and input calls check first.
    DeviceResult requireEnabled(const QString& what) const;
    // Logs, enters Error, emits errorOccurred.
    void reportError(const DeviceError& error);

private:
    DeviceError invalid(const QString& what) const;

    DeviceState state_ = DeviceState::Closed;
    PowerState power_ = PowerState::Unknown;
    bool claimed_ = false;
    bool enabled_ = false;
};

QString toString(DeviceState state);

}  // namespace ak::dev
