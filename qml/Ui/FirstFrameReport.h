#pragma once
// The apps' start-up report (header-only; QtCore + QtQuick): how long a kiosk takes to show its
// first frame and how much memory it needed, so that whoever installs one can check it on the
// café's own machine; bench/startup.sh measures it against a bare window the same way.
//
// With `--first-frame-probe T0_NS` (CLOCK_REALTIME nanoseconds, taken by the script just before it
// started this process; the apps read it in AppShell, the bare window with t0FromArguments()),
// attach() waits for the window's first frame, then prints one line on stdout
//     first_frame_ms=<milliseconds from t0 to the first frame> peak_rss_kb=<VmHWM so far>
// and quits the application (exit code 0). An option, not an environment variable: a kiosk must not
// quit because of something left in its environment.

#include <atomic>
#include <optional>
#include <cstdio>
#include <cstring>
#include <time.h>

#include <QCoreApplication>
#include <QMetaObject>
#include <QQuickWindow>
#include <QStringList>
#include <QtGlobal>

namespace ak::ui {

class FirstFrameReport {
public:
    // The value of `--first-frame-probe` in `arguments`, if given and a number of nanoseconds.
    static std::optional<qint64> t0FromArguments(const QStringList& arguments) {
        const qsizetype i = arguments.indexOf(QStringLiteral("--first-frame-probe"));
        if (i < 0 || i + 1 >= arguments.size()) return std::nullopt;
        bool ok = false;
        const qint64 t0 = arguments.at(i + 1).toLongLong(&ok);
        if (!ok) std::fputs("FirstFrameReport: --first-frame-probe needs nanoseconds\n", stderr);
        return ok ? std::optional<qint64>(t0) : std::nullopt;
    }

    // window: not owned; the probe connects to its frameSwapped once.
    static void attach(QQuickWindow* window, qint64 t0) {
        if (!window) return;
        // frameSwapped comes from the render thread with the threaded render loop: take the time
        // right there (direct connection), then ask the main thread to quit.
        QObject::connect(
            window, &QQuickWindow::frameSwapped, window,
            [t0] {
                static std::atomic_bool done{false};
                if (done.exchange(true)) return;
                const double ms = static_cast<double>(nowNs() - t0) / 1e6;
                std::printf("first_frame_ms=%.3f peak_rss_kb=%lld\n", ms, peakRssKb());
                std::fflush(stdout);
                QMetaObject::invokeMethod(
                    QCoreApplication::instance(), [] { QCoreApplication::exit(0); }, Qt::QueuedConnection);
            },
            static_cast<Qt::ConnectionType>(Qt::DirectConnection | Qt::SingleShotConnection));
    }

    // Same for the root object of a QQmlApplicationEngine (does nothing if it is not a QQuickWindow).
    static void attach(QObject* root, qint64 t0) { attach(qobject_cast<QQuickWindow*>(root), t0); }

    static qint64 nowNs() {
        timespec ts{};
        clock_gettime(CLOCK_REALTIME, &ts);
        return static_cast<qint64>(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
    }

    // Peak resident set size of this process (VmHWM in /proc/self/status), in kB; -1 if unknown.
    static long long peakRssKb() {
        std::FILE* f = std::fopen("/proc/self/status", "r");
        if (!f) return -1;
        char line[256];
        long long kb = -1;
        while (std::fgets(line, sizeof line, f)) {
            if (std::strncmp(line, "VmHWM:", 6) == 0) {
                std::sscanf(line + 6, "%lld", &kb);
                break;
            }
        }
        std::fclose(f);
        return kb;
    }
};

}  // namespace ak::ui
