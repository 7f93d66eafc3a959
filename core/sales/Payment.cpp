#include "core/sales/Payment.h"

namespace ak {

QString paymentMethodKey(PaymentMethod m) {
    switch (m) {
        case PaymentMethod::Cash: return QStringLiteral("cash");
        case PaymentMethod::Card: return QStringLiteral("card");
        case PaymentMethod::Mobile: return QStringLiteral("mobile");
        case PaymentMethod::CoffeeCard: return QStringLiteral("coffee_card");
        case PaymentMethod::Voucher: return QStringLiteral("voucher");
    }
    return QStringLiteral("cash");
}

std::optional<PaymentMethod> paymentMethodFromKey(const QString& key) {
    for (PaymentMethod m : {PaymentMethod::Cash, PaymentMethod::Card, PaymentMethod::Mobile, PaymentMethod::CoffeeCard,
                            PaymentMethod::Voucher})
        if (paymentMethodKey(m) == key) return m;
    return std::nullopt;
}

}  // namespace ak
