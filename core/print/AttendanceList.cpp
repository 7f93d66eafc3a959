#include "core/print/AttendanceList.h"

#include <algorithm>

namespace ak {

namespace {

// Fixed words, per café language. Not tr(), for the reasons in ReceiptBuilder.cpp.
struct ListWords {
    QString title;
    QString place;     // "%1": the place
    QString places;    // "%1 of %2 places taken"
    QString taken;     // "%1 signed up" (no limit)
    QString waitlist;  // heading
    QString byCard;
    QString erased;
    QString nobody;
    QString ticked;
};

const ListWords& wordsFor(QLocale::Language language) {
    static const ListWords nb{QStringLiteral("Deltakerliste"), QStringLiteral("Sted: %1"),
                              QStringLiteral("%1 av %2 plasser tatt"), QStringLiteral("%1 påmeldt"),
                              QStringLiteral("Venteliste"), QStringLiteral("(kort)"), QStringLiteral("(slettet)"),
                              QStringLiteral("Ingen påmeldt ennå."),
                              QStringLiteral("Kryss av de som kom, og før det inn i kassa.")};
    static const ListWords da{QStringLiteral("Deltagerliste"), QStringLiteral("Sted: %1"),
                              QStringLiteral("%1 af %2 pladser taget"), QStringLiteral("%1 tilmeldt"),
                              QStringLiteral("Venteliste"), QStringLiteral("(kort)"), QStringLiteral("(slettet)"),
                              QStringLiteral("Ingen tilmeldt endnu."),
                              QStringLiteral("Sæt kryds ved dem, der kom, og før det ind i kassen.")};
    static const ListWords en{QStringLiteral("Attendance list"), QStringLiteral("Place: %1"),
                              QStringLiteral("%1 of %2 places taken"), QStringLiteral("%1 signed up"),
                              QStringLiteral("Waitlist"), QStringLiteral("(card)"), QStringLiteral("(erased)"),
                              QStringLiteral("Nobody has signed up yet."),
                              QStringLiteral("Tick those who came, then enter it at the till.")};
    if (language == QLocale::Danish) return da;
    if (language == QLocale::English) return en;
    return nb;
}

QString who(const Signup& s, const ListWords& w, QLocale::Language language) {
    if (s.byCard) return w.byCard;
    if (s.nickname.isEmpty()) return w.erased;
    return SignupSlip::printableNickname(s.nickname, language);
}

}  // namespace

dev::PrintDocument AttendanceList::build(const Activity& activity, const std::vector<Signup>& signups,
                                         const SignupPrintInfo& info) {
    using dev::TextStyle;
    const QLocale::Language language = info.locale.language();
    const ListWords& w = wordsFor(language);
    std::vector<Signup> withPlace;
    std::vector<Signup> waiting;
    for (const Signup& s : signups) {
        if (s.status == SignupStatus::Confirmed || s.status == SignupStatus::Attended) withPlace.push_back(s);
        else if (s.status == SignupStatus::Waitlisted) waiting.push_back(s);
    }
    std::sort(withPlace.begin(), withPlace.end(), [](const Signup& a, const Signup& b) { return a.id < b.id; });
    std::sort(waiting.begin(), waiting.end(), [](const Signup& a, const Signup& b) {
        return a.waitlistPlace.value_or(0) < b.waitlistPlace.value_or(0);
    });

    dev::PrintDocument doc(QStringLiteral("%1: %2").arg(w.title, activity.title));
    doc.text(w.title, TextStyle::centered().withDoubleSize().withBold())
        .text(activity.title, TextStyle::centered().withBold())
        .text(SignupSlip::dayLine(activity, info), TextStyle::centered())
        .text(SignupSlip::timeLine(activity, info), TextStyle::centered());
    if (!activity.place.isEmpty()) doc.text(w.place.arg(activity.place), TextStyle::centered());
    const int taken = int(withPlace.size());
    doc.text(activity.capacity ? w.places.arg(taken).arg(*activity.capacity) : w.taken.arg(taken),
             TextStyle::centered())
        .rule();
    if (withPlace.empty()) doc.text(w.nobody);
    int n = 0;
    for (const Signup& s : withPlace) {
        const QString box = s.status == SignupStatus::Attended ? QStringLiteral("[x]") : QStringLiteral("[ ]");
        doc.text(QStringLiteral("%1 %2. %3").arg(box).arg(++n, 2).arg(who(s, w, language)));
    }
    if (!waiting.empty()) {
        doc.rule().text(w.waitlist, TextStyle{}.withBold());
        n = 0;
        for (const Signup& s : waiting) doc.text(QStringLiteral("%1. %2").arg(++n, 2).arg(who(s, w, language)));
    }
    doc.rule().text(w.ticked).cut();
    return doc;
}

}  // namespace ak
