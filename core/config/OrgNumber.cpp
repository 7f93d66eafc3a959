#include "core/config/OrgNumber.h"

#include <array>

namespace ak {

std::optional<QString> normalizedOrgNumber(const QString& text, Country country) {
    QString digits = text;
    digits.remove(u' ');
    const qsizetype wanted = country == Country::Norway ? 9 : 8;
    if (digits.size() != wanted) return std::nullopt;
    for (QChar c : digits) {
        if (c < u'0' || c > u'9') return std::nullopt;
    }
    if (country == Country::Norway) {
        // Brønnøysundregistrene: weights 3 2 7 6 5 4 3 2 over the first eight digits, modulus 11.
        static constexpr std::array<int, 8> kWeights{3, 2, 7, 6, 5, 4, 3, 2};
        int sum = 0;
        for (size_t i = 0; i < kWeights.size(); ++i)
            sum += kWeights[i] * digits[static_cast<qsizetype>(i)].digitValue();
        const int remainder = sum % 11;
        const int check = remainder == 0 ? 0 : 11 - remainder;
        if (check == 10 || check != digits[8].digitValue()) return std::nullopt;
    }
    return digits;
}

}  // namespace ak
