#include "core/compliance/SaleSigner.h"

#include "core/compliance/SignatureText.h"
#include "core/sales/CompletedSale.h"
#include "core/storage/Database.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSigning, "aktivkafe.core.signing")

namespace ak::compliance {

namespace {
qint64 vatOf(const CompletedSale& s) {
    qint64 vat = 0;
    for (const VatRateTotal& r : s.vat) vat += r.vat.minor();
    return vat;
}
}  // namespace

SaleSigner SaleSigner::fromConfig(const Database& db, const ComplianceConfig& config, const QString& registerId,
                                  const QTimeZone& zone) {
    SaleSigner s;
    s.registerId_ = registerId;
    s.zone_ = zone;
    if (!config.signs()) return s;
    s.signs_ = true;
    const auto refuse = [&s](const QString& why) {
        qCWarning(lcSigning) << "the till cannot sign its sales:" << why;
        s.why_ = why;
        return std::move(s);
    };
    auto key = SigningKey::load(config.privateKey);
    if (!key) return refuse(key.error().message);
    if (algorithmKey(key.value().algorithm()) != config.signing)
        return refuse(QStringLiteral("%1 holds a %2 key, and [compliance] signing says %3")
                          .arg(config.privateKey, algorithmKey(key.value().algorithm()), config.signing));
    auto q = db.query(QStringLiteral("SELECT version, (SELECT max(version) FROM signing_keys WHERE register_id = ?)"
                                     " FROM signing_keys WHERE register_id = ? AND fingerprint = ?"),
                      {registerId, registerId, key.value().fingerprint()});
    if (!q) return refuse(q.error().message);
    if (!q->next())
        return refuse(QStringLiteral("the key in %1 is not registered for register %2; register it with: aktivkafe keys create")
                          .arg(config.privateKey, registerId));
    s.version_ = q->value(0).toInt();
    if (const int newest = q->value(1).toInt(); newest != s.version_)
        return refuse(QStringLiteral("%1 holds key version %2, and register %3 has signed with version %4 since; set "
                                     "[compliance] private_key to the newest key")
                          .arg(config.privateKey)
                          .arg(s.version_)
                          .arg(registerId)
                          .arg(newest));
    s.key_ = std::move(key).value();
    qCInfo(lcSigning) << "signing the sales of register" << registerId << "with" << config.signing << "key version"
                      << s.version_;
    return s;
}

QString SaleSigner::problem() const {
    if (why_.isEmpty()) return {};
    //: %1 what is wrong with the signing key (technical, in English), for the manager
    return tr("Every sale must be signed, and this till cannot sign: ask the manager. (%1)").arg(why_);
}

Result<void> SaleSigner::sign(const Database& db, CompletedSale& s) const {
    if (!signs_) return {};
    if (!key_) return Error{ErrorCode::Locked, problem()};
    // The previous link: the newest signed transaction of this register and kind (sales written
    // before signing began are not part of the chain).
    auto q = db.query(QStringLiteral("SELECT signature FROM sales WHERE register_id = ? AND training = ?"
                                     " AND signature IS NOT NULL ORDER BY id DESC LIMIT 1"),
                      {s.registerId, s.training ? 1 : 0});
    if (!q) return q.error();
    ChainLink link;
    link.previousSignature = q->next() ? q->value(0).toString() : QString();
    link.at = s.createdAt;
    link.zone = zone_;
    link.receiptNumber = s.receiptNumber;
    link.amountInMinor = s.total.minor();
    link.amountExMinor = s.total.minor() - vatOf(s);
    auto signature = key_->sign(signedText(link));
    if (!signature) return signature.error();
    s.signature = signature.value();
    s.keyVersion = version_;
    return {};
}

}  // namespace ak::compliance
