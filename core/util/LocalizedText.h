#pragma once
// A short text the café keeps in each interface language (product and category names).

#include <QLocale>
#include <QString>

namespace ak {

struct LocalizedText {
    QString nb;
    QString da;
    QString en;

    // The text for `language`; Norwegian Nynorsk uses the nb text. Falls back to nb, then en, so a
    // name missing in one language never shows as an empty button.
    QString text(QLocale::Language language) const {
        const QString& wanted = language == QLocale::Danish    ? da
                                : language == QLocale::English ? en
                                                               : nb;
        if (!wanted.isEmpty()) return wanted;
        return !nb.isEmpty() ? nb : en;
    }
    bool operator==(const LocalizedText&) const = default;
};

}  // namespace ak
