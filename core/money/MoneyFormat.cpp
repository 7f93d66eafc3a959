#include "core/money/MoneyFormat.h"

namespace ak {

namespace {

bool isNorwegian(const QLocale& l) {
    return l.language() == QLocale::NorwegianBokmal || l.language() == QLocale::NorwegianNynorsk;
}

// Digits of |m| with grouping and two decimals; sign handled by the callers.
QString absoluteAmount(const Money& m, const QLocale& locale) {
    // Through quint64 so that the most negative value still has an absolute value.
    const quint64 abs = m.minor() < 0 ? quint64(0) - quint64(m.minor()) : quint64(m.minor());
    const QString whole = locale.toString(qulonglong(abs / 100));
    const QString cents = QStringLiteral("%1").arg(uint(abs % 100), 2, 10, QLatin1Char('0'));
    return whole + locale.decimalPoint() + cents;
}

}  // namespace

QString formatAmount(const Money& m, const QLocale& locale) {
    const QString digits = absoluteAmount(m, locale);
    return m.isNegative() ? locale.negativeSign() + digits : digits;
}

QString formatMoney(const Money& m, const QLocale& locale) {
    const QString nbsp(QChar::Nbsp);
    const QString sign = m.isNegative() ? locale.negativeSign() : QString();
    const QString digits = absoluteAmount(m, locale);
    if (locale.language() == QLocale::Danish) {
        const QString symbol = m.currency() == Currency::DKK ? QStringLiteral("kr.") : currencyCode(m.currency());
        return sign + digits + nbsp + symbol;
    }
    const QString symbol =
        isNorwegian(locale) && m.currency() == Currency::NOK ? QStringLiteral("kr") : currencyCode(m.currency());
    return sign + symbol + nbsp + digits;
}

}  // namespace ak
