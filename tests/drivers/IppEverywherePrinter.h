#pragma once
// A virtual IPP Everywhere printer for the CUPS tests (TESTING.md "CUPS"): CUPS's own ippeveprinter
// on a free loopback port, with everything in a temporary folder and stopped when the object goes.
// Each document it prints is kept (printed()); its paper can be taken away or run low (setPaper),
// which it reports as printer-state-reasons media-empty / media-low, and a job can run out of paper
// while it prints (runOutDuringNextJob).
//
// ippeveprinter (Debian 12, CUPS 2.4.2) will not start unless it reaches a D-Bus system bus: it
// creates its Avahi client even with "-r off" ("Unable to initialize DNS-SD" otherwise). No
// avahi-daemon is needed: the client waits for one that never comes, and nothing is advertised.
// So the printer gets a private dbus-daemon on a socket in its folder; no system service runs.

#include "tests/support/PrivateCupsd.h"

#include <QList>
#include <QProcess>

namespace ak::test {

class IppEverywherePrinter {
public:
    // Exits 77 (CTest: skipped) when ippeveprinter, dbus-daemon or CUPS's ipp backend is missing.
    static void skipUnlessInstalled();

    IppEverywherePrinter();
    ~IppEverywherePrinter();
    IppEverywherePrinter(const IppEverywherePrinter&) = delete;
    IppEverywherePrinter& operator=(const IppEverywherePrinter&) = delete;

    // ipp://127.0.0.1:PORT/ipp/print: a device URI for a CUPS queue.
    QString uri() const;

    // What its paper tray holds, set through the printer's own media page (the web form
    // ippeveprinter offers for testing): Empty reports media-empty (a job waits in the printer
    // until paper is in), Low media-low (it prints), Full neither. Full also ends a job waiting in
    // runOutDuringNextJob.
    enum class Paper { Full, Low, Empty };
    void setPaper(Paper paper);
    // The next job reports media-empty while it prints and waits until setPaper(Full).
    void runOutDuringNextJob();

    // Every document printed so far, in job order (what came out, byte for byte).
    QList<QByteArray> printed() const;

private:
    void startBus();
    void startPrinter();
    void writeFile(const QString& name, const QByteArray& text, bool executable = false) const;

    TempDir dir_;
    quint16 port_;
    QProcess bus_;
    QProcess printer_;
};

// A raw queue on `cupsd` sending to `deviceUri` through CUPS's ipp backend.
void addIppQueue(const PrivateCupsd& cupsd, const QString& name, const QString& deviceUri);

}  // namespace ak::test
