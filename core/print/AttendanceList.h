#pragma once
// The attendance list for the till: the activity (title, date, time, place), the people with a place
// numbered with a box to tick, and the waitlist in order, separately. Printed by staff before the
// activity; the ticks are entered at the till afterwards (SignupRepository::markAttended), so the
// paper can be thrown away and the nicknames erased on schedule.
//
// Staff may see nicknames (the till does); they are printed through
// SignupSlip::printableNickname() for the same code-page reasons as the slip. A sign-up by card shows
// as "(card)", an erased one as "(erased)". Cancelled sign-ups are left out.
//
// In the café's language (nb, da, en) with fixed words, as the receipt. Fits 32 and 48 columns.

#include "core/activity/Activity.h"
#include "core/activity/Signup.h"
#include "core/print/SignupSlip.h"
#include "drivers/print/PrintDocument.h"

#include <vector>

namespace ak {

class AttendanceList {
public:
    // `signups` as SignupRepository::list() returns them (any order: this sorts places by sign-up
    // and the waitlist by its order).
    static dev::PrintDocument build(const Activity& activity, const std::vector<Signup>& signups,
                                    const SignupPrintInfo& info);
};

}  // namespace ak
