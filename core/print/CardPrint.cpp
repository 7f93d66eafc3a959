#include "core/print/CardPrint.h"

namespace ak {

namespace {

// The card's fixed words, per café language. Not tr(), for the reasons in ReceiptBuilder.cpp: the
// card is printed in the café's language whatever the volunteer's screen shows, and core has no
// compiled translations to load for a second language.
struct CardWords {
    QString title;
    QString oneCup, cups;  // cups: "%1 kopper"
    QString unlimited;
    QString validThrough;  // "%1": the last valid day
    QString dayPass;       // "%1": the day
    QString noEnd;
    QString programme;     // "%1": the programme
    QString howTo;
    QString noName;
    QString dateFormat;  // short enough that every validity line fits 32 columns
};

const CardWords& wordsFor(QLocale::Language language) {
    static const CardWords nb{
        QStringLiteral("Kaffekort"),
        QStringLiteral("1 kopp"), QStringLiteral("%1 kopper"),
        QStringLiteral("Ubegrenset"),
        QStringLiteral("Gyldig til og med %1"),
        QStringLiteral("Gjelder i dag, %1"),
        QStringLiteral("Ingen utløpsdato"),
        QStringLiteral("Program: %1"),
        QStringLiteral("Skann koden på kiosken ved døra for å få kaffe."),
        QStringLiteral("Kortet har ikke navn – ta vare på det som på kontanter."),
        QStringLiteral("dd.MM.yyyy")};
    static const CardWords da{
        QStringLiteral("Kaffekort"),
        QStringLiteral("1 kop"), QStringLiteral("%1 kopper"),
        QStringLiteral("Ubegrænset"),
        QStringLiteral("Gælder til og med %1"),
        QStringLiteral("Gælder i dag, %1"),
        QStringLiteral("Ingen udløbsdato"),
        QStringLiteral("Forløb: %1"),
        QStringLiteral("Scan koden på kiosken ved døren for at få kaffe."),
        QStringLiteral("Kortet har intet navn – pas på det, som var det kontanter."),
        QStringLiteral("dd.MM.yyyy")};
    static const CardWords en{
        QStringLiteral("Coffee card"),
        QStringLiteral("1 cup"), QStringLiteral("%1 cups"),
        QStringLiteral("Unlimited"),
        QStringLiteral("Last valid day: %1"),
        QStringLiteral("Valid today, %1"),
        QStringLiteral("No expiry date"),
        QStringLiteral("Programme: %1"),
        QStringLiteral("Scan the code at the kiosk by the door to get a coffee."),
        QStringLiteral("The card has no name on it – look after it as you would cash."),
        QStringLiteral("d MMM yyyy")};
    if (language == QLocale::Danish) return da;
    if (language == QLocale::English) return en;
    return nb;  // Bokmål, and Nynorsk until it has its own words
}

QString holds(const CardWords& w, const CoffeeCard& card, const QLocale& locale) {
    if (!card.balance) return w.unlimited;
    return *card.balance == 1 ? w.oneCup : w.cups.arg(locale.toString(*card.balance));
}

// valid_until is the exclusive end in UTC (the start of the first local day the card no longer
// works); people want the last day it does work, in the café's time.
QString validity(const CardWords& w, const CoffeeCard& card, const CardPrintInfo& info) {
    if (!card.validUntil.isValid()) return w.noEnd;
    const QDate lastDay = card.validUntil.addMSecs(-1).toTimeZone(info.timeZone).date();
    const QString day = info.locale.toString(lastDay, w.dateFormat);
    return card.kind == CardKind::DayPass ? w.dayPass.arg(day) : w.validThrough.arg(day);
}

}  // namespace

QStringList CardPrint::codeLines(const CardCode& code) {
    // "AK1-XXXXX-XXXXX-XXXXX-XXXX-XXXX-XXXC": 36 characters do not fit 32 columns, and a hard break
    // in the middle of a group would be misread; the split after the third data group keeps both
    // halves short and the groups whole.
    const QString text = code.toString();
    const QStringList groups = text.split(u'-');
    if (groups.size() < 5) return {text};
    return {groups.mid(0, 4).join(u'-'), groups.mid(4).join(u'-')};
}

dev::PrintDocument CardPrint::build(const IssuedCard& issued, const CardPrintInfo& info) {
    using dev::TextStyle;
    const CardWords& w = wordsFor(info.locale.language());
    const CoffeeCard& card = issued.card;

    // The job title shows in the print queue; the type name says which card without the code.
    dev::PrintDocument doc(QStringLiteral("%1: %2").arg(w.title, card.typeName));
    doc.text(info.cafeName, TextStyle::centered().withBold())
        .feed(1)
        .text(w.title, TextStyle::centered().withDoubleSize().withBold())
        .text(card.typeName, TextStyle::centered().withBold())
        .rule()
        .text(holds(w, card, info.locale), TextStyle::centered().withBold())
        .text(validity(w, card, info), TextStyle::centered());
    if (card.kind == CardKind::Free && !card.programme.isEmpty())
        doc.text(w.programme.arg(card.programme), TextStyle::centered());
    doc.rule()
        .feed(1)
        .qr(issued.code.toString().toLatin1(), kQrModuleSize, kQrLevel);
    for (const QString& line : codeLines(issued.code)) doc.text(line, TextStyle::centered().withBold());
    doc.feed(1)
        .text(w.howTo, TextStyle::centered())
        .feed(1)
        .text(w.noName, TextStyle::centered())
        .cut();
    return doc;
}

}  // namespace ak
