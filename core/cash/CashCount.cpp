#include "core/cash/CashCount.h"

#include <QLocale>

#include <algorithm>

namespace ak {

namespace Denominations {

std::vector<qint64> standard(Currency currency) {
    if (currency == Currency::DKK) return {50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000, 100000};
    return {100, 500, 1000, 2000, 5000, 10000, 20000, 50000, 100000};
}

std::vector<qint64> of(Currency currency, const std::vector<qint64>& configured) {
    std::vector<qint64> list = configured.empty() ? standard(currency) : configured;
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
    return list;
}

QString name(qint64 minor, Currency currency) {
    Q_UNUSED(currency)  // kroner and øre in both countries
    if (minor % 100 != 0) return QStringLiteral("%1 øre").arg(minor);
    return QStringLiteral("%1 kr").arg(minor / 100);
}

}  // namespace Denominations

qint64 CashCount::pieces(qint64 denomination) const {
    const auto it = pieces_.find(denomination);
    return it == pieces_.end() ? 0 : it->second;
}

Money CashCount::total() const {
    qint64 minor = 0;
    for (const auto& [denomination, n] : pieces_) minor += denomination * n;  // ≤ 99,999 × 100,000 × 20: no overflow
    return Money(minor, currency_);
}

Result<CashCount> CashCount::fromTyped(Currency currency, const std::vector<qint64>& denominations,
                                       const QStringList& typed) {
    if (typed.size() != qsizetype(denominations.size()))
        return Error{ErrorCode::InvalidInput, tr("The count does not match the coins and notes of this till.")};
    CashCount count(currency);
    for (qsizetype i = 0; i < typed.size(); ++i) {
        const QString text = typed.at(i).trimmed();
        if (text.isEmpty()) continue;
        const QString what = Denominations::name(denominations[size_t(i)], currency);
        bool digitsOnly = true;
        for (const QChar c : text) digitsOnly = digitsOnly && c >= u'0' && c <= u'9';
        if (!digitsOnly)
            return Error{ErrorCode::InvalidInput,
                         tr("%1: type how many there are, as a whole number (like 12), not \"%2\".").arg(what, text)};
        const qint64 n = text.size() > 6 ? kMaxPieces + 1 : text.toLongLong();
        if (n > kMaxPieces)
            return Error{ErrorCode::InvalidInput,
                         tr("%1: %2 is more than a drawer holds; count again.").arg(what, text)};
        if (n > 0) count.pieces_[denominations[size_t(i)]] = n;
    }
    return count;
}

Result<CashCount> CashCount::fromJson(Currency currency, const QJsonObject& json) {
    CashCount count(currency);
    for (auto it = json.begin(); it != json.end(); ++it) {
        bool ok = false;
        const qint64 denomination = it.key().toLongLong(&ok);
        const qint64 n = it.value().toInteger(-1);
        if (!ok || denomination <= 0 || denomination > 100'000'00 || n < 0 || n > kMaxPieces)
            return Error{ErrorCode::Storage, QStringLiteral("A stored cash count is not one: %1").arg(it.key())};
        if (n > 0) count.pieces_[denomination] = n;
    }
    return count;
}

QJsonObject CashCount::toJson() const {
    QJsonObject o;
    for (const auto& [denomination, n] : pieces_) o.insert(QString::number(denomination), n);
    return o;
}

}  // namespace ak
