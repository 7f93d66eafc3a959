#pragma once
// Programs under umockdev's preload library, which redirects /sys, /dev and ioctl() to a testbed:
// a test binary that makes its testbed in its own process starts itself again under it, and the
// device rig starts the apps under it, pointed at the rig's testbed.

#include <QProcessEnvironment>
#include <QString>

typedef struct _UMockdevTestbed UMockdevTestbed;

namespace aktest {

// A umockdev testbed, its folder removed with it. Making one points this process's UMOCKDEV_DIR at
// it: one testbed per process.
class Testbed {
public:
    Testbed();
    ~Testbed();
    Testbed(const Testbed&) = delete;
    Testbed& operator=(const Testbed&) = delete;
    UMockdevTestbed* get() const { return bed_; }

private:
    UMockdevTestbed* bed_;
};

// Whether umockdev's preload library is loaded into this process.
bool underUmockdev();

// Runs the current test binary again under umockdev-wrapper when it is not under umockdev's preload
// library already. Returns only when already there; exits 77 (skipped) when umockdev is missing.
void reexecUnderUmockdev();

// `base` with umockdev's preload library in front of LD_PRELOAD and UMOCKDEV_DIR set to `testbed`'s
// folder: a program started with it sees the testbed's devices, and its ioctl()s on their nodes
// reach the handlers attached in this process.
QProcessEnvironment umockdevEnvironment(UMockdevTestbed* testbed,
                                        QProcessEnvironment base = QProcessEnvironment::systemEnvironment());

}  // namespace aktest
