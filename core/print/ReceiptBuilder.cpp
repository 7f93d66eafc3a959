#include "core/print/ReceiptBuilder.h"

#include "core/money/MoneyFormat.h"

#include <cstdlib>

namespace ak {

namespace {

// The receipt's fixed words, per café language. Not tr(): tr() follows the translator installed
// for the screen, and a receipt must be in the café's language whatever the volunteer's screen
// shows. Loading a second QTranslator for the café's language would need the compiled .qm files,
// which live in the apps' resources (core and its tests do not have them), and the legal titles
// ("Salgskvittering", "KOPI", "Returkvittering") must never depend on a translation being present.
struct ReceiptWords {
    QString saleTitle, returnTitle, trainingTitle, copy;
    QString registerLabel, receiptNumber, dateTime, servedBy, returnOf, reason;
    QString subtotal, discount, total, rounding, vatAt, vatNet, vatAmount, vatGross;
    QString cash, card, mobile, coffeeCard, voucher, refundedIn, change;
};

const ReceiptWords& wordsFor(QLocale::Language language) {
    static const ReceiptWords nb{
        QStringLiteral("Salgskvittering"), QStringLiteral("Returkvittering"),
        QStringLiteral("Treningskvittering – IKKE KVITTERING FOR KJØP"), QStringLiteral("KOPI"),
        QStringLiteral("Kasse"), QStringLiteral("Kvitteringsnr."), QStringLiteral("Dato"), QStringLiteral("Betjent av"),
        QStringLiteral("Retur av kvittering nr."), QStringLiteral("Årsak"),
        QStringLiteral("Sum før rabatt"), QStringLiteral("Rabatt"), QStringLiteral("Totalt"),
        QStringLiteral("Øreavrunding"), QStringLiteral("MVA %1"), QStringLiteral("Grunnlag"), QStringLiteral("MVA"),
        QStringLiteral("Sum inkl. MVA"), QStringLiteral("Kontant"), QStringLiteral("Kort"), QStringLiteral("Vipps"),
        QStringLiteral("Kaffekort"), QStringLiteral("Gavekort"), QStringLiteral("Tilbakebetalt:"),
        QStringLiteral("Vekslepenger")};
    static const ReceiptWords da{
        QStringLiteral("Kvittering"), QStringLiteral("Returkvittering"),
        QStringLiteral("Øvelseskvittering – IKKE EN KVITTERING FOR KØB"), QStringLiteral("KOPI"),
        QStringLiteral("Kasse"), QStringLiteral("Bon nr."), QStringLiteral("Dato"), QStringLiteral("Ekspedient"),
        QStringLiteral("Retur af bon nr."), QStringLiteral("Årsag"),
        QStringLiteral("Sum før rabat"), QStringLiteral("Rabat"), QStringLiteral("I alt"),
        QStringLiteral("Øreafrunding"), QStringLiteral("Moms %1"), QStringLiteral("Grundlag"), QStringLiteral("Moms"),
        QStringLiteral("I alt inkl. moms"), QStringLiteral("Kontant"), QStringLiteral("Kort"),
        QStringLiteral("MobilePay"), QStringLiteral("Kaffekort"), QStringLiteral("Gavekort"),
        QStringLiteral("Tilbagebetalt:"), QStringLiteral("Byttepenge")};
    static const ReceiptWords en{
        QStringLiteral("Receipt"), QStringLiteral("Return receipt"),
        QStringLiteral("Training receipt – NOT A RECEIPT FOR PURCHASE"), QStringLiteral("COPY"),
        QStringLiteral("Register"), QStringLiteral("Receipt no."), QStringLiteral("Date"), QStringLiteral("Served by"),
        QStringLiteral("Return of receipt no."), QStringLiteral("Reason"),
        QStringLiteral("Subtotal"), QStringLiteral("Discount"), QStringLiteral("Total"),
        QStringLiteral("Cash rounding"), QStringLiteral("VAT %1"), QStringLiteral("Net"), QStringLiteral("VAT"),
        QStringLiteral("Gross"), QStringLiteral("Cash"), QStringLiteral("Card"), QStringLiteral("Mobile"),
        QStringLiteral("Coffee card"), QStringLiteral("Voucher"), QStringLiteral("Refunded as:"),
        QStringLiteral("Change")};
    if (language == QLocale::Danish) return da;
    if (language == QLocale::English) return en;
    return nb;  // Bokmål, and Nynorsk until it has its own words
}

QString methodName(const ReceiptWords& w, PaymentMethod m) {
    switch (m) {
        case PaymentMethod::Cash: return w.cash;
        case PaymentMethod::Card: return w.card;
        case PaymentMethod::Mobile: return w.mobile;
        case PaymentMethod::CoffeeCard: return w.coffeeCard;
        case PaymentMethod::Voucher: return w.voucher;
    }
    return w.cash;
}

}  // namespace

// The org number as the registers write it: "923 609 016" in Norway; Danish CVR numbers as typed.
// The designation follows the country, not the language: "MVA" is what Norwegian law requires
// after a VAT-registered seller's number; a Danish receipt names the CVR number.
QString orgLine(const ReceiptInfo& info) {
    if (info.orgNumber.isEmpty()) return {};
    if (info.country == Country::Denmark) return QStringLiteral("CVR %1").arg(info.orgNumber);
    QString digits = info.orgNumber;
    if (digits.size() == 9) digits = digits.left(3) + u' ' + digits.mid(3, 3) + u' ' + digits.mid(6);
    return info.vatRegistered ? QStringLiteral("Org.nr. %1 MVA").arg(digits) : QStringLiteral("Org.nr. %1").arg(digits);
}

QString rateText(int basisPoints, const QLocale& locale) {
    const QString number = basisPoints % 100 == 0 ? locale.toString(basisPoints / 100)
                                                  : locale.toString(basisPoints / 100.0, 'f', 2);
    return number + QStringLiteral(" %");
}

dev::PrintDocument ReceiptBuilder::build(const CompletedSale& sale, const ReceiptInfo& info, ReceiptCopy copy) {
    using dev::TextStyle;
    const ReceiptWords& w = wordsFor(info.locale.language());
    const QLocale& loc = info.locale;
    auto money = [&](const Money& m) { return formatMoney(m, loc); };
    const bool isReturn = sale.kind == SaleKind::Return;

    const QString title = sale.training ? w.trainingTitle : isReturn ? w.returnTitle : w.saleTitle;
    dev::PrintDocument doc(QStringLiteral("%1 %2").arg(title).arg(sale.receiptNumber));
    // The title is double size, the amounts normal size: the law wants the title larger.
    doc.text(title, TextStyle::centered().withDoubleSize().withBold());
    if (copy == ReceiptCopy::Copy) doc.text(w.copy, TextStyle::centered().withDoubleSize().withBold());
    doc.text(info.cafeName, TextStyle::centered().withBold());
    if (const QString org = orgLine(info); !org.isEmpty()) doc.text(org, TextStyle::centered());
    doc.rule()
        .columns(w.registerLabel, sale.registerId)
        .columns(w.receiptNumber, QString::number(sale.receiptNumber))
        .columns(w.dateTime, loc.toString(sale.createdAt.toTimeZone(info.timeZone), QStringLiteral("dd.MM.yyyy HH:mm")))
        .columns(w.servedBy, info.operatorName);
    if (isReturn) {
        doc.columns(w.returnOf, QString::number(sale.refersToReceiptNumber));
        doc.text(QStringLiteral("%1: %2").arg(w.reason, sale.returnReason));
    }
    doc.rule();
    for (const CompletedLine& l : sale.lines)
        doc.columns(QStringLiteral("%1 × %2").arg(std::abs(l.quantity)).arg(l.name), money(l.gross));
    doc.rule();
    if (!sale.discount.isZero()) {
        doc.columns(w.subtotal, money(sale.gross));
        const QString label = sale.discountReason.isEmpty() ? w.discount
                                                            : QStringLiteral("%1 (%2)").arg(w.discount, sale.discountReason);
        doc.columns(label, money(-sale.discount));
    }
    doc.columns(w.total, money(sale.total), TextStyle{}.withBold());
    if (!sale.rounding.isZero()) doc.columns(w.rounding, money(sale.rounding));

    if (info.vatRegistered && !sale.vat.empty()) {
        doc.rule();
        for (const VatRateTotal& v : sale.vat) {
            doc.text(w.vatAt.arg(rateText(v.basisPoints, loc)), TextStyle{}.withBold())
                .columns(w.vatNet, money(v.net))
                .columns(w.vatAmount, money(v.vat))
                .columns(w.vatGross, money(v.gross));
        }
    }

    doc.rule();
    if (isReturn) doc.text(w.refundedIn);
    for (const Payment& p : sale.payments) {
        // a coffee card's reference is the card's row id ("card 12"), nothing for the visitor
        const bool showReference = !p.reference.isEmpty() && p.method != PaymentMethod::CoffeeCard;
        const QString name = !showReference ? methodName(w, p.method)
                                                   : QStringLiteral("%1 %2").arg(methodName(w, p.method), p.reference);
        doc.columns(name, money(p.tendered));
    }
    if (!sale.change.isZero()) doc.columns(w.change, money(sale.change));
    doc.cut();  // the cut feeds the paper past the blade itself
    return doc;
}

}  // namespace ak
