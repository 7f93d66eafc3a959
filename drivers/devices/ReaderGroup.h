#pragma once
// Every token reader of one app as one: a kiosk with a QR scanner and an NFC reader is the normal
// case ([[devices.reader]] entries, any mix of wedge, HID POS, NFC and simulated readers). The group
// owns its readers, merges their reads into one tokenRead stream (each token keeps its readerId), and
// keeps trying the readers that are missing: one that could not start, or that went away (unplugged,
// pcscd stopped), is started again every retry interval, so plugging it back in is enough.
//
// A reader that cannot be built from its settings at all (unknown kind, bad path) is kept as a
// problem with its id, so the Devices page and `aktivkafe devices` can say which one and why.

#include "drivers/devices/TokenReader.h"

#include <QHash>
#include <QTimer>

#include <memory>
#include <vector>

namespace ak::dev {

class ReaderGroup : public TokenReader {
    Q_OBJECT
public:
    struct Problem {
        QString readerId;
        DeviceError error;
    };

    explicit ReaderGroup(int retryMs = 2000, QObject* parent = nullptr);
    ~ReaderGroup() override;

    void add(std::unique_ptr<TokenReader> reader);
    void addProblem(const QString& readerId, const DeviceError& error);

    QString readerId() const override { return QStringLiteral("readers"); }
    QString description() const override;

    // The readers, for the Devices page and `devices watch`; do not keep the pointers.
    std::vector<const TokenReader*> readers() const;
    // The reader with this id, or null. Use at once, do not keep.
    TokenReader* reader(const QString& readerId);
    const std::vector<Problem>& problems() const { return problems_; }
    // Readers started and listening now.
    int readyCount() const;
    // Why `reader` is not listening, in plain words (its last start failure or error); empty when it is.
    QString problemOf(const TokenReader* reader) const;
    // The same as an error, with its kind (the Devices page words it in the till's language).
    std::optional<DeviceError> errorOf(const TokenReader* reader) const;
    // Starts every missing reader now, not at the next retry (a device monitor saw hardware arrive).
    // Does nothing while the group is not enabled.
    void startMissingNow();

    // `reader` itself as a T, or the first reader of the group that is a T (the demo's walkthrough
    // finds its simulated scanner this way); nullptr when there is none. Use at once, do not keep.
    template <class T>
    static T* find(TokenReader* reader) {
        if (auto* t = qobject_cast<T*>(reader)) return t;
        if (auto* group = qobject_cast<ReaderGroup*>(reader)) {
            for (const auto& r : group->readers_)
                if (auto* t = qobject_cast<T*>(r.get())) return t;
        }
        return nullptr;
    }

signals:
    // A reader came or went (started, failed, stopped): what the Devices page shows changed.
    void readersChanged();

protected:
    DeviceResult enableDevice(bool enabled) override;
    void closeDevice() override;

private:
    void startMember(TokenReader& reader);
    void retryMissing();

    std::vector<std::unique_ptr<TokenReader>> readers_;
    std::vector<Problem> problems_;
    QHash<const TokenReader*, DeviceError> lastError_;
    QTimer retry_;
};

}  // namespace ak::dev
