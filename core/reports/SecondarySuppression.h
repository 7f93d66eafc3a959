#pragma once
// Secondary suppression for figures that leave the café (DOMAIN.md "Privacy").
//
// Primary suppression shows every count from 1 to 4 as "<5" (shownCount()). On its own that is not
// enough wherever counts add up to a total that is shown: with one day of a week shown as "<5", the
// week's total minus the other days gives it back. So counts are checked in groups (a total and the
// parts that add up to it) and, where a group still gives a hidden count back, one more count of
// that group is withheld, shown as ":".
//
// What ":" means (the CSV and PDF say it in their footnotes): "a count of 5 or more, not shown so that
// a count under 5 cannot be worked out from a total and the other counts". Only counts that were
// shown (0 stays "0", 1–4 are "<5") are ever withheld, so a ":" is always 5 or more — a careful reader
// knows that too, and so does the check.
//
// The check (pinsHiddenCount): a group gives a hidden count back when the group's sum, the counts
// shown in it and what the reader knows of the hidden ones ("<5" is 1–4, ":" is 5 or more, an
// unpublished rest is 0 or more) leave that count one possible value. That covers the lone "<5" of a
// week, two "<5" that together make 2 (both are 1), a "<5" and a ":" that make 6 (1 and 5), and a ":"
// total whose parts are all shown. Hidden totals count as hidden members of their group, and as parts
// of the group above (a week is a part of the period's weeks), so a withheld week total is protected
// among the weeks in turn: no subtraction chain can start.
//
// The choice: in a group that gives a count back, the smallest non-zero count still shown among its
// parts is withheld; when none is left, its total. Then every group is checked again, until none
// gives a count back or nothing is left to withhold.
//
// Not covered: a "<5" total of four "<5" parts (each is then 1) — nothing shown there can be withheld,
// and no exact count is shown either; and a reader narrowing ranges through several groups at once
// (an integer-programming audit) rather than subtracting within one group.

#include <QString>

#include <cstddef>
#include <vector>

namespace ak {

enum class Shown {
    Count,     // the count itself ("0", "12")
    Small,     // 1–4, shown as "<5"
    Withheld,  // 5 or more, shown as ":" so that a small count cannot be worked back
};

// Counts that add up to a total, all as indices into one list of counts.
struct SumGroup {
    std::size_t total = 0;
    std::vector<std::size_t> parts;
    // true: the parts and a rest that is not published (0 or more) add up to the total, e.g. sign-ups
    // that are neither withdrawn, attended nor no-shows because they are still on the waitlist.
    bool openRemainder = false;
};

// How each count may be shown: Small for 1–4, then Withheld as described above. Pure; `groups` may
// overlap (a day is in its week, its month and the period).
std::vector<Shown> suppressCounts(const std::vector<int>& counts, const std::vector<SumGroup>& groups);

// Whether `group` alone leaves one of its hidden counts (part or total) a single possible value.
bool pinsHiddenCount(const std::vector<int>& counts, const std::vector<Shown>& shown, const SumGroup& group);

// "12", "<5" or ":".
QString shownText(int count, Shown shown);

}  // namespace ak
