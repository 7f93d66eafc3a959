#pragma once

#include <QLoggingCategory>

namespace ak {
Q_DECLARE_LOGGING_CATEGORY(lcSales)  // "aktivkafe.core.sales", defined in SaleRepository.cpp
}  // namespace ak
