#include "core/print/DayReportPrint.h"

#include "core/money/MoneyFormat.h"

#include <QFileInfo>

#include <map>

namespace ak {

namespace {

struct Row {
    QString label;
    QString value;
    bool bold = false;
};

struct Section {
    QString heading;
    std::vector<Row> rows;
};

struct DayWords {
    QString xTitle, zTitle, zNumber, registerLabel, dayFrom, dayTo, printed, printedBy;
    QString sales, receipts, returns, net, discounts, voids, corrections, copies, training, drawerOpenings;
    QString groups, payments, operators, vatRates, vatNet, vatAmount, vatGross;
    QString cash, openingFloat, cashSales, payIns, payOuts, expected, counted, difference, openShifts;
    QString cards, cardsSold, cardsRedeemed, grand, grandSales, grandReturns, grandNet, backup, journal;
    QString cashM, cardM, mobileM, coffeeCardM, voucherM;
};

const DayWords& wordsFor(QLocale::Language language) {
    static const DayWords nb{
        QStringLiteral("X-rapport"), QStringLiteral("Z-rapport"), QStringLiteral("Z-nr."), QStringLiteral("Kasse"),
        QStringLiteral("Salgsdag fra"), QStringLiteral("til"), QStringLiteral("Skrevet ut"), QStringLiteral("Av"),
        QStringLiteral("Salg"), QStringLiteral("Salgskvitteringer"), QStringLiteral("Returer"),
        QStringLiteral("Netto salg"), QStringLiteral("Rabatter"), QStringLiteral("Annullerte salg"),
        QStringLiteral("Korrigerte linjer"), QStringLiteral("Kopikvitteringer"), QStringLiteral("Treningskvitteringer"),
        QStringLiteral("Skuff åpnet uten salg"), QStringLiteral("Varegrupper"), QStringLiteral("Betalingsmidler"),
        QStringLiteral("Selgere"), QStringLiteral("MVA-satser"), QStringLiteral("Grunnlag"), QStringLiteral("MVA"),
        QStringLiteral("Sum inkl. MVA"), QStringLiteral("Kontanter"), QStringLiteral("Vekselkasse"),
        QStringLiteral("Kontantsalg"), QStringLiteral("Innskudd"), QStringLiteral("Uttak"),
        QStringLiteral("Forventet i skuffen"), QStringLiteral("Opptalt"), QStringLiteral("Differanse i dagens tellinger"),
        QStringLiteral("Vakter ikke opptalt"), QStringLiteral("Kaffekort"), QStringLiteral("Solgt"),
        QStringLiteral("Innløste kopper"), QStringLiteral("Totaler siden start"), QStringLiteral("Salg"),
        QStringLiteral("Returer"), QStringLiteral("Netto"), QStringLiteral("Sikkerhetskopi"), QStringLiteral("Journal"),
        QStringLiteral("Kontant"), QStringLiteral("Kort"), QStringLiteral("Vipps"), QStringLiteral("Kaffekort"),
        QStringLiteral("Gavekort")};
    static const DayWords da{
        QStringLiteral("X-rapport"), QStringLiteral("Z-rapport"), QStringLiteral("Z-nr."), QStringLiteral("Kasse"),
        QStringLiteral("Salgsdag fra"), QStringLiteral("til"), QStringLiteral("Udskrevet"), QStringLiteral("Af"),
        QStringLiteral("Salg"), QStringLiteral("Salgsbonner"), QStringLiteral("Returer"), QStringLiteral("Nettosalg"),
        QStringLiteral("Rabatter"), QStringLiteral("Annullerede salg"), QStringLiteral("Rettede linjer"),
        QStringLiteral("Kopibonner"), QStringLiteral("Øvelsesbonner"), QStringLiteral("Skuffe åbnet uden salg"),
        QStringLiteral("Varegrupper"), QStringLiteral("Betalingsformer"), QStringLiteral("Ekspedienter"),
        QStringLiteral("Momssatser"), QStringLiteral("Grundlag"), QStringLiteral("Moms"),
        QStringLiteral("I alt inkl. moms"), QStringLiteral("Kontanter"), QStringLiteral("Byttepenge"),
        QStringLiteral("Kontantsalg"), QStringLiteral("Indskud"), QStringLiteral("Udtag"),
        QStringLiteral("Forventet i skuffen"), QStringLiteral("Optalt"), QStringLiteral("Difference i dagens optællinger"),
        QStringLiteral("Vagter ikke optalt"), QStringLiteral("Kaffekort"), QStringLiteral("Solgt"),
        QStringLiteral("Indløste kopper"), QStringLiteral("Totaler siden start"), QStringLiteral("Salg"),
        QStringLiteral("Returer"), QStringLiteral("Netto"), QStringLiteral("Sikkerhedskopi"), QStringLiteral("Journal"),
        QStringLiteral("Kontant"), QStringLiteral("Kort"), QStringLiteral("MobilePay"), QStringLiteral("Kaffekort"),
        QStringLiteral("Gavekort")};
    static const DayWords en{
        QStringLiteral("X report"), QStringLiteral("Z report"), QStringLiteral("Z no."), QStringLiteral("Register"),
        QStringLiteral("Business day from"), QStringLiteral("to"), QStringLiteral("Printed"), QStringLiteral("By"),
        QStringLiteral("Sales"), QStringLiteral("Sales receipts"), QStringLiteral("Returns"), QStringLiteral("Net sales"),
        QStringLiteral("Discounts"), QStringLiteral("Voided sales"), QStringLiteral("Corrected lines"),
        QStringLiteral("Copy receipts"), QStringLiteral("Training receipts"), QStringLiteral("Drawer opened, no sale"),
        QStringLiteral("Product groups"), QStringLiteral("Payment means"), QStringLiteral("Operators"),
        QStringLiteral("VAT rates"), QStringLiteral("Net"), QStringLiteral("VAT"), QStringLiteral("Gross"),
        QStringLiteral("Cash"), QStringLiteral("Opening float"), QStringLiteral("Cash sales"), QStringLiteral("Cash in"),
        QStringLiteral("Cash out"), QStringLiteral("Expected in drawer"), QStringLiteral("Counted"),
        QStringLiteral("Difference in the day's counts"), QStringLiteral("Shifts not counted"), QStringLiteral("Coffee cards"),
        QStringLiteral("Sold"), QStringLiteral("Cups redeemed"), QStringLiteral("Grand totals"), QStringLiteral("Sales"),
        QStringLiteral("Returns"), QStringLiteral("Net"), QStringLiteral("Backup"), QStringLiteral("Journal"),
        QStringLiteral("Cash"), QStringLiteral("Card"), QStringLiteral("Mobile"), QStringLiteral("Coffee card"),
        QStringLiteral("Voucher")};
    if (language == QLocale::Danish) return da;
    if (language == QLocale::English) return en;
    return nb;
}

QString methodName(const DayWords& w, const QString& key) {
    if (key == QLatin1String("cash")) return w.cashM;
    if (key == QLatin1String("card")) return w.cardM;
    if (key == QLatin1String("mobile")) return w.mobileM;
    if (key == QLatin1String("coffee_card")) return w.coffeeCardM;
    if (key == QLatin1String("voucher")) return w.voucherM;
    return key;
}

std::vector<Section> sections(const DayFigures& f, const std::optional<ZReport>& z, const DayReportPrintInfo& info,
                              QString* title, QStringList* header) {
    const DayWords& w = wordsFor(info.cafe.locale.language());
    const QLocale& loc = info.cafe.locale;
    const auto money = [&](const Money& m) { return formatMoney(m, loc); };
    const auto counted = [&](const QString& label, const CountAmount& c) {
        return Row{QStringLiteral("%1 (%2)").arg(label).arg(c.count), money(c.amount)};
    };
    const auto when = [&](const QDateTime& t) {
        return loc.toString(t.toTimeZone(info.cafe.timeZone), QStringLiteral("dd.MM.yyyy HH:mm"));
    };
    *title = z ? w.zTitle : w.xTitle;
    header->clear();
    *header << info.cafe.cafeName;
    if (const QString org = orgLine(info.cafe); !org.isEmpty()) *header << org;
    *header << QStringLiteral("%1 %2").arg(w.registerLabel, f.registerId);
    if (z) *header << QStringLiteral("%1 %2").arg(w.zNumber).arg(z->number);
    *header << QStringLiteral("%1 %2").arg(w.dayFrom, when(f.dayOpenedAt))
            << QStringLiteral("%1 %2").arg(w.dayTo, when(f.until))
            << QStringLiteral("%1 %2 · %3 %4").arg(w.printed, when(info.printedAt), w.printedBy, info.printedBy);

    std::vector<Section> out;
    out.push_back({w.sales,
                   {counted(w.receipts, f.receipts), counted(w.returns, f.returns),
                    Row{w.net, money(f.netSales()), true}, counted(w.discounts, f.discounts), counted(w.voids, f.voids),
                    Row{w.corrections, QString::number(f.lineCorrections)}, counted(w.copies, f.copies),
                    counted(w.training, f.training), Row{w.drawerOpenings, QString::number(f.drawerOpenings)}}});
    Section groups{w.groups, {}};
    for (const ArtGroupTotal& g : f.artGroups)
        groups.rows.push_back({QStringLiteral("%1 (%2)").arg(DayReportPrint::artGroupName(g.saftBasicId, loc.language()))
                                   .arg(g.quantity),
                               money(g.amount)});
    out.push_back(std::move(groups));
    Section pays{w.payments, {}};
    for (const PaymentTotal& p : f.payments) pays.rows.push_back(counted(methodName(w, p.method), {p.count, p.amount}));
    out.push_back(std::move(pays));
    Section ops{w.operators, {}};
    for (const OperatorTotal& o : f.operators) ops.rows.push_back(counted(o.name, {o.receipts, o.amount}));
    out.push_back(std::move(ops));
    Section vat{w.vatRates, {}};
    for (const VatTotal& v : f.vat) {
        vat.rows.push_back({QStringLiteral("%1 %2").arg(w.vatAmount, rateText(v.basisPoints, loc)), money(v.vat), true});
        vat.rows.push_back({QStringLiteral("  ") + w.vatNet, money(v.net)});
        vat.rows.push_back({QStringLiteral("  ") + w.vatGross, money(v.gross)});
    }
    out.push_back(std::move(vat));
    Section cash{w.cash,
                 {Row{w.openingFloat, money(f.openingFloat)}, Row{w.cashSales, money(f.totalCashSales)},
                  counted(w.payIns, f.payIns), counted(w.payOuts, f.payOuts),
                  Row{w.expected, money(f.expectedCash), true}}};
    if (f.openShifts > 0) {
        cash.rows.push_back({w.openShifts, QString::number(f.openShifts)});
    } else {
        cash.rows.push_back({w.counted, money(f.countedCash)});
        cash.rows.push_back({w.difference, money(f.countDifference), true});
    }
    out.push_back(std::move(cash));
    out.push_back({w.cards,
                   {Row{w.cardsSold, QString::number(f.cardsSold)}, Row{w.cardsRedeemed, QString::number(f.cardsRedeemed)}}});
    out.push_back({w.grand,
                   {Row{w.grandSales, money(f.grandTotalSales)}, Row{w.grandReturns, money(f.grandTotalReturn)},
                    Row{w.grandNet, money(f.grandTotalNet), true}}});
    if (z) {
        Section end{w.journal, {}};
        if (z->journalHead.seq > 0)
            end.rows.push_back({QString::number(z->journalHead.seq), z->journalHead.hash.left(16)});
        if (!z->backupFile.isEmpty()) end.rows.push_back({w.backup, QFileInfo(z->backupFile).fileName()});
        out.push_back(std::move(end));
    }
    return out;
}

}  // namespace

QString DayReportPrint::artGroupName(const QString& saftBasicId, QLocale::Language language) {
    struct Names { const char* nb; const char* da; const char* en; };
    // SAF-T PredefinedBasicID-04 (Norwegian names as published; Danish and English ours).
    static const std::map<QString, Names> names{
        {QStringLiteral("04003"), {"Varesalg", "Varesalg", "Sale of goods"}},
        {QStringLiteral("04006"), {"Mat", "Mad", "Food"}},
        {QStringLiteral("04011"), {"Mineralvann (brus)", "Sodavand", "Soft drinks"}},
        {QStringLiteral("04012"), {"Annen drikke (te, kaffe etc)", "Anden drikke (te, kaffe o.l.)", "Other drinks (tea, coffee etc)"}},
        {QStringLiteral("04014"), {"Andre varer", "Andre varer", "Other goods"}},
        {QStringLiteral("04015"), {"Inngangspenger", "Entré", "Entrance fee"}},
        {QStringLiteral("04016"), {"Inngangspenger fri adgang", "Fri entré", "Free entrance"}},
        {QStringLiteral("04999"), {"Øvrige", "Øvrige", "Other"}},
    };
    const auto it = names.find(saftBasicId);
    if (it == names.end()) return saftBasicId;
    const char* name = language == QLocale::Danish ? it->second.da : language == QLocale::English ? it->second.en : it->second.nb;
    return QString::fromUtf8(name);
}

dev::PrintDocument DayReportPrint::receipt(const DayFigures& figures, const std::optional<ZReport>& z,
                                           const DayReportPrintInfo& info) {
    using dev::TextStyle;
    QString title;
    QStringList header;
    const std::vector<Section> all = sections(figures, z, info, &title, &header);
    dev::PrintDocument doc(z ? QStringLiteral("%1 %2").arg(title).arg(z->number) : title);
    doc.text(title, TextStyle::centered().withDoubleSize().withBold());
    for (const QString& line : header) doc.text(line, TextStyle::centered());
    for (const Section& s : all) {
        doc.rule().text(s.heading, TextStyle{}.withBold());
        for (const Row& r : s.rows) doc.columns(r.label, r.value, r.bold ? TextStyle{}.withBold() : TextStyle{});
    }
    doc.feed(2).cut();
    return doc;
}

dev::ReportDocument DayReportPrint::a4(const DayFigures& figures, const std::optional<ZReport>& z,
                                       const DayReportPrintInfo& info) {
    QString title;
    QStringList header;
    const std::vector<Section> all = sections(figures, z, info, &title, &header);
    dev::ReportDocument doc;
    doc.kind = z ? QStringLiteral("z-report") : QStringLiteral("x-report");
    doc.title = z ? QStringLiteral("%1 %2").arg(title).arg(z->number) : title;
    doc.cafeName = info.cafe.cafeName;
    doc.period = header.mid(1).join(QStringLiteral(" · "));
    for (const Section& s : all) {
        dev::ReportSection section{s.heading, dev::ReportChart::None, {}};
        for (const Row& r : s.rows) section.rows.push_back({r.label, r.value, std::nullopt, r.bold});
        doc.sections.push_back(std::move(section));
    }
    return doc;
}

}  // namespace ak
