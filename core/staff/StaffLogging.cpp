// Defined on its own, not in StaffRepository.cpp, so that PinHasher's rules link without the
// repository (the seed parser's fuzz target compiles only what parsing needs).
#include "core/staff/StaffLogging.h"

namespace ak {
Q_LOGGING_CATEGORY(lcStaff, "aktivkafe.core.staff")
}  // namespace ak
