#include "core/money/VatTable.h"

namespace ak {

VatTable VatTable::forCountry(Country country, bool vatRegistered) { return VatTable(country, vatRegistered); }

int VatTable::basisPoints(VatClass vatClass, Consumption consumption) const {
    if (!registered_ || vatClass == VatClass::Exempt) return 0;
    switch (country_) {
        case Country::Denmark: return 2500;
        case Country::Norway:
            if (vatClass == VatClass::Food && consumption == Consumption::Takeaway) return 1500;
            return 2500;
    }
    return 2500;
}

}  // namespace ak
