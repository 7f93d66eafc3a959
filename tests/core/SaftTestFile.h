#pragma once
// Small SAF-T Cash Register files for the signature-chain tests: cashtransactions signed as the till
// signs them (one chain per register and kind, "0" first, training apart), which a test then alters
// (an amount changed, one deleted, two swapped) before writing the file. The file is schema-valid
// (config/saft/'s XSD), one element a line, with a sale line in each transaction.

#include "core/compliance/SignatureText.h"
#include "core/compliance/SigningKey.h"

#include <QFile>
#include <QStandardPaths>
#include <QString>
#include <QTime>
#include <QXmlStreamWriter>

#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <functional>
#include <map>
#include <utility>
#include <vector>

namespace ak::test {

// Signs a text, returns the signature in base64.
using SaftSigner = std::function<QString(const QByteArray&)>;

inline SaftSigner signerOf(const compliance::SigningKey& key) {
    return [&key](const QByteArray& text) { return key.sign(text).value(); };
}

// For a BOOST_TEST_GLOBAL_FIXTURE: the suite exits 77 (CTest: skipped) when `program` is missing.
inline void requireTool(const char* program, const char* package) {
    if (!QStandardPaths::findExecutable(QString::fromLatin1(program)).isEmpty()) return;
    std::fprintf(stderr, "SKIP: %s is missing (Debian %s)\n", program, package);
    std::_Exit(77);
}

struct SaftTx {
    QString registerId;
    QString nr, date, time, amountIn, amountEx;
    bool training = false;
    QString signature, keyVersion;  // both empty: written before the register began to sign
};

class SaftChains {
public:
    // Appends receipt `nr` of `registerId` (training or not), `amountInMinor` øre including 25 % VAT,
    // negative for a return; signed by `signer` as key version `keyVersion`, chained to the previous
    // signed one of its chain; unsigned without a signer (and the chain starts again at "0").
    SaftTx& add(const QString& registerId, qint64 nr, qint64 amountInMinor, const SaftSigner& signer = {},
                const QString& keyVersion = QStringLiteral("1"), bool training = false) {
        SaftTx t;
        t.registerId = registerId;
        t.nr = QString::number(nr);
        t.date = QStringLiteral("2026-03-02");
        t.time = QTime(9, 0).addSecs(int(nr % 1000) * 37 + (training ? 11 : 0)).toString(QStringLiteral("HH:mm:ss"));
        t.amountIn = compliance::amountText(amountInMinor);
        t.amountEx = compliance::amountText(amountInMinor * 4 / 5);
        t.training = training;
        QString& previous = previous_[{registerId, training}];
        if (signer) {
            t.keyVersion = keyVersion;
            t.signature = signer(compliance::signedText(
                compliance::SignedFields{previous, t.date, t.time, t.nr, t.amountIn, t.amountEx}));
            previous = t.signature;
        } else {
            previous.clear();
        }
        txs.push_back(t);
        return txs.back();
    }

    std::vector<SaftTx> txs;

private:
    std::map<std::pair<QString, bool>, QString> previous_;
};

// Six sales and a return (receipts 1 to 7) on `registerId`, signed by `signer` as key version 1.
inline SaftChains aSaftDay(const QString& registerId, const SaftSigner& signer) {
    SaftChains c;
    for (qint64 nr = 1; nr <= 6; ++nr) c.add(registerId, nr, 4500 + nr * 100, signer);
    c.add(registerId, 7, -1640, signer);
    return c;
}

// Writes a SAF-T Cash Register file with `txs` (grouped by register, each register's in their order);
// `linesPerTransaction` sale lines each (more make a bigger file).
inline void writeSaftFile(const QString& path, const std::vector<SaftTx>& txs, int linesPerTransaction = 1) {
    QFile f(path);
    BOOST_TEST_REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QXmlStreamWriter x(&f);
    x.setAutoFormatting(true);
    x.writeStartDocument();
    x.writeDefaultNamespace(QStringLiteral("urn:StandardAuditFile-Taxation-CashRegister:NO"));
    x.writeStartElement(QStringLiteral("auditfile"));
    const auto text = [&x](const char* name, const QString& value) { x.writeTextElement(QLatin1String(name), value); };
    x.writeStartElement(QStringLiteral("header"));
    for (const auto& [name, value] :
         std::vector<std::pair<const char*, const char*>>{{"fiscalYear", "2026"}, {"startDate", "2026-03-01"},
                                                          {"endDate", "2026-03-31"}, {"curCode", "NOK"},
                                                          {"dateCreated", "2026-04-01"}, {"timeCreated", "10:00:00"},
                                                          {"softwareDesc", "Aktivkafe"}, {"softwareVersion", "0.1.0"},
                                                          {"softwareCompanyName", "Aktivkafe"},
                                                          {"auditfileVersion", "1.0"}})
        text(name, QLatin1String(value));
    x.writeEndElement();
    x.writeStartElement(QStringLiteral("company"));
    text("companyIdent", QStringLiteral("999999999"));
    text("companyName", QStringLiteral("Kafé Testen"));
    x.writeStartElement(QStringLiteral("basics"));
    x.writeStartElement(QStringLiteral("basic"));
    text("basicType", QStringLiteral("05"));
    text("basicID", QStringLiteral("SAL"));
    text("basicDesc", QStringLiteral("Sale line"));
    x.writeEndElement();
    x.writeEndElement();
    x.writeStartElement(QStringLiteral("location"));
    std::vector<QString> registers;
    for (const SaftTx& t : txs)
        if (std::find(registers.begin(), registers.end(), t.registerId) == registers.end()) registers.push_back(t.registerId);
    for (const QString& id : registers) {
        x.writeStartElement(QStringLiteral("cashregister"));
        text("registerID", id);
        for (const SaftTx& t : txs) {
            if (t.registerId != id) continue;
            const QString tp = t.amountIn.startsWith(u'-') ? QStringLiteral("D") : QStringLiteral("C");
            x.writeStartElement(QStringLiteral("cashtransaction"));
            text("nr", t.nr);
            text("transID", t.nr);
            text("transAmntIn", t.amountIn);
            text("transAmntEx", t.amountEx);
            text("amntTp", tp);
            text("transDate", t.date);
            text("transTime", t.time);
            for (int line = 1; line <= linesPerTransaction; ++line) {
                x.writeStartElement(QStringLiteral("ctLine"));
                text("nr", t.nr);  // a line's own nr: not the transaction's
                text("lineID", QString::number(line));
                text("lineType", QStringLiteral("SAL"));
                text("lineAmntIn", line == 1 ? t.amountIn : QStringLiteral("0.00"));
                text("lineAmntEx", line == 1 ? t.amountEx : QStringLiteral("0.00"));
                text("amntTp", tp);
                text("cashTransLineDescr", QStringLiteral("Kaffe og vaffel"));
                x.writeEndElement();
            }
            text("signature", t.signature);
            text("keyVersion", t.keyVersion);
            text("trainingID", t.training ? QStringLiteral("true") : QStringLiteral("false"));
            x.writeEndElement();
        }
        x.writeEndElement();
    }
    x.writeEndDocument();
    BOOST_TEST_REQUIRE(!x.hasError());
    BOOST_TEST_REQUIRE(f.flush());
}

}  // namespace ak::test
