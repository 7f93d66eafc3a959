#pragma once
// What a new staff member's name and a newly chosen PIN must be (issue 10, item 11). Checked by
// StaffRepository wherever a name or PIN is set, so that the till's staff screen and
// `aktivkafe staff add` refuse the same things with the same sentences.
//
// - A name is what the login screen shows and what receipts and reports name as the operator:
//   1 to 40 printable characters (no line breaks, tabs or invisible direction marks), spaces at the
//   ends taken off, and unique in the café ignoring case (StaffRepository checks that part).
// - A new PIN is 4 to 6 digits (PinHasher::checkRules) and not one that is guessed first: the same
//   digit throughout, a run up or down the keys, a repeated pair or triple, or one of the PINs
//   people pick most often. PINs already in use are still accepted at login: the rules are for
//   choosing one.

#include "core/util/Result.h"

#include <QCoreApplication>
#include <QString>

namespace ak {

class StaffRules {
    Q_DECLARE_TR_FUNCTIONS(ak::StaffRules)
public:
    static constexpr int kMaxNameLength = 40;

    // The name as it is stored (trimmed), or InvalidInput with a sentence.
    static Result<QString> name(const QString& typed);
    // InvalidInput with a sentence for a PIN that is not 4–6 digits or too easy to guess.
    static Result<void> newPin(const QString& pin);
};

}  // namespace ak
