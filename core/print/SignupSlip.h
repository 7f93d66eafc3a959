#pragma once
// The visitor's sign-up slip, printed at the kiosk or the till right after signing up: the café's
// name, the activity (title, weekday and date, time, place), the nickname (or "with a card"), the
// waitlist number when waitlisted, the cancel code large, and how to check or cancel the place at
// the kiosk (naming the kiosk's buttons as the screen does: "Min plass", "Meld meg av", ...).
//
// In the café's language (nb, da, en) with fixed words, as the receipt (ReceiptBuilder.cpp says why
// not tr()). Fits 32 and 48 columns.
//
// Nicknames may hold emoji, right-to-left or CJK text that the printers' code pages (CP858, CP865)
// cannot show. The encoder would print one '?' per code point ("????" for one family emoji), so the
// slip prints printableNickname() instead: what both code pages can show is kept (accented letters
// the page lacks are transliterated by the encoder), each run of characters that cannot be shown
// becomes one '?', and a nickname left with no letter or digit is printed as a sentence saying so.
// The cancel code, not the nickname, is what the visitor needs, and it is always printable.

#include "core/activity/Activity.h"
#include "core/activity/Signup.h"
#include "drivers/print/PrintDocument.h"

#include <QLocale>
#include <QString>
#include <QTimeZone>

namespace ak {

struct SignupPrintInfo {
    QString cafeName;
    QLocale locale{QLocale::NorwegianBokmal, QLocale::Norway};  // the café's language and formats
    QTimeZone timeZone = QTimeZone::utc();  // set to [cafe] time_zone: dates and times are printed in the café's zone
};

class SignupSlip {
public:
    static dev::PrintDocument build(const Signup& signup, const Activity& activity, const SignupPrintInfo& info);

    // The nickname as the receipt printers can show it (see above); `language` for the sentence
    // printed when nothing of it can be shown.
    static QString printableNickname(const QString& nickname, QLocale::Language language);

    // "Tirsdag 11. mars" / "Tirsdag d. 11. marts" / "Tuesday 11 March" and "16:00-18:30", local.
    static QString dayLine(const Activity& activity, const SignupPrintInfo& info);
    static QString timeLine(const Activity& activity, const SignupPrintInfo& info);
};

}  // namespace ak
