// The X and Z reports on paper (issue 11, item 3): on the receipt printer, encoded for a generic
// 80 mm ESC/POS printer and read back with the simulator's renderer, compared line by line in nb and
// by their figures in da and en; as an A4 PDF sent through a private cupsd whose text (pdftotext) holds the totals.

#include "core/print/DayReportPrint.h"
#include "drivers/report/CupsReportPrint.h"
#include "drivers/report/PdfReport.h"
#include "tests/core/PaperLines.h"
#include "tests/core/ShiftTestFixture.h"
#include "tests/drivers/GuiAppFixture.h"
#include "tests/support/PrivateCupsd.h"
#include "tests/support/TestSupport.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QThread>

#include <boost/test/unit_test.hpp>

using namespace ak;
using namespace ak::test;
using namespace ak::test::paper;

BOOST_TEST_GLOBAL_FIXTURE(GuiAppFixture);  // the A4 page is painted with fonts

namespace {


const QTimeZone kOslo(QByteArrayLiteral("Europe/Oslo"));

// A short day: float 500, a coffee in cash (100 given), a bun by card, 150 out for milk, counted
// right by Kari, closed by Mona at 17:05 Oslo time.
ZReport shortDay(ShiftCafe& c) {
    c.clock.set(QDateTime(QDate(2025, 3, 6), QTime(9, 0), kOslo));
    c.open(c.kari);
    c.sellForCash({{"coffee", 1}}, 10000);
    c.sellByCard(c.draft({{"bun", 1}}));
    c.move(CashMovementKind::Out, 15000, "Melk");
    c.closeWith(c.cash({"", "1", "2", "", "1", "3", "", "", ""}));  // 5 + 20 + 50 + 300 = 375
    c.clock.set(QDateTime(QDate(2025, 3, 6), QTime(17, 5), kOslo));
    return valueOrFail(c.days.z(kTill, c.mona, c.journal, QStringLiteral("/srv/backup/aktivkafe-z1-till-1-x.sqlite")));
}

DayReportPrintInfo printInfo(QLocale locale, const QDateTime& at) {
    DayReportPrintInfo i;
    i.cafe.cafeName = QStringLiteral("Aktivkafé Grünerløkka");
    i.cafe.orgNumber = QStringLiteral("923609016");
    i.cafe.country = Country::Norway;
    i.cafe.vatRegistered = true;
    i.cafe.locale = locale;
    i.cafe.timeZone = kOslo;
    i.printedBy = QStringLiteral("Mona");
    i.printedAt = at;
    return i;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(day_report_print)

BOOST_AUTO_TEST_CASE(the_z_on_the_receipt_printer_in_three_languages) {
    ShiftCafe c;
    const ZReport z = shortDay(c);
    const QStringList nbLines = rendered(DayReportPrint::receipt(
        z.figures, z, printInfo(QLocale(QLocale::NorwegianBokmal, QLocale::Norway), z.takenAt)));
    BOOST_TEST_INFO("rendered:\n" << nbLines.join(u'\n'));
    for (const QString& expected :
         {centred("Z-rapport", true), centred("Org.nr. 923 609 016 MVA"), centred("Kasse till-1"), centred("Z-nr. 1"),
          centred("Salgsdag fra 06.03.2025 09:00"), centred("til 06.03.2025 17:05"),
          row("Salgskvitteringer (2)", "kr~60,00"), row("Returer (0)", "kr~0,00"), row("Netto salg", "kr~60,00"),
          row("Varesalg (1)", "kr~25,00"), row("Mat (1)", "kr~35,00"), row("Kontant (1)", "kr~25,00"),
          row("Kort (1)", "kr~35,00"), row("Kari (2)", "kr~60,00"), row("MVA 25 %", "kr~12,00"),
          row("Vekselkasse", "kr~500,00"), row("Uttak (1)", "kr~150,00"), row("Forventet i skuffen", "kr~375,00"),
          row("Opptalt", "kr~375,00"), row("Differanse i dagens tellinger", "kr~0,00"), row("Netto", "kr~60,00"),
          row("Sikkerhetskopi", "aktivkafe-z1-till-1-x.sqlite")})
        BOOST_TEST(nbLines.contains(expected), "missing: " << expected);
    // The journal's head after the Z, as `aktivkafe journal verify --head SEQ:HASH` wants it.
    BOOST_TEST(nbLines.contains(row(QString::number(z.journalHead.seq).toUtf8().constData(),
                                    z.journalHead.hash.left(16).toUtf8().constData())));

    const QStringList da = rendered(DayReportPrint::receipt(
        z.figures, z, printInfo(QLocale(QLocale::Danish, QLocale::Denmark), z.takenAt)));
    BOOST_TEST_INFO("rendered:\n" << da.join(u'\n'));
    // A Norwegian café's Z in Danish: Danish words and number format, the till's own currency.
    for (const QString& expected : {centred("Z-rapport", true), row("Salgsbonner (2)", "60,00~NOK"),
                                    row("Nettosalg", "60,00~NOK"), row("Forventet i skuffen", "375,00~NOK"),
                                    row("Optalt", "375,00~NOK")})
        BOOST_TEST(da.contains(expected), "missing: " << expected);
    const QStringList en = rendered(DayReportPrint::receipt(
        z.figures, z, printInfo(QLocale(QLocale::English, QLocale::UnitedKingdom), z.takenAt)));
    BOOST_TEST_INFO("rendered:\n" << en.join(u'\n'));
    for (const QString& expected : {centred("Z report", true), row("Sales receipts (2)", "NOK~60.00"),
                                    row("Net sales", "NOK~60.00"), row("Expected in drawer", "NOK~375.00"),
                                    row("Counted", "NOK~375.00"), row("Cash out (1)", "NOK~150.00")})
        BOOST_TEST(en.contains(expected), "missing: " << expected);
    // An X of the same day says the same, under its own title and without a Z number.
    const QStringList x = rendered(DayReportPrint::receipt(
        z.figures, std::nullopt, printInfo(QLocale(QLocale::NorwegianBokmal, QLocale::Norway), z.takenAt)));
    BOOST_TEST(x.contains(centred("X-rapport", true)));
    BOOST_TEST(!x.contains(centred("Z-nr. 1")));
    BOOST_TEST(x.contains(row("Netto salg", "kr~60,00")));
}

BOOST_AUTO_TEST_CASE(the_z_as_an_a4_pdf_through_cups_holds_the_totals) {
    for (const QString& tool : {kCupsd, kLpadmin, kCopyFilter, QStringLiteral("/usr/bin/pdftotext")})
        if (!QFile::exists(tool)) {
            BOOST_TEST_MESSAGE(tool.toStdString() << " is missing (Debian cups-daemon, cups-client, cups-core-drivers, "
                                                     "poppler-utils): the PDF through CUPS is not tested");
            return;
        }
    ShiftCafe c;
    const ZReport z = shortDay(c);
    // Saved as the till saves it, then sent to the report printer: a private cupsd whose queue
    // writes each job's PDF to a file.
    TempDir dir;
    auto saved = dev::PdfReport::write(
        DayReportPrint::a4(z.figures, z, printInfo(QLocale(QLocale::NorwegianBokmal, QLocale::Norway), z.takenAt)),
        dir.file(QStringLiteral("z-report-till-1-0001.pdf")));
    BOOST_TEST_REQUIRE(saved.ok(), (saved.ok() ? std::string() : saved.error().message.toStdString()));
    PrivateCupsd cupsd;
    const QString printed = cupsd.outputFile(QStringLiteral("kontor.pdf"));
    cupsd.addPdfFileQueue(QStringLiteral("Kontor"), printed);
    auto job = dev::CupsReportPrint::print(saved.value(), QStringLiteral("Kontor"), QStringLiteral("Z-rapport 1"),
                                           cupsd.server());
    BOOST_TEST_REQUIRE(job.ok(), (job.ok() ? std::string() : job.error().message.toStdString()));
    QByteArray pdf;
    for (QDeadlineTimer deadline(15000); !deadline.hasExpired(); QThread::msleep(50)) {
        QFile f(printed);
        if (f.open(QIODevice::ReadOnly)) pdf = f.readAll();
        if (pdf.startsWith("%PDF-") && pdf.trimmed().endsWith("%%EOF")) break;
    }
    BOOST_TEST_REQUIRE(pdf.startsWith("%PDF-"), "the queue wrote " << pdf.size() << " bytes");
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {printed, QStringLiteral("-")});
    BOOST_TEST_REQUIRE(text.waitForFinished(30'000));
    const QString got = QString::fromUtf8(text.readAllStandardOutput()).replace(QChar(0x00A0), u' ');
    BOOST_TEST_INFO("pdftotext:\n" << got);
    for (const char* expected : {"Z-rapport 1", "Salgskvitteringer (2)", "kr 60,00", "Forventet i skuffen", "kr 375,00",
                                 "Totaler siden start", "Aktivkafé Grünerløkka"})
        BOOST_TEST(got.contains(QString::fromUtf8(expected)), "missing: " << expected);
}

BOOST_AUTO_TEST_SUITE_END()
