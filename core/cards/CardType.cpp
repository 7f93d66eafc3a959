// The card kinds' keys, apart from the repository so that code without a database (the seed
// parser and its fuzz target) can use them.
#include "core/cards/CardType.h"

namespace ak {

QString cardKindKey(CardKind kind) {
    switch (kind) {
    case CardKind::Free: return QStringLiteral("free");
    case CardKind::Punch: return QStringLiteral("punch");
    case CardKind::DayPass: return QStringLiteral("day_pass");
    }
    return {};
}

std::optional<CardKind> cardKindFromKey(const QString& key) {
    if (key == QLatin1String("free")) return CardKind::Free;
    if (key == QLatin1String("punch")) return CardKind::Punch;
    if (key == QLatin1String("day_pass")) return CardKind::DayPass;
    return std::nullopt;
}

}  // namespace ak
