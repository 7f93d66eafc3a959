#include "core/reports/SecondarySuppression.h"

#include "core/util/SmallCounts.h"

#include <algorithm>
#include <cstdint>
#include <optional>

namespace ak {

namespace {

// "No upper bound" for a ":" count or an open rest: far above any count, far below overflow.
constexpr std::int64_t kUnbounded = std::int64_t(1) << 40;

struct Range {
    std::int64_t min = 0;
    std::int64_t max = 0;
};

// What a reader knows of one count from how it is shown.
Range rangeOf(int count, Shown shown) {
    switch (shown) {
    case Shown::Count: return {count, count};
    case Shown::Small: return {1, kSuppressBelow - 1};
    case Shown::Withheld: return {kSuppressBelow, kUnbounded};
    }
    return {0, kUnbounded};
}

std::int64_t add(std::int64_t a, std::int64_t b) { return std::min(kUnbounded, a + b); }

// Everything known of the parts but one: their sum lies in [min, max].
Range othersThan(const std::vector<Range>& parts, std::size_t skip) {
    Range sum;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i == skip) continue;
        sum.min += parts[i].min;
        sum.max = add(sum.max, parts[i].max);
    }
    return sum;
}

bool single(const Range& own, std::int64_t low, std::int64_t high) {
    return std::max(own.min, low) >= std::min(own.max, high);
}

// The smallest non-zero count of the group still shown, its total when no part is left.
std::optional<std::size_t> nextToWithhold(const std::vector<int>& counts, const std::vector<Shown>& shown,
                                          const SumGroup& group) {
    std::optional<std::size_t> best;
    for (std::size_t i : group.parts)
        if (shown[i] == Shown::Count && counts[i] > 0 && (!best || counts[i] < counts[*best])) best = i;
    if (!best && shown[group.total] == Shown::Count && counts[group.total] > 0) best = group.total;
    return best;
}

}  // namespace

bool pinsHiddenCount(const std::vector<int>& counts, const std::vector<Shown>& shown, const SumGroup& group) {
    // total = Σ parts + rest, each side within what the reader knows of it.
    std::vector<Range> parts;
    parts.reserve(group.parts.size());
    for (std::size_t i : group.parts) parts.push_back(rangeOf(counts[i], shown[i]));
    const Range rest{0, group.openRemainder ? kUnbounded : 0};
    const Range total = rangeOf(counts[group.total], shown[group.total]);
    if (shown[group.total] != Shown::Count) {
        const Range all = othersThan(parts, parts.size());
        if (single(total, all.min, add(all.max, rest.max))) return true;
    }
    for (std::size_t p = 0; p < parts.size(); ++p) {
        if (shown[group.parts[p]] == Shown::Count) continue;
        const Range others = othersThan(parts, p);
        const std::int64_t othersMax = add(others.max, rest.max);
        const std::int64_t low = othersMax >= kUnbounded ? 0 : total.min - othersMax;
        const std::int64_t high = total.max >= kUnbounded ? kUnbounded : total.max - others.min;
        if (single(parts[p], low, high)) return true;
    }
    return false;
}

std::vector<Shown> suppressCounts(const std::vector<int>& counts, const std::vector<SumGroup>& groups) {
    std::vector<Shown> shown;
    shown.reserve(counts.size());
    for (int c : counts) shown.push_back(isSuppressed(c) ? Shown::Small : Shown::Count);
    // Withholding in one group can make another give a count back (a withheld week total among the
    // period's weeks), so go round until nothing changes. Every change withholds one more count: it ends.
    for (bool changed = true; changed;) {
        changed = false;
        for (const SumGroup& group : groups) {
            while (pinsHiddenCount(counts, shown, group)) {
                const std::optional<std::size_t> next = nextToWithhold(counts, shown, group);
                if (!next) break;  // a "<5" total of four "<5" parts: see the header
                shown[*next] = Shown::Withheld;
                changed = true;
            }
        }
    }
    return shown;
}

QString shownText(int count, Shown shown) {
    switch (shown) {
    case Shown::Count: return QString::number(count);
    case Shown::Small: return shownCount(count);
    case Shown::Withheld: return QStringLiteral(":");
    }
    return {};
}

}  // namespace ak
