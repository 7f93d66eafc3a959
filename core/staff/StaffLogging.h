#pragma once
// The logging category of core/staff/: aktivkafe.core.staff (defined in StaffLogging.cpp).

#include <QLoggingCategory>

namespace ak {
Q_DECLARE_LOGGING_CATEGORY(lcStaff)
}  // namespace ak
