#pragma once
// The global fixture of the suites that emulate scanners with umockdev's testbed in their own
// process (drivers_evdev, drivers_hidpos_replay): umockdev's preload library must be loaded, so a
// suite started without it starts itself again under umockdev-wrapper (run by hand or by CTest
// alike); without umockdev it exits 77, which CTest counts as skipped. Then a QCoreApplication for
// the readers' socket notifiers. Declare once: BOOST_TEST_GLOBAL_FIXTURE(UmockdevApp);
//
// glib's headers name a struct member "signals", which Qt defines as a keyword macro: include this
// header, not <umockdev.h> directly.

#include "drivers/devices/DeviceError.h"
#include "drivers/devices/TokenRead.h"

#include <QCoreApplication>
#include <QStandardPaths>

#include <boost/test/unit_test.hpp>

#pragma push_macro("signals")
#undef signals
#include <umockdev.h>
#pragma pop_macro("signals")

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <unistd.h>
#include <vector>

struct UmockdevApp {
    UmockdevApp() {
        auto& master = boost::unit_test::framework::master_test_suite();
        // umockdev_in_mock_environment() only answers true once a testbed exists (it looks at /sys),
        // so look for the preload library itself; the marker stops a second restart.
        if (!qEnvironmentVariable("LD_PRELOAD").contains(QStringLiteral("libumockdev-preload"))) {
            const QString wrapper = QStandardPaths::findExecutable(QStringLiteral("umockdev-wrapper"));
            if (wrapper.isEmpty() || qEnvironmentVariableIsSet("AK_UMOCKDEV_RESTARTED")) {
                std::fprintf(stderr, "umockdev-wrapper not found or not working: install umockdev; skipped\n");
                std::_Exit(77);
            }
            qputenv("AK_UMOCKDEV_RESTARTED", "1");
            const QByteArray w = wrapper.toLocal8Bit();
            std::vector<char*> args{const_cast<char*>(w.constData())};
            for (int i = 0; i < master.argc; ++i) args.push_back(master.argv[i]);
            args.push_back(nullptr);
            ::execv(w.constData(), args.data());
            std::fprintf(stderr, "cannot start %s: %s\n", w.constData(), std::strerror(errno));
            std::_Exit(1);
        }
        static int argc = 1;
        static char name[] = "drivers-umockdev";
        static char* argv[] = {name, nullptr};
        app = std::make_unique<QCoreApplication>(argc, argv);
        qRegisterMetaType<ak::dev::TokenRead>();
        qRegisterMetaType<ak::dev::DeviceError>();
    }
    std::unique_ptr<QCoreApplication> app;
};

// The message of a GError (freed), for BOOST_TEST_REQUIRE's output.
inline std::string takeMessage(GError* error) {
    std::string m = error ? error->message : "";
    if (error) g_error_free(error);
    return m;
}
