#pragma once
// Which VAT rate applies to a VatClass, per country and registration. VAT is a per-café setting
// (a café that is not VAT-registered sells without VAT), so the table is built from configuration
// and handed to whoever prices a sale.

#include "core/money/Country.h"
#include "core/money/Vat.h"

namespace ak {

// Norway taxes food eaten in at 25 % and taken away at 15 %; Denmark has one rate.
enum class Consumption { EatIn, Takeaway };

class VatTable {
public:
    static VatTable forCountry(Country country, bool vatRegistered);

    Country country() const { return country_; }
    bool vatRegistered() const { return registered_; }
    // The rate in basis points (2500 = 25 %).
    int basisPoints(VatClass vatClass, Consumption consumption) const;

private:
    VatTable(Country c, bool registered) : country_(c), registered_(registered) {}
    Country country_;
    bool registered_;
};

}  // namespace ak
