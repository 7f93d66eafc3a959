#pragma once
// A reader of suppressed figures written for the tests, independent of core/reports: it knows that
// "<5" is 1–4 and ":" is 5 or more, learns a hidden count whenever it is the only unknown of a sum
// (and a hidden total whose parts are all known), repeats that until it learns nothing more, and then
// tries, sum by sum, every value 1–4 of each "<5" against the other hidden counts (subset sums).
// A "<5" that is learnt, or that only one value fits, is a disclosure.

#include <QString>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace ak::test {

struct Sum {
    std::size_t total = 0;
    std::vector<std::size_t> parts;
    bool open = false;  // parts + an unpublished rest (0 or more) = total
};

inline std::vector<std::string> disclosures(const std::vector<QString>& shown, const std::vector<Sum>& sums,
                                            const std::vector<QString>& names = {}) {
    const auto name = [&](std::size_t i) { return i < names.size() ? names[i].toStdString() : std::to_string(i); };
    std::vector<std::optional<long>> known(shown.size());
    for (std::size_t i = 0; i < shown.size(); ++i) {
        bool number = false;
        const long v = shown[i].toLong(&number);
        if (number) known[i] = v;
    }
    for (bool learnt = true; learnt;) {
        learnt = false;
        for (const Sum& s : sums) {
            if (s.open) continue;
            long sum = 0;
            std::vector<std::size_t> unknown;
            for (std::size_t p : s.parts) {
                if (known[p]) sum += *known[p];
                else unknown.push_back(p);
            }
            if (known[s.total] && unknown.size() == 1) known[unknown[0]] = *known[s.total] - sum;
            else if (!known[s.total] && unknown.empty()) known[s.total] = sum;
            else continue;
            learnt = true;
        }
    }
    std::vector<std::string> found;
    for (std::size_t i = 0; i < shown.size(); ++i)
        if (shown[i] == QStringLiteral("<5") && known[i]) found.push_back(name(i) + " is learnt by subtraction");
    for (const Sum& s : sums) {
        if (!known[s.total]) continue;
        long rest = *known[s.total];
        std::vector<std::size_t> hidden;
        for (std::size_t p : s.parts) {
            if (known[p]) rest -= *known[p];
            else hidden.push_back(p);
        }
        for (std::size_t c : hidden) {
            if (shown[c] != QStringLiteral("<5")) continue;
            // reach[n]: the other hidden counts can add up to n
            std::vector<bool> reach(std::size_t(std::max(rest, 0L)) + 1, false);
            reach[0] = true;
            for (std::size_t o : hidden) {
                if (o == c) continue;
                const long low = shown[o] == QStringLiteral("<5") ? 1 : 5;
                const long high = shown[o] == QStringLiteral("<5") ? 4 : rest;
                std::vector<bool> next(reach.size(), false);
                for (std::size_t n = 0; n < reach.size(); ++n)
                    for (long v = low; reach[n] && v <= high && n + std::size_t(v) < reach.size(); ++v)
                        next[n + std::size_t(v)] = true;
                reach = next;
            }
            int fits = 0;
            for (long v = 1; v <= 4 && v <= rest; ++v) {
                bool fit = reach[std::size_t(rest - v)];
                for (std::size_t n = 0; s.open && !fit && n <= std::size_t(rest - v); ++n) fit = reach[n];
                fits += fit;
            }
            if (fits <= 1) found.push_back(name(c) + " fits only one value in the sum of " + name(s.total));
        }
    }
    return found;
}

}  // namespace ak::test
