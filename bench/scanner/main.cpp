// Scanner latency benchmark (bench/scanner.sh): the time from a keyboard-wedge scanner's last key
// event (the Enter that ends a code) to the reader's tokenRead signal, through the real
// EvdevWedgeReader on an evdev node emulated by umockdev (the machines have no /dev/uinput).
//
// The program starts itself again under umockdev-wrapper (umockdev's preload library must be
// loaded before anything opens /dev), makes the testbed with the tests' scanner description, and
// writes struct input_event records straight into the node's other end: a 36-character card code
// on the US layout, then the Enter press with the clock read just before it is written. The
// reader, on this thread's event loop as in the kiosk, decodes and emits; the clock is read again
// in the slot. Prints one line: "runs=N p50_us=… p95_us=… p99_us=… max_us=…".
//
//   ak-bench-scanner-latency [RUNS] [DATA_DIR]   (default 1000 runs, the tests' data folder)

#include "drivers/input/EvdevWedgeReader.h"

#include <QCoreApplication>
#include <QStandardPaths>
#include <QTimer>

#pragma push_macro("signals")
#undef signals
#include <umockdev.h>
#pragma pop_macro("signals")

#include <linux/input-event-codes.h>
#include <linux/input.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <vector>

#include <unistd.h>

namespace {

using Clock = std::chrono::steady_clock;
const char* const kNode = "/dev/input/event5";

void restartUnderUmockdev(char** argv) {
    if (qEnvironmentVariable("LD_PRELOAD").contains(QStringLiteral("libumockdev-preload"))) return;
    const QString wrapper = QStandardPaths::findExecutable(QStringLiteral("umockdev-wrapper"));
    if (wrapper.isEmpty() || qEnvironmentVariableIsSet("AK_UMOCKDEV_RESTARTED")) {
        std::fprintf(stderr, "umockdev-wrapper not found: install umockdev\n");
        std::exit(77);
    }
    qputenv("AK_UMOCKDEV_RESTARTED", "1");
    const QByteArray w = wrapper.toLocal8Bit();
    std::vector<char*> args{const_cast<char*>(w.constData())};
    for (char** a = argv; *a; ++a) args.push_back(*a);
    args.push_back(nullptr);
    ::execv(w.constData(), args.data());
    std::perror("execv umockdev-wrapper");
    std::exit(1);
}

// The evdev key code and shift state for a character of a card code on the US layout.
std::pair<int, bool> keyFor(char c) {
    static const int letters[26] = {KEY_A, KEY_B, KEY_C, KEY_D, KEY_E, KEY_F, KEY_G, KEY_H, KEY_I,
                                    KEY_J, KEY_K, KEY_L, KEY_M, KEY_N, KEY_O, KEY_P, KEY_Q, KEY_R,
                                    KEY_S, KEY_T, KEY_U, KEY_V, KEY_W, KEY_X, KEY_Y, KEY_Z};
    if (c >= 'A' && c <= 'Z') return {letters[c - 'A'], true};
    if (c >= '1' && c <= '9') return {KEY_1 + (c - '1'), false};
    if (c == '0') return {KEY_0, false};
    return {KEY_MINUS, false};
}

void append(std::vector<input_event>& out, int code, int value) {
    input_event e{};
    e.type = EV_KEY;
    e.code = static_cast<__u16>(code);
    e.value = value;
    out.push_back(e);
    input_event sync{};
    sync.type = EV_SYN;
    out.push_back(sync);
}

bool writeAll(int fd, const std::vector<input_event>& events) {
    const char* p = reinterpret_cast<const char*>(events.data());
    size_t left = events.size() * sizeof(input_event);
    while (left > 0) {
        const ssize_t n = ::write(fd, p, left);
        if (n <= 0) return false;
        p += n;
        left -= size_t(n);
    }
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    restartUnderUmockdev(argv);
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 1000;
    const QByteArray data = argc > 2 ? QByteArray(argv[2]) : QByteArray(AK_BENCH_INPUT_DATA);

    UMockdevTestbed* bed = umockdev_testbed_new();
    GError* error = nullptr;
    if (!umockdev_testbed_add_from_file(bed, QByteArray(data + "/scanner-kbd.umockdev").constData(), &error) ||
        !umockdev_testbed_load_ioctl(bed, kNode, QByteArray(data + "/scanner-kbd.ioctl").constData(), &error)) {
        std::fprintf(stderr, "testbed: %s\n", error ? error->message : "?");
        return 1;
    }
    const int master = umockdev_testbed_get_dev_fd(bed, kNode);

    ak::dev::EvdevWedgeReader::Settings settings;
    settings.path = QString::fromLatin1(kNode);
    settings.layout = QStringLiteral("us");
    settings.grab = false;  // the recorded ioctls have no grab; the grab costs nothing per key anyway
    ak::dev::EvdevWedgeReader reader(settings);
    if (const auto started = reader.start(1000); !started || master < 0) {
        std::fprintf(stderr, "reader: %s\n", started ? "no device fd" : qPrintable(started.error().message));
        return 1;
    }

    const char code[] = "AK1-7QKXB-5M3TZ-R8D0W-JH2F-4NCV-9YA6";
    std::vector<input_event> body;
    for (const char* c = code; *c; ++c) {
        const auto [key, shift] = keyFor(*c);
        if (shift) append(body, KEY_LEFTSHIFT, 1);
        append(body, key, 1);
        append(body, key, 0);
        if (shift) append(body, KEY_LEFTSHIFT, 0);
    }
    std::vector<input_event> enter;
    append(enter, KEY_ENTER, 1);
    std::vector<input_event> release;
    append(release, KEY_ENTER, 0);

    std::vector<double> latencies;
    latencies.reserve(size_t(runs));
    Clock::time_point sentAt;
    int wrong = 0;
    QObject::connect(&reader, &ak::dev::TokenReader::tokenRead, &app, [&](const ak::dev::TokenRead& t) {
        const auto now = Clock::now();
        if (t.text != QLatin1String(code)) ++wrong;
        latencies.push_back(std::chrono::duration<double, std::micro>(now - sentAt).count());
    });
    // One code at a time, each when the event loop is idle, as codes come from a hand at a door.
    int sent = 0;
    std::function<void()> next = [&] {
        if (sent > int(latencies.size())) {  // the last one has not come yet
            QTimer::singleShot(1, &app, next);
            return;
        }
        if (sent == runs) {
            app.quit();
            return;
        }
        if (!writeAll(master, body)) std::exit(1);
        // Let the code's keys arrive first, so the clock measures the last key alone.
        QTimer::singleShot(5, &app, [&] {
            sentAt = Clock::now();
            if (!writeAll(master, enter) || !writeAll(master, release)) std::exit(1);
            ++sent;
            QTimer::singleShot(2, &app, next);
        });
    };
    QTimer::singleShot(0, &app, next);
    QTimer::singleShot(120000, &app, [&] { app.quit(); });
    app.exec();
    (void)reader.close();
    g_object_unref(bed);

    if (latencies.size() != size_t(runs) || wrong != 0) {
        std::fprintf(stderr, "got %zu of %d codes, %d wrong\n", latencies.size(), runs, wrong);
        return 1;
    }
    std::sort(latencies.begin(), latencies.end());
    const auto at = [&](double q) { return latencies[std::min(latencies.size() - 1, size_t(q * double(latencies.size())))]; };
    std::printf("runs=%d p50_us=%.0f p95_us=%.0f p99_us=%.0f max_us=%.0f\n", runs, at(0.50), at(0.95), at(0.99),
                latencies.back());
    return 0;
}
