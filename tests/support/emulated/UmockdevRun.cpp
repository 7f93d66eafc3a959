#include "tests/support/emulated/UmockdevRun.h"

#include <QFile>
#include <QList>
#include <QStandardPaths>

#pragma push_macro("signals")
#undef signals
#include <umockdev.h>
#pragma pop_macro("signals")

#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <vector>

#include <unistd.h>

namespace aktest {

Testbed::Testbed() : bed_(umockdev_testbed_new()) {}

Testbed::~Testbed() { g_object_unref(bed_); }

bool underUmockdev() {
    // umockdev_in_mock_environment() is only true once a testbed exists; the preload is what counts.
    return qEnvironmentVariable("LD_PRELOAD").contains(QLatin1String("libumockdev-preload"));
}

void reexecUnderUmockdev() {
    if (underUmockdev()) return;
    if (qEnvironmentVariableIsSet("AK_USB_TEST_REEXEC")) {
        std::fprintf(stderr, "umockdev-wrapper did not preload libumockdev-preload.so\n");
        std::_Exit(1);
    }
    qputenv("AK_USB_TEST_REEXEC", "1");
    gchar* wrapper = g_find_program_in_path("umockdev-wrapper");
    if (!wrapper) {
        std::fprintf(stderr, "umockdev-wrapper is not installed (Debian package umockdev): skipped\n");
        std::fflush(stderr);
        std::_Exit(77);
    }
    QFile cmdline(QStringLiteral("/proc/self/cmdline"));
    if (!cmdline.open(QIODevice::ReadOnly)) throw std::runtime_error("cannot read /proc/self/cmdline");
    const QList<QByteArray> args = cmdline.readAll().split('\0');
    std::vector<QByteArray> keep;
    keep.emplace_back(wrapper);
    char self[4096] = {};
    const ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
    keep.emplace_back(n > 0 ? QByteArray(self, n) : args.value(0));
    for (qsizetype i = 1; i < args.size(); ++i)
        if (!(i == args.size() - 1 && args[i].isEmpty())) keep.push_back(args[i]);  // trailing NUL
    std::vector<char*> argv;
    for (QByteArray& a : keep) argv.push_back(a.data());
    argv.push_back(nullptr);
    std::fflush(nullptr);
    execv(wrapper, argv.data());
    std::perror("execv umockdev-wrapper");
    std::_Exit(1);
}

QProcessEnvironment umockdevEnvironment(UMockdevTestbed* testbed, QProcessEnvironment base) {
    const QString preload = base.value(QStringLiteral("LD_PRELOAD"));
    if (!preload.contains(QLatin1String("libumockdev-preload"))) {
        // As umockdev-wrapper does it: the library by its soname, found where the loader looks.
        base.insert(QStringLiteral("LD_PRELOAD"), preload.isEmpty() ? QStringLiteral("libumockdev-preload.so.0")
                                                                    : QStringLiteral("libumockdev-preload.so.0:") + preload);
    }
    gchar* dir = umockdev_testbed_get_root_dir(testbed);
    base.insert(QStringLiteral("UMOCKDEV_DIR"), QString::fromUtf8(dir));
    g_free(dir);
    return base;
}

}  // namespace aktest
