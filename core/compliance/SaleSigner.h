#pragma once
// Signs each sale and return of one register when it is written (kassasystemforskriften § 2-6):
// the text of core/compliance/SignatureText.h, chained to the previous signed transaction of the
// same register and kind (training receipts have their own chain), with the register's key.
//
// Built once at the till's start from [compliance]. A till that must sign and cannot (no key file,
// a key readable by others, a key this register never registered with `aktivkafe keys create`, or
// an older key than its newest version) does not sell: problem() says why, and SaleRepository
// refuses the first line of a sale and its completion with those words.

#include "core/config/ComplianceConfig.h"
#include "core/compliance/SigningKey.h"
#include "core/util/Result.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <optional>

namespace ak {

class Database;
struct CompletedSale;

namespace compliance {

class SaleSigner {
    Q_DECLARE_TR_FUNCTIONS(SaleSigner)
public:
    // A signer that signs nothing ([compliance] signing = "off").
    SaleSigner() = default;
    static SaleSigner fromConfig(const Database& db, const ComplianceConfig& config, const QString& registerId,
                                 const QTimeZone& zone);

    bool signs() const { return signs_; }
    // Empty when the till may sell; otherwise why not, in words for the person at the till (in the
    // language shown now: worded when asked, not at the till's start).
    QString problem() const;
    int keyVersion() const { return version_; }

    // Inside the sale's write transaction, before its row is inserted (the receipt number, time,
    // amounts and VAT are set): sets s.signature and s.keyVersion. Does nothing when off.
    Result<void> sign(const Database& db, CompletedSale& s) const;

private:
    bool signs_ = false;
    QString why_;  // what is wrong with the key, technical (the log's words)
    std::optional<SigningKey> key_;
    int version_ = 0;
    QString registerId_;
    QTimeZone zone_;
};

}  // namespace compliance
}  // namespace ak
