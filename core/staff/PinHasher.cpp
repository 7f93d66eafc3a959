#include "core/staff/PinHasher.h"

#include <mutex>
#include <sodium.h>

#include <QCoreApplication>

#include "core/staff/StaffLogging.h"

namespace ak {

namespace {

bool sodiumReady() {
    static std::once_flag once;
    static bool ok = false;
    std::call_once(once, [] { ok = sodium_init() >= 0; });
    if (!ok) qCCritical(lcStaff) << "libsodium could not be initialised";
    return ok;
}
}  // namespace

Result<void> PinHasher::checkRules(const QString& pin) {
    const bool digitsOnly =
        std::all_of(pin.begin(), pin.end(), [](QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; });
    if (pin.size() < 4 || pin.size() > 6 || !digitsOnly)
        return Result<void>::fail(ErrorCode::InvalidInput,
                                  QCoreApplication::translate("ak::PinHasher", "A PIN must be 4 to 6 digits."));
    return {};
}

Result<QString> PinHasher::hash(const QString& pin, PinHashCost cost) {
    if (auto r = checkRules(pin); !r) return r.error();
    if (!sodiumReady())
        return Error{ErrorCode::Storage,
                     QCoreApplication::translate("ak::PinHasher", "The PIN could not be protected (libsodium).")};
    const QByteArray bytes = pin.toLatin1();
    char out[crypto_pwhash_STRBYTES];
    const bool interactive = cost == PinHashCost::Interactive;
    if (crypto_pwhash_str(out, bytes.constData(), quint64(bytes.size()),
                          interactive ? crypto_pwhash_OPSLIMIT_INTERACTIVE : crypto_pwhash_OPSLIMIT_MIN,
                          interactive ? crypto_pwhash_MEMLIMIT_INTERACTIVE : crypto_pwhash_MEMLIMIT_MIN) != 0)
        return Error{ErrorCode::Storage,
                     QCoreApplication::translate("ak::PinHasher", "The PIN could not be protected (out of memory).")};
    return QString::fromLatin1(out);
}

bool PinHasher::verify(const QString& hash, const QString& pin) {
    if (!sodiumReady() || !checkRules(pin).ok()) return false;
    const QByteArray h = hash.toLatin1();
    const QByteArray p = pin.toLatin1();
    return crypto_pwhash_str_verify(h.constData(), p.constData(), quint64(p.size())) == 0;
}

}  // namespace ak
