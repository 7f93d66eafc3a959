#pragma once
// Display formatting of Money through QLocale, with integer arithmetic only (QLocale's
// toCurrencyString takes a double, which we never use for money).
//
// Chosen forms (the separators and the minus sign come from QLocale; the space is a no-break space
// so that an amount never wraps on a kiosk screen or receipt):
//   Norwegian (nb, nn):  "kr 12,50"    "kr 1 234,00"   "−kr 12,50"   other currency: "DKK 12,50"
//   Danish (da):         "12,50 kr."   "1.234,00 kr."  "−12,50 kr."  other currency: "12,50 NOK"
//   anything else (en):  "NOK 12.50"   "NOK 1,234.00"  "-NOK 12.50"

#include "core/money/Money.h"

#include <QLocale>
#include <QString>

namespace ak {

// The amount with its currency, for screens and receipts.
QString formatMoney(const Money& m, const QLocale& locale);

// The amount alone ("12,50", "1 234,00"), for columns whose header names the currency.
QString formatAmount(const Money& m, const QLocale& locale);

}  // namespace ak
