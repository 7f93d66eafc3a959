#include "core/print/SignupSlip.h"

#include "drivers/print/CodePage.h"

#include <QTextBoundaryFinder>

namespace ak {

namespace {

// The slip's fixed words, per café language. Not tr(), for the reasons in ReceiptBuilder.cpp.
struct SlipWords {
    QString title;
    QString place;        // "%1": the place
    QString nickname;     // the label above the nickname
    QString withCard;
    QString confirmed;
    QString waitlist;     // "%1": the place in line
    QString waitlistNote;
    QString codeLabel;
    QString howToCancel;
    QString unprintable;
    QString dayFormat;
};

const SlipWords& wordsFor(QLocale::Language language) {
    static const SlipWords nb{
        QStringLiteral("Påmelding"), QStringLiteral("Sted: %1"), QStringLiteral("Kallenavn:"),
        QStringLiteral("Påmeldt med kort"), QStringLiteral("Du har plass."), QStringLiteral("Venteliste nr. %1"),
        QStringLiteral("Du får plass hvis noen melder seg av. Se under \"Min plass\" på kiosken."),
        QStringLiteral("Avmeldingskode"),
        QStringLiteral("Kan du ikke komme? Skriv koden under \"Min plass\" på kiosken og trykk \"Meld meg av\", så "
                       "får en annen plassen."),
        QStringLiteral("(navnet kan ikke skrives ut)"), QStringLiteral("dddd d. MMMM")};
    static const SlipWords da{
        QStringLiteral("Tilmelding"), QStringLiteral("Sted: %1"), QStringLiteral("Kaldenavn:"),
        QStringLiteral("Tilmeldt med kort"), QStringLiteral("Du har en plads."), QStringLiteral("Venteliste nr. %1"),
        QStringLiteral("Du får en plads, hvis nogen melder fra. Se under \"Min plads\" på kiosken."),
        QStringLiteral("Afmeldingskode"),
        QStringLiteral("Kan du ikke komme? Skriv koden under \"Min plads\" på kiosken og tryk \"Meld mig fra\", så "
                       "får en anden pladsen."),
        QStringLiteral("(navnet kan ikke udskrives)"), QStringLiteral("dddd 'd.' d. MMMM")};
    static const SlipWords en{
        QStringLiteral("Sign-up"), QStringLiteral("Place: %1"), QStringLiteral("Nickname:"),
        QStringLiteral("Signed up with a card"), QStringLiteral("You have a place."),
        QStringLiteral("Waitlist no. %1"),
        QStringLiteral("You get a place if someone cancels. See \"My place\" at the kiosk."),
        QStringLiteral("Cancel code"),
        QStringLiteral("Can't come? Type the code under \"My place\" at the kiosk and tap \"Cancel my place\", so "
                       "someone else gets the place."),
        QStringLiteral("(the name cannot be printed)"), QStringLiteral("dddd d MMMM")};
    if (language == QLocale::Danish) return da;
    if (language == QLocale::English) return en;
    return nb;  // Bokmål, and Nynorsk until it has its own words
}

// Whether a printer on either Nordic code page shows this text as written (or transliterated),
// rather than as '?'.
bool printable(const QString& text) {
    const qsizetype questionMarks = text.count(u'?');
    for (dev::CodePage page : {dev::CodePage::Cp858, dev::CodePage::Cp865})
        if (dev::CodePageCodec::encode(text, page).count('?') != questionMarks) return false;
    return true;
}

}  // namespace

QString SignupSlip::printableNickname(const QString& nickname, QLocale::Language language) {
    QString out;
    bool replacing = false;
    bool shown = false;  // a letter or digit survived
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, nickname);
    qsizetype start = 0;
    for (qsizetype end = finder.toNextBoundary(); end != -1; end = finder.toNextBoundary()) {
        const QString cluster = nickname.mid(start, end - start);
        start = end;
        if (printable(cluster)) {
            out += cluster;
            replacing = false;
            for (QChar c : cluster) shown = shown || c.isLetterOrNumber();
        } else if (!replacing) {
            out += u'?';
            replacing = true;
        }
    }
    out = out.trimmed();
    return shown ? out : wordsFor(language).unprintable;
}

QString SignupSlip::dayLine(const Activity& activity, const SignupPrintInfo& info) {
    QString day = info.locale.toString(activity.startsAt.toTimeZone(info.timeZone).date(),
                                       wordsFor(info.locale.language()).dayFormat);
    if (!day.isEmpty()) day[0] = day[0].toUpper();
    return day;
}

QString SignupSlip::timeLine(const Activity& activity, const SignupPrintInfo& info) {
    const QString format = QStringLiteral("HH:mm");
    // A plain hyphen: the en dash is not on the printers' code pages.
    return QStringLiteral("%1-%2").arg(activity.startsAt.toTimeZone(info.timeZone).toString(format),
                                       activity.endsAt.toTimeZone(info.timeZone).toString(format));
}

dev::PrintDocument SignupSlip::build(const Signup& signup, const Activity& activity, const SignupPrintInfo& info) {
    using dev::TextStyle;
    const SlipWords& w = wordsFor(info.locale.language());
    // The job title shows in the print queue: the activity, never the nickname.
    dev::PrintDocument doc(QStringLiteral("%1: %2").arg(w.title, activity.title));
    doc.text(info.cafeName, TextStyle::centered().withBold())
        .feed(1)
        .text(w.title, TextStyle::centered().withDoubleSize().withBold())
        .rule()
        .text(activity.title, TextStyle::centered().withBold())
        .text(dayLine(activity, info), TextStyle::centered())
        .text(timeLine(activity, info), TextStyle::centered());
    if (!activity.place.isEmpty()) doc.text(w.place.arg(activity.place), TextStyle::centered());
    doc.rule();
    if (signup.byCard) doc.text(w.withCard, TextStyle::centered());
    else if (!signup.nickname.isEmpty())
        doc.text(w.nickname, TextStyle::centered())
            .text(printableNickname(signup.nickname, info.locale.language()), TextStyle::centered().withBold());
    if (signup.status == SignupStatus::Waitlisted) {
        doc.text(w.waitlist.arg(signup.waitlistPlace.value_or(0)), TextStyle::centered().withDoubleSize().withBold())
            .text(w.waitlistNote, TextStyle::centered());
    } else {
        doc.text(w.confirmed, TextStyle::centered().withBold());
    }
    doc.feed(1)
        .text(w.codeLabel, TextStyle::centered())
        .text(signup.cancelCode, TextStyle::centered().withDoubleSize().withBold())
        .feed(1)
        .text(w.howToCancel, TextStyle::centered())
        .cut();
    return doc;
}

}  // namespace ak
