#pragma once
// PIN rules and PIN hashing. A PIN is 4–6 digits; it is stored only as a libsodium
// crypto_pwhash_str string (argon2id, salt and cost inside the string), never as itself.
//
// A 4–6 digit PIN has at most a million values, so the hash alone does not make it secret to
// someone holding the file: the slow hash raises the cost, and lockout after wrong PINs
// (StaffLockout.h) protects the till itself.

#include "core/util/Result.h"

#include <QString>

namespace ak {

enum class PinHashCost {
    Interactive,  // libsodium's INTERACTIVE limits: the till and the command line
    Minimum,      // MIN limits: tests only, fast and weak
};

class PinHasher {
public:
    // InvalidInput unless `pin` is 4 to 6 ASCII digits.
    static Result<void> checkRules(const QString& pin);
    // The crypto_pwhash_str string. Errors: InvalidInput (rules), Storage (out of memory).
    static Result<QString> hash(const QString& pin, PinHashCost cost);
    // True if `pin` matches `hash`; false for a wrong PIN or a malformed hash.
    static bool verify(const QString& hash, const QString& pin);
};

}  // namespace ak
