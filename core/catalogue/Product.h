#pragma once

#include "core/money/Money.h"
#include "core/money/Vat.h"
#include "core/util/LocalizedText.h"

#include <QString>

namespace ak {

struct Product {
    qint64 id = 0;  // 0 until stored
    qint64 categoryId = 0;
    QString code;   // stable identifier ("coffee")
    LocalizedText name;
    Money price;    // VAT-inclusive
    VatClass vatClass = VatClass::Standard;
    QString saftBasicId;  // SAF-T Cash Register PredefinedBasicID-04, e.g. "04012" other drinks, "04006" food
    bool active = true;   // inactive products stay for history but are not sold
    int sortOrder = 0;
};

}  // namespace ak
