// ak-device-rig: the apps against emulated devices (test-only; see RigHardware.h and RigScenario.h).
//
//   ak-device-rig check --bin DIR --out DIR
//       the end-to-end check of issue 12's "Done when" (CTest apps_devices_rig): exit 0 when every
//       step happened, 1 with the step that did not, 77 when umockdev, pcscd or vpcd is missing.
//   ak-device-rig serve --env FILE
//       plugs the devices in and keeps them there until SIGTERM or SIGINT: FILE gets the shell lines
//       (export …) that point a program at them, and FILE.toml the [devices] section naming them
//       (bench/idle.sh measures the kiosk with them attached; a person can try an app by hand).
//       Prints "ready" when FILE is written.

#include "tests/apps/rig/RigHardware.h"
#include "tests/apps/rig/RigScenario.h"
#include "tests/support/emulated/UmockdevRun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <exception>

#include <sys/socket.h>
#include <unistd.h>

namespace {

int gSignalPipe[2] = {-1, -1};
void onSignal(int) {
    const char b = 1;
    (void)!::write(gSignalPipe[1], &b, 1);
}

QString shellQuoted(const QString& s) { return u'\'' + QString(s).replace(u'\'', QStringLiteral("'\\''")) + u'\''; }

int serve(const QString& envFile) {
    ak::rig::RigHardware hardware;
    const QProcessEnvironment env = hardware.environment(QProcessEnvironment());
    QString lines;
    for (const QString& key : env.keys()) lines += QStringLiteral("export %1=%2\n").arg(key, shellQuoted(env.value(key)));
    QFile f(envFile);
    QFile toml(envFile + QStringLiteral(".toml"));
    if (!toml.open(QIODevice::WriteOnly) || toml.write(ak::rig::RigHardware::devicesConfig().toUtf8()) < 0 ||
        !f.open(QIODevice::WriteOnly) || f.write(lines.toUtf8()) < 0) {
        std::fprintf(stderr, "ak-device-rig: cannot write %s\n", qPrintable(envFile));
        return 1;
    }
    f.close();
    toml.close();
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, gSignalPipe) != 0) return 1;
    QSocketNotifier stop(gSignalPipe[0], QSocketNotifier::Read);
    QObject::connect(&stop, &QSocketNotifier::activated, qApp, &QCoreApplication::quit);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    std::printf("ready\n");
    std::fflush(stdout);
    return QCoreApplication::exec();
}

}  // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The apps against emulated USB printer, wedge scanner and NFC reader."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("mode"), QStringLiteral("check or serve"));
    parser.addOption({QStringLiteral("bin"), QStringLiteral("check: the folder of the programs."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("check: the folder for the café, logs and screenshots."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("env"), QStringLiteral("serve: the file for the environment."), QStringLiteral("FILE")});
    parser.process(app);
    const QStringList mode = parser.positionalArguments();
    const bool check = mode == QStringList{QStringLiteral("check")} && parser.isSet(QStringLiteral("bin")) &&
                       parser.isSet(QStringLiteral("out"));
    const bool serving = mode == QStringList{QStringLiteral("serve")} && parser.isSet(QStringLiteral("env"));
    if (!check && !serving) {
        std::fprintf(stderr, "usage: ak-device-rig check --bin DIR --out DIR | serve --env FILE\n");
        return 64;
    }
    if (const QString missing = ak::rig::RigHardware::missingTools(); !missing.isEmpty()) {
        std::printf("SKIP: %s\n", qPrintable(missing));
        return 77;
    }
    // umockdev's testbed sends udev's uevents through libudev in this process, which must see the
    // testbed's /sys: the rig runs under the preload library too (and so do the programs it starts).
    aktest::reexecUnderUmockdev();
    try {
        if (serving) return serve(parser.value(QStringLiteral("env")));
        ak::rig::RigScenario(parser.value(QStringLiteral("bin")), parser.value(QStringLiteral("out"))).run();
        return 0;
    } catch (const std::exception& e) {
        std::fflush(stdout);
        std::fprintf(stderr, "ak-device-rig: FAILED: %s\n", e.what());
        return 1;
    }
}
