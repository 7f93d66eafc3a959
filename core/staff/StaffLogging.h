#pragma once
// The logging category of core/staff/: aktivkafe.core.staff (defined in StaffRepository.cpp).

#include <QLoggingCategory>

namespace ak {
Q_DECLARE_LOGGING_CATEGORY(lcStaff)
}  // namespace ak
