#pragma once

#include "core/money/Money.h"
#include "core/money/Vat.h"
#include "core/util/LocalizedText.h"

#include <QString>

#include <optional>

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
    // Coffee cards at the till (schema 11). Selling one unit issues one card of this type (punch
    // cards and day passes are products); set only through CardTypeRepository::linkProduct(),
    // which knows which card types may be sold. addProduct() and updateProduct() leave it alone.
    std::optional<qint64> cardTypeId;
    // A coffee card can pay for one unit (coffee, tea). addProduct() stores it; afterwards only
    // CatalogueRepository::setCoffeeCardPayable() changes it (a manager, journaled), so that
    // updateProduct() from an older screen cannot clear it by accident.
    bool coffeeCardPayable = false;
};

}  // namespace ak
