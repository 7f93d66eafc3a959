#include "core/print/ServingSlip.h"

namespace ak {

namespace {

struct ServingWords {
    QString title;
    QString yourNumber;
    QString showIt;
};

const ServingWords& wordsFor(QLocale::Language language) {
    static const ServingWords nb{QStringLiteral("Kaffe"), QStringLiteral("Nummeret ditt"),
                                 QStringLiteral("Vis lappen i disken, så får du kaffen.")};
    static const ServingWords da{QStringLiteral("Kaffe"), QStringLiteral("Dit nummer"),
                                 QStringLiteral("Vis sedlen ved disken, så får du kaffen.")};
    static const ServingWords en{QStringLiteral("Coffee"), QStringLiteral("Your number"),
                                 QStringLiteral("Show this slip at the counter for your coffee.")};
    if (language == QLocale::Danish) return da;
    if (language == QLocale::English) return en;
    return nb;
}

}  // namespace

dev::PrintDocument ServingSlip::build(int servingNumber, const QString& what, const QDateTime& at,
                                      const SignupPrintInfo& info) {
    using dev::TextStyle;
    const ServingWords& w = wordsFor(info.locale.language());
    const QString number = QString::number(servingNumber);
    dev::PrintDocument doc(QStringLiteral("%1 %2").arg(w.title, number));
    doc.text(info.cafeName, TextStyle::centered().withBold())
        .rule()
        .text(w.yourNumber, TextStyle::centered())
        .text(number, TextStyle::centered().withDoubleSize().withBold())
        .text(what, TextStyle::centered())
        .text(at.toTimeZone(info.timeZone).toString(QStringLiteral("HH:mm")), TextStyle::centered())
        .rule()
        .text(w.showIt, TextStyle::centered())
        .cut();
    return doc;
}

}  // namespace ak
