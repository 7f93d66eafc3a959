#pragma once
// Emulated USB receipt printers for the USB suite and the device rig: a umockdev testbed (fake sysfs
// and /dev) with one ioctl handler per device node that plays the printer's side of usbdevfs. It
// takes whatever bulk OUT data comes (kept for the test to compare), answers string descriptor
// requests, gives scripted bytes on the bulk IN endpoint, plays usblp being attached, and can be
// unplugged mid-transfer.
//
// The handler runs on umockdev's own worker thread (not the test's), so every piece of state below
// is behind one mutex. The programs that talk to the printers run under umockdev's preload library:
// the test itself (UsbTest.cpp, reexecUnderUmockdev()) or the apps the rig starts (UmockdevRun.h).

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

#include <memory>
#include <mutex>
#include <vector>

typedef struct _UMockdevTestbed UMockdevTestbed;
typedef struct _UMockdevIoctlBase UMockdevIoctlBase;
typedef struct _UMockdevIoctlClient UMockdevIoctlClient;
typedef struct _UMockdevIoctlData UMockdevIoctlData;
typedef struct _GMainContext GMainContext;
typedef struct _GSource GSource;

namespace aktest {

// What one emulated device looks like from the outside.
struct UsbDeviceSpec {
    QByteArray descriptorsHex;  // device + configuration descriptors, as sysfs "descriptors"
    quint16 vendorId = 0;
    quint16 productId = 0;
    QString manufacturer;
    QString product;
    QString serial;
    int port = 2;                      // on the root hub of bus 1: the device is "1-<port>"
    int devnum = 2;                    // /dev/bus/usb/001/<devnum>
    bool kernelDriverAttached = true;  // usblp holds the printer interface until detached
    bool claimedElsewhere = false;     // another program holds the interface: claiming says EBUSY
};

// Descriptors used by the tests (also fed to the pure descriptor matching).
namespace descriptors {
// Epson TM-T88V as 04b8:0202: one vendor-specific interface (0xff) with bulk OUT 0x01, bulk IN 0x82.
extern const char* const epsonVendorClass;
// A generic 80 mm printer 0416:5011: class 7/1/2 with bulk OUT 0x02, bulk IN 0x81.
extern const char* const printerClass;
// A class-7 printer with only a bulk OUT endpoint (protocol 1, unidirectional), 0fe6:811e.
extern const char* const printerClassOutOnly;
// A USB keyboard (HID, interrupt IN): never a printer.
extern const char* const keyboard;
// A vendor-specific gadget of an unknown vendor (1234:5678) with bulk OUT 0x01.
extern const char* const unknownVendorClass;
}  // namespace descriptors

// An Epson TM-T88V as its USB descriptors and strings give it: 04b8:0202, "EPSON", "TM-T88V",
// the vendor-class interface of descriptors::epsonVendorClass.
UsbDeviceSpec epsonTmT88v(const QString& serial, int port = 2, int devnum = 2);

class FakeUsbDevice;

class UsbTestbed {
public:
    UsbTestbed();
    ~UsbTestbed();
    UsbTestbed(const UsbTestbed&) = delete;
    UsbTestbed& operator=(const UsbTestbed&) = delete;

    // Adds (or re-adds after unplug) a device; the returned fake stays valid until the testbed goes.
    FakeUsbDevice& add(const UsbDeviceSpec& spec);
    // Plugs a device back in that unplug() took away: a fresh node, a fresh handler state.
    void replug(FakeUsbDevice& device);
    // Takes the device away: outstanding transfers fail as "no device", sysfs and /dev entries go.
    void unplug(FakeUsbDevice& device);
    UMockdevTestbed* testbed() const { return testbed_; }
    QString rootDir() const;

private:
    UMockdevTestbed* testbed_ = nullptr;
    std::vector<std::unique_ptr<FakeUsbDevice>> devices_;
};

class FakeUsbDevice {
public:
    explicit FakeUsbDevice(UsbDeviceSpec spec);
    ~FakeUsbDevice();

    const UsbDeviceSpec& spec() const { return spec_; }
    QString sysPath() const;
    QString devNode() const;
    QString umockdevText() const;

    // Everything the host sent on the bulk OUT endpoint, and how it came in (one entry per URB).
    QByteArray written() const;
    QList<int> outTransferSizes() const;
    // Bytes for the host on the bulk IN endpoint (given at the next IN transfer).
    void pushIn(const QByteArray& bytes);
    // When the host sends exactly `request` on OUT, `reply` follows on IN.
    void replyTo(const QByteArray& request, const QByteArray& reply);
    // OUT transfers stay pending (a printer that stopped taking data): the host's timeout fires.
    void setStallOut(bool stall);
    // With nothing to say, answer IN transfers at once with an empty packet (some printers do).
    void setEmptyInAnswers(bool empty);
    int inSubmitCount() const;
    // The device is unplugged once this many OUT bytes arrived (the URB that crosses it is cut
    // there): its transfers end as "no device". The test removes it from sysfs with unplug() after.
    void unplugAfterOutBytes(qint64 bytes);
    int detachCount() const;
    int attachCount() const;
    int claimCount() const;
    int releaseCount() const;
    bool kernelDriverAttached() const;

    // How long a reap with nothing to give waits for a transfer to end before it answers "nothing
    // yet" (EAGAIN). 0, the default: at once, after a 1-ms pause. umockdev's node always polls
    // ready, so a program waiting in libusb asks again and again; waiting here lets it idle as on
    // a real printer (the device rig's kiosk, measured for its idle CPU), but whatever else its
    // libusb thread has to do (a new job, closing) then starts up to that much later.
    void setIdleReapWait(int ms);

    // Ends every outstanding transfer as "device gone"; later requests fail with ENODEV.
    void markGone();
    void markGoneLocked();
    void reset();  // a replugged device starts over (captured bytes are kept)

    UMockdevIoctlBase* handler() const { return handler_; }

private:
    static int onIoctl(UMockdevIoctlBase*, UMockdevIoctlClient* client, void* self);
    static void onVanished(UMockdevIoctlBase*, UMockdevIoctlClient*, void* self);
    struct Urb {
        UMockdevIoctlData* urb = nullptr;     // owns a reference
        UMockdevIoctlData* buffer = nullptr;  // child of urb (the resolved data buffer), not owned
        unsigned long clientAddr = 0;
        unsigned char type = 0;
        unsigned char endpoint = 0;
        UMockdevIoctlClient* client = nullptr;  // whose URB (not owned)
    };
    bool handleIoctl(UMockdevIoctlClient* client);
    void completeLocked(Urb urb, int status, int actualLength);
    void serveInLocked();
    void completeControlLocked(Urb urb);
    // Gives the client its next completed URB and ends its reap; false when it has none.
    bool reapLocked(UMockdevIoctlClient* client);
    // The client's reap waits (setIdleReapWait) until one of its URBs completes or the time is up.
    void waitForReapLocked(UMockdevIoctlClient* client);
    void wakeReapsLocked(UMockdevIoctlClient* client);  // nullptr: every waiting one
    static int onReapReady(void* self);
    void release(Urb& urb);

    UsbDeviceSpec spec_;
    UMockdevIoctlBase* handler_ = nullptr;
    mutable std::mutex mutex_;
    std::vector<Urb> pendingIn_;
    std::vector<Urb> pendingOut_;  // stalled
    std::vector<Urb> completed_;   // waiting to be reaped
    QByteArray inQueue_;
    QByteArray written_;
    QList<int> outSizes_;
    QList<QPair<QByteArray, QByteArray>> replies_;
    bool stallOut_ = false;
    bool emptyIn_ = false;
    int inSubmits_ = 0;
    bool gone_ = false;
    qint64 unplugAfter_ = -1;
    bool driverAttached_ = true;
    int detaches_ = 0;
    int attaches_ = 0;
    int claims_ = 0;
    int releases_ = 0;
    struct WaitingReap {
        UMockdevIoctlClient* client = nullptr;  // owns a reference
        GSource* ready = nullptr;               // owns a reference; dispatched at the time or when woken
    };
    std::vector<WaitingReap> waitingReaps_;
    GMainContext* handlerContext_ = nullptr;  // where umockdev runs the handler (owns a reference)
    int reapWaitMs_ = 0;
};

}  // namespace aktest
