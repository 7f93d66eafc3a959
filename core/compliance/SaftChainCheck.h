#pragma once
// Re-verifies the signature chains of a SAF-T Cash Register file (`aktivkafe saft verify`), without
// the till: every cashregister's cashtransactions in the order they stand in the file, one chain for
// normal receipts (trainingID false) and one for training receipts (trainingID true) per register.
// Each signature is checked over the text core/compliance/SignatureText.h defines, built from the
// file's own transDate, transTime, nr, transAmntIn and transAmntEx and the chain's previous
// signature ("0" first).
//
// Streamed (QXmlStreamReader): what is kept is a few fields per chain, never the file, so a year's
// export is checked in the memory of a day's. The schema is not checked here (cli/, libxml2).
//
// What the file may hold besides an unbroken chain:
// - transactions written before signing began: empty signature and keyVersion; counted as unsigned,
//   and the chain starts again at "0" with the first signed one after them;
// - a period that starts in the middle of a chain: the first signed transaction of a chain in the
//   file may be chained to one before the period. When it does not verify with "0", that is said
//   (its own link cannot be checked from the file) and its signature carries the chain on;
// - several key versions (a rotation inside the period), each checked with its own key.

#include "core/compliance/PublicKey.h"
#include "core/util/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <vector>

class QIODevice;

namespace ak::compliance {

// A key that checks signatures: an RSA public key or an HMAC-SHA1 secret.
struct ChainKey {
    QString version;                        // the keyVersion it is for; empty: tried for every version
    std::shared_ptr<const PublicKey> rsa;   // set for RSA-SHA1
    QByteArray hmacSecret;                  // for HMAC-SHA1 (when rsa is not set)
    bool verify(const QByteArray& text, const QString& signatureBase64) const;
};

// Why a link of the chain is broken.
enum class LinkProblem {
    SignatureMismatch,  // the signature is not the key's signature of the text (altered after signing)
    NumberGap,          // receipt numbers skip (a transaction is missing)
    OutOfOrder,         // receipt numbers go down or repeat (transactions moved or copied)
    UnknownKeyVersion,  // no key was given for its keyVersion
    MissingSignature,   // unsigned, after signed transactions of the same chain
    BadNumber,          // nr is not a whole number: its place in the chain cannot be checked
};

// One transaction of a chain and what is said about it.
struct ChainFinding {
    QString registerId;
    bool training = false;
    QString nr, date, time;  // as in the file
    LinkProblem problem = LinkProblem::SignatureMismatch;  // for broken links
    QString why;                                            // in words, for the person checking
};

struct ChainReport {
    int registers = 0;
    qint64 transactions = 0;
    qint64 signedCount = 0;
    qint64 unsignedCount = 0;
    qint64 verified = 0;  // signatures that verify, each against the one before it
    qint64 failed = 0;    // signed transactions that do not (including those after a first broken link)
    std::vector<ChainFinding> broken;     // the first broken link of each broken chain, in file order
    std::vector<ChainFinding> continued;  // first transactions of chains that begin before the period
    bool ok() const { return broken.empty(); }
};

// "normal receipts" or "training receipts".
QString chainName(bool training);

class SaftChainCheck {
public:
    explicit SaftChainCheck(std::vector<ChainKey> keys);

    // Reads the SAF-T file from `device` (open for reading) to its end. InvalidInput (with the line)
    // when it is not well-formed XML, cut off, or not a SAF-T Cash Register file.
    Result<ChainReport> run(QIODevice& device) const;

private:
    std::vector<ChainKey> keys_;
};

}  // namespace ak::compliance
