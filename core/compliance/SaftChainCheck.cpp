#include "core/compliance/SaftChainCheck.h"

#include "core/compliance/SignatureText.h"
#include "core/compliance/SigningKey.h"

#include <QIODevice>
#include <QSet>
#include <QXmlStreamReader>

#include <map>
#include <optional>
#include <utility>

namespace ak::compliance {

namespace {

const QLatin1String kNamespace("urn:StandardAuditFile-Taxation-CashRegister:NO");

// The fields of one cashtransaction the chain needs, as written in the file.
struct Transaction {
    QString nr, date, time, amountIn, amountEx, signature, keyVersion;
    bool training = false;
};

// What is known of one chain (a register's normal or training receipts) at its latest transaction.
struct Chain {
    bool seen = false;            // a transaction of this chain came before in the file
    bool signedBefore = false;    // a signed one came before
    bool anyVerified = false;     // some signature of it verified
    bool broken = false;          // its first broken link has been reported
    QString previousSignature;    // of the previous transaction; empty after an unsigned one ("0")
    std::optional<qint64> lastNr;  // the previous transaction's number
    // A gap in the numbers at the previous transaction: a transaction deleted, or (when the next one
    // brings the missing number) two transactions out of order; the next transaction decides which.
    std::optional<ChainFinding> gap;
    qint64 numberBeforeGap = 0;
    QString gapSignatureNote;  // what was wrong with the signature at the gap
};

struct Problem {
    LinkProblem what;
    QString why;
};

QString missingNumbers(qint64 before, qint64 after) {
    if (after - before == 2) return QStringLiteral("receipt %1 is missing").arg(before + 1);
    return QStringLiteral("receipts %1 to %2 are missing").arg(before + 1).arg(after - 1);
}

// Walks the transactions in file order and keeps each chain's state; fills the report.
class ChainWalker {
public:
    ChainWalker(const std::vector<ChainKey>& keys, ChainReport& report) : keys_(keys), report_(report) {}

    void startRegister(const QString& id) {
        if (!registers_.contains(id)) {
            registers_.insert(id);
            ++report_.registers;
        }
    }

    // The end of a cashregister element: a gap at its last transaction is a gap.
    void endRegister(const QString& id) {
        for (bool training : {false, true}) {
            const auto it = chains_.find({id, training});
            if (it == chains_.end() || !it->second.gap) continue;
            report(it->second, *it->second.gap);
            it->second.gap.reset();
        }
    }

    void add(const QString& registerId, const Transaction& t) {
        ++report_.transactions;
        Chain& c = chains_[{registerId, t.training}];
        ChainFinding here{registerId, t.training, t.nr, t.date, t.time, LinkProblem::SignatureMismatch, QString()};

        bool isNumber = false;
        const qint64 nr = t.nr.toLongLong(&isNumber);
        if (c.gap) decideGap(c, isNumber ? std::optional<qint64>(nr) : std::nullopt);

        std::optional<Problem> numbering;
        bool gap = false;
        if (!isNumber)
            numbering = Problem{LinkProblem::BadNumber,
                                QStringLiteral("its number '%1' is not a whole number, so its place in the chain "
                                               "cannot be checked")
                                    .arg(t.nr)};
        else if (c.lastNr && nr <= *c.lastNr)
            numbering = Problem{LinkProblem::OutOfOrder,
                                QStringLiteral("receipt %1 comes after receipt %2: receipt numbers must rise by one; "
                                               "the transactions are out of order or one is there twice")
                                    .arg(nr)
                                    .arg(*c.lastNr)};
        else if (c.lastNr && nr > *c.lastNr + 1)
            gap = true;

        std::optional<Problem> signing;
        if (t.signature.isEmpty()) {
            ++report_.unsignedCount;
            if (c.signedBefore)
                signing = Problem{LinkProblem::MissingSignature,
                                  QStringLiteral("it has no signature, although the transactions before it in this "
                                                 "chain are signed")};
            c.previousSignature.clear();
        } else {
            ++report_.signedCount;
            signing = checkSignature(c, t, here);
            c.previousSignature = t.signature;
            c.signedBefore = true;
        }

        // What is wrong with its number is said first, then what is wrong with its signature.
        if (gap) {
            here.problem = LinkProblem::NumberGap;
            here.why = QStringLiteral("receipt %1 follows receipt %2: %3 (deleted?)")
                           .arg(nr)
                           .arg(*c.lastNr)
                           .arg(missingNumbers(*c.lastNr, nr));
            c.gapSignatureNote = signing ? signing->why : QString();
            if (signing) here.why += QStringLiteral("; ") + signing->why;
            c.gap = here;
            c.numberBeforeGap = *c.lastNr;
        } else if (numbering || signing) {
            const Problem& first = numbering ? *numbering : *signing;
            here.problem = first.what;
            here.why = first.why;
            if (numbering && signing) here.why += QStringLiteral("; ") + signing->why;
            report(c, here);
        }
        c.seen = true;
        c.lastNr = isNumber ? std::optional<qint64>(nr) : std::nullopt;
    }

private:
    // Checks t's signature against the chain's previous one: nothing when it verifies or when its
    // link cannot be checked from the file (then `here` goes to the report's continued chains).
    std::optional<Problem> checkSignature(Chain& c, const Transaction& t, ChainFinding here) {
        std::vector<const ChainKey*> candidates;
        for (const ChainKey& k : keys_)
            if (k.version.isEmpty() || k.version == t.keyVersion) candidates.push_back(&k);
        if (candidates.empty())
            return Problem{LinkProblem::UnknownKeyVersion,
                           QStringLiteral("it is signed with key version '%1', and no key was given for that version")
                               .arg(t.keyVersion)};
        const QByteArray text =
            signedText(SignedFields{c.previousSignature, t.date, t.time, t.nr, t.amountIn, t.amountEx});
        for (const ChainKey* k : candidates)
            if (k->verify(text, t.signature)) {
                ++report_.verified;
                c.anyVerified = true;
                return std::nullopt;
            }
        if (!c.seen && t.nr != QLatin1String("1")) {
            // The first of its chain in the file: it may be chained to a transaction before the period.
            // Not receipt 1, though: nothing comes before it, so its link is "0" and is checked.
            here.why = QStringLiteral("continues a chain from before the period (its own link cannot be checked "
                                      "from this file)");
            report_.continued.push_back(here);
            return std::nullopt;
        }
        ++report_.failed;
        QString why = QStringLiteral("its signature does not match: its amount, date, time or number, or the "
                                     "signature before it, was changed after it was signed");
        if (!c.anyVerified)
            why += QStringLiteral(" (no signature of this chain has verified: is the key for version '%1' the "
                                  "register's?)")
                       .arg(t.keyVersion);
        return Problem{LinkProblem::SignatureMismatch, why};
    }

    // The transaction after a gap: when it brings a number from the gap, the two are out of order.
    void decideGap(Chain& c, std::optional<qint64> next) {
        ChainFinding finding = *c.gap;
        c.gap.reset();
        const qint64 gapNr = finding.nr.toLongLong();
        if (next && *next > c.numberBeforeGap && *next < gapNr) {
            finding.problem = LinkProblem::OutOfOrder;
            finding.why = QStringLiteral("receipt %1 follows receipt %2, and receipt %3 comes after it: the "
                                         "transactions are out of order (moved or swapped)")
                              .arg(gapNr)
                              .arg(c.numberBeforeGap)
                              .arg(*next);
            if (!c.gapSignatureNote.isEmpty()) finding.why += QStringLiteral("; ") + c.gapSignatureNote;
        }
        report(c, finding);
    }

    void report(Chain& c, const ChainFinding& finding) {
        if (c.broken) return;
        c.broken = true;
        report_.broken.push_back(finding);
    }

    const std::vector<ChainKey>& keys_;
    ChainReport& report_;
    QSet<QString> registers_;
    std::map<std::pair<QString, bool>, Chain> chains_;
};

bool isTrue(const QString& flag) { return flag == QLatin1String("true") || flag == QLatin1String("1"); }

Transaction readTransaction(QXmlStreamReader& xml) {
    Transaction t;
    while (xml.readNextStartElement()) {
        const QStringView name = xml.name();
        QString* field = name == QLatin1String("nr")            ? &t.nr
                         : name == QLatin1String("transDate")   ? &t.date
                         : name == QLatin1String("transTime")   ? &t.time
                         : name == QLatin1String("transAmntIn") ? &t.amountIn
                         : name == QLatin1String("transAmntEx") ? &t.amountEx
                         : name == QLatin1String("signature")   ? &t.signature
                         : name == QLatin1String("keyVersion")  ? &t.keyVersion
                                                                : nullptr;
        if (field)
            *field = xml.readElementText().trimmed();
        else if (name == QLatin1String("trainingID"))
            t.training = isTrue(xml.readElementText().trimmed());
        else
            xml.skipCurrentElement();  // lines, payments, VAT: not part of the chain
    }
    return t;
}

void readRegister(QXmlStreamReader& xml, ChainWalker& walker) {
    QString id;
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("registerID")) {
            id = xml.readElementText().trimmed();
            walker.startRegister(id);
        } else if (xml.name() == QLatin1String("cashtransaction")) {
            walker.add(id, readTransaction(xml));
        } else {
            xml.skipCurrentElement();  // events and their reports
        }
    }
    walker.endRegister(id);
}

}  // namespace

bool ChainKey::verify(const QByteArray& text, const QString& signatureBase64) const {
    return rsa ? rsa->verifyRsaSha1(text, signatureBase64) : verifyHmacSha1(text, signatureBase64, hmacSecret);
}

QString chainName(bool training) {
    return training ? QStringLiteral("training receipts") : QStringLiteral("normal receipts");
}

SaftChainCheck::SaftChainCheck(std::vector<ChainKey> keys) : keys_(std::move(keys)) {}

Result<ChainReport> SaftChainCheck::run(QIODevice& device) const {
    QXmlStreamReader xml(&device);
    ChainReport report;
    ChainWalker walker(keys_, report);
    bool root = true;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement) continue;
        if (root && (xml.name() != QLatin1String("auditfile") || xml.namespaceUri() != kNamespace)) {
            return Error{ErrorCode::InvalidInput,
                         QStringLiteral("is not a SAF-T Cash Register file: its root element is not auditfile in %1")
                             .arg(kNamespace)};
        }
        root = false;
        if (xml.name() == QLatin1String("cashregister")) readRegister(xml, walker);
    }
    if (xml.hasError())
        return Error{ErrorCode::InvalidInput, QStringLiteral("is not well-formed XML: line %1, column %2: %3")
                                                  .arg(xml.lineNumber())
                                                  .arg(xml.columnNumber())
                                                  .arg(xml.errorString())};
    return report;
}

}  // namespace ak::compliance
