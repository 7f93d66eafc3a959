// What the till makes of CUPS's printer-state-reasons (drivers/cups/CupsPrinterState): paper, cover
// and online from the reasons, which readings are news, and which refuse a job. No server needed;
// drivers_cups_ipp checks the same through a real cupsd and IPP printer.
#include "drivers/cups/CupsPrinterState.h"
#include "tests/support/TestSupport.h"

#include <boost/test/unit_test.hpp>

using namespace ak::dev;
using Paper = PrinterStatus::Paper;

namespace {

constexpr int kIdle = 3, kProcessing = 4, kStopped = 5;  // IPP printer-state

PrinterStatus from(int state, const char* reasons) {
    return cupsstate::fromReasons(state, QString::fromLatin1(reasons).split(u',', Qt::SkipEmptyParts));
}

CupsReading ready() {
    CupsReading r;
    r.serverAnswered = r.queueFound = r.queueReady = true;
    r.printer.drawerOpen.reset();
    return r;
}

CupsReading fromPrinter(const char* reasons, int state = kIdle) {
    CupsReading r = ready();
    r.fromPrinter = true;
    r.printer = from(state, reasons);
    return r;
}

CupsReading fromQueue(const char* reasons, bool duringJob) {
    CupsReading r = ready();
    r.duringJob = duringJob;
    r.printer = from(kIdle, reasons);
    return r;
}

std::optional<DeviceError::Kind> refusalKind(const CupsReading& r) {
    const auto e = cupsstate::refusal(r);
    return e ? std::optional(e->kind) : std::nullopt;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(cups_printer_state)

BOOST_AUTO_TEST_CASE(severity_suffixes_do_not_change_the_meaning) {
    BOOST_TEST(cupsstate::keyword(QStringLiteral("media-empty-error")) == QStringLiteral("media-empty"));
    BOOST_TEST(cupsstate::keyword(QStringLiteral("media-low-report")) == QStringLiteral("media-low"));
    BOOST_TEST(cupsstate::keyword(QStringLiteral("cover-open-warning")) == QStringLiteral("cover-open"));
    BOOST_TEST(cupsstate::keyword(QStringLiteral("offline")) == QStringLiteral("offline"));
    for (const char* r :
         {"media-empty", "media-empty-report", "media-empty-warning", "media-empty-error", "media-needed-error"})
        BOOST_TEST((from(kIdle, r).paper == Paper::Out), r);
}

BOOST_AUTO_TEST_CASE(paper_cover_jam_and_offline) {
    const PrinterStatus none = from(kIdle, "");
    BOOST_TEST((none.paper == Paper::Ok));
    BOOST_TEST(none.online);
    BOOST_TEST(none.canPrint());
    BOOST_TEST(!none.drawerOpen.has_value());  // CUPS cannot tell

    BOOST_TEST((from(kIdle, "media-low-report").paper == Paper::NearEnd));
    BOOST_TEST(from(kIdle, "media-low-report").canPrint());
    // Out wins over low, in any order.
    BOOST_TEST((from(kIdle, "media-low,media-empty").paper == Paper::Out));
    BOOST_TEST((from(kIdle, "media-empty,media-low").paper == Paper::Out));
    // Paper out is paper out: the printer is there and says so (not "offline").
    BOOST_TEST(from(kProcessing, "media-empty-warning,media-needed-warning").online);

    for (const char* r : {"cover-open-error", "door-open", "interlock-open-warning"})
        BOOST_TEST(from(kIdle, r).coverOpen, r);
    BOOST_TEST(from(kIdle, "media-jam-error").error);
    for (const char* r : {"offline-report", "shutdown"}) BOOST_TEST(!from(kIdle, r).online, r);
}

BOOST_AUTO_TEST_CASE(reasons_the_till_cannot_act_on_change_nothing) {
    // connecting-to-device comes at the start of every job; the rest are not about a receipt roll.
    BOOST_TEST(
        (from(kProcessing, "connecting-to-device,cups-waiting-for-job-completed,toner-low,other") == from(kIdle, "")));
}

BOOST_AUTO_TEST_CASE(a_stopped_printer_is_offline_unless_it_says_why) {
    BOOST_TEST(!from(kStopped, "").online);
    BOOST_TEST(!from(kStopped, "paused").online);
    const PrinterStatus out = from(kStopped, "media-empty-error");
    BOOST_TEST((out.paper == Paper::Out));
    BOOST_TEST(out.online);
}

BOOST_AUTO_TEST_CASE(the_printers_own_reasons_are_news_the_queues_only_during_a_job) {
    PrinterStatus last;
    last.drawerOpen.reset();
    // The printer itself: whatever it says now.
    BOOST_TEST((cupsstate::shown(fromPrinter("media-empty-report"), last, false).paper == Paper::Out));
    // The queue while our job runs: its backend keeps them current.
    BOOST_TEST((cupsstate::shown(fromQueue("media-empty-warning", true), last, false).paper == Paper::Out));
    // The queue while idle: cupsd keeps the last job's reasons after paper is back; the status
    // stays as it was (here: paper in), in both directions.
    BOOST_TEST((cupsstate::shown(fromQueue("media-empty-warning", false), last, false).paper == Paper::Ok));
    PrinterStatus wasOut = last;
    wasOut.paper = Paper::Out;
    BOOST_TEST((cupsstate::shown(fromQueue("", false), wasOut, false).paper == Paper::Out));
}

BOOST_AUTO_TEST_CASE(online_needs_the_server_the_queue_and_the_printer) {
    PrinterStatus last;
    BOOST_TEST(!cupsstate::shown(CupsReading{}, last, false).online);  // the server does not answer
    CupsReading stopped = ready();
    stopped.queueReady = false;
    BOOST_TEST(!cupsstate::shown(stopped, last, false).online);
    BOOST_TEST(cupsstate::shown(ready(), last, false).online);
    // The last job timed out: the queue alone does not say the printer is back...
    BOOST_TEST(!cupsstate::shown(ready(), last, true).online);
    // ...the printer answering does.
    BOOST_TEST(cupsstate::shown(fromPrinter(""), last, true).online);
    BOOST_TEST(!cupsstate::shown(fromPrinter("offline-report"), last, false).online);
}

BOOST_AUTO_TEST_CASE(what_refuses_a_job) {
    using K = DeviceError::Kind;
    BOOST_TEST((refusalKind(CupsReading{}) == K::Offline));
    CupsReading missing = ready();
    missing.queueFound = false;
    BOOST_TEST((refusalKind(missing) == K::NotFound));
    CupsReading stopped = ready();
    stopped.queueReady = false;
    BOOST_TEST((refusalKind(stopped) == K::Offline));

    BOOST_TEST((refusalKind(fromPrinter("media-empty-report")) == K::PaperOut));
    BOOST_TEST((refusalKind(fromPrinter("cover-open-report")) == K::CoverOpen));
    BOOST_TEST((refusalKind(fromPrinter("media-jam-error", kStopped)) == K::Offline));
    BOOST_TEST((refusalKind(fromPrinter("offline-report")) == K::Offline));
    BOOST_TEST(!refusalKind(fromPrinter("media-low-report")).has_value());  // near end still prints
    BOOST_TEST(!refusalKind(fromPrinter("")).has_value());
    // Reasons left on the queue from an earlier job never hold a receipt back.
    BOOST_TEST(!refusalKind(fromQueue("media-empty-warning", false)).has_value());
}

BOOST_AUTO_TEST_CASE(a_job_that_waited_for_paper_says_so_when_it_times_out) {
    BOOST_TEST((cupsstate::waitCause(from(kProcessing, "media-empty-warning")) == DeviceError::Kind::PaperOut));
    BOOST_TEST((cupsstate::waitCause(from(kProcessing, "cover-open-warning")) == DeviceError::Kind::CoverOpen));
    BOOST_TEST(!cupsstate::waitCause(from(kProcessing, "")).has_value());
    BOOST_TEST(!cupsstate::waitCause(from(kProcessing, "offline-report")).has_value());
}

BOOST_AUTO_TEST_SUITE_END()
