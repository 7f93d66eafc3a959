// The SAF-T Cash Register export (issue 13, item 3): a signing café's day — sales, a return, a
// training receipt, an X and a Z — exported and checked against the official schema with xmllint,
// its totals against the Z, each signature with the openssl tool from the file's own fields; the
// export's refusals (no organisation number, a changed, deleted or swapped sale), an empty period,
// a key rotation inside the period, sales from before signing, names outside Latin-1.
#include "core/compliance/KeyRegistry.h"
#include "core/compliance/SaftChainCheck.h"
#include "core/compliance/SaftExport.h"
#include "core/compliance/SaleSigner.h"
#include "core/compliance/SignatureText.h"
#include "tests/core/ShiftTestFixture.h"
#include "tests/support/TestSupport.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <cstring>
#include <memory>

using namespace ak;
using namespace ak::test;
using compliance::Algorithm;
using compliance::SaftExport;
using compliance::SaftSummary;

namespace {

const QTimeZone kOslo(QByteArrayLiteral("Europe/Oslo"));

struct Transaction {  // a cashtransaction as the file has it
    QString nr, date, time, amountIn, amountEx, signature, keyVersion;
    bool training = false;
};

struct SaftCafe : ShiftCafe {
    explicit SaftCafe(Algorithm algorithm = Algorithm::RsaSha1, bool signNow = true) {
        keyPath = dir.filePath(QStringLiteral("till.key"));
        if (signNow) startSigning(algorithm);
        open(kari);
    }
    void startSigning(Algorithm algorithm = Algorithm::RsaSha1) {
        auto key = compliance::SigningKey::create(keyPath, algorithm);
        BOOST_TEST_REQUIRE(key.ok());
        valueOrFail(compliance::registerKey(*db, journal, kTill, key.value(), clock.now()));
        ComplianceConfig config;
        config.signing = compliance::algorithmKey(algorithm);
        config.privateKey = keyPath;
        signer = compliance::SaleSigner::fromConfig(*db, config, kTill, kOslo);
        BOOST_TEST_REQUIRE(signer.problem().isEmpty(), signer.problem().toStdString());
        sales.setSigner(&signer);
    }
    // A second key version: the old file kept as till.key.v1.
    void rotate() {
        BOOST_TEST_REQUIRE(QFile::rename(keyPath, keyPath + QStringLiteral(".v1")));
        startSigning();
    }
    compliance::SaftCompany company() const {
        return {QStringLiteral("Aktivkafé Lyspunkt"), QStringLiteral("923609016"), true, Currency::NOK, kOslo};
    }
    Result<SaftSummary> exportMarch(QByteArray* xml = nullptr, compliance::SaftCompany c = {}) {
        if (c.orgNumber.isNull() && c.name.isNull()) c = company();
        compliance::SaftRequest r;
        r.from = QDate(2025, 3, 1);
        r.to = QDate(2025, 3, 31);
        r.createdAt = clock.now();
        r.softwareVersion = QStringLiteral("0.9-test");
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        auto summary = SaftExport::write(*db, c, r, buffer);
        if (xml) *xml = buffer.data();
        return summary;
    }
    // A day: a sale by card, two buns, a return of one coffee, a training receipt; X; count; Z.
    ZReport day() {
        first = sellByCard(draft({{"coffee", 2}}));
        clock.advanceSeconds(95);
        sellByCard(draft({{"bun", 2}, {"sandwich", 1}}, Consumption::Takeaway));
        clock.advanceSeconds(300);
        auto back = valueOrFail(sales.prepareReturn(first.id, {{first.lines[0].id, 1}}));
        PaymentPlan refund(back.total);
        requireOk(refund.add(PaymentMethod::Card, refund.remaining()));
        valueOrFail(sales.completeReturn(back, refund, kari, mona, QStringLiteral("Kald")));
        sales.setTraining(true);
        sellByCard(draft({{"squash", 1}}));
        sales.setTraining(false);
        clock.advanceSeconds(600);
        valueOrFail(days.x(kTill, mona, journal));
        closeWith(float500());
        clock.advanceSeconds(60);
        return valueOrFail(days.z(kTill, mona, journal));
    }
    void exec(const QString& sql) { valueOrFail(db->query(sql)); }

    QTemporaryDir dir;
    QString keyPath;
    compliance::SaleSigner signer;
    CompletedSale first;
};

std::vector<Transaction> transactions(const QByteArray& xml) {
    std::vector<Transaction> out;
    QXmlStreamReader r(xml);
    Transaction t;
    bool inLine = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            const auto n = r.name();
            if (n == QLatin1String("cashtransaction")) t = {};
            else if (n == QLatin1String("ctLine") || n == QLatin1String("vat") || n == QLatin1String("payment")) inLine = true;
            else if (!inLine && n == QLatin1String("nr")) t.nr = r.readElementText();
            else if (n == QLatin1String("transDate")) t.date = r.readElementText();
            else if (n == QLatin1String("transTime")) t.time = r.readElementText();
            else if (n == QLatin1String("transAmntIn")) t.amountIn = r.readElementText();
            else if (n == QLatin1String("transAmntEx")) t.amountEx = r.readElementText();
            else if (n == QLatin1String("signature")) t.signature = r.readElementText();
            else if (n == QLatin1String("keyVersion")) t.keyVersion = r.readElementText();
            else if (n == QLatin1String("trainingID")) t.training = r.readElementText() == QLatin1String("true");
        } else if (r.isEndElement()) {
            const auto n = r.name();
            if (n == QLatin1String("ctLine") || n == QLatin1String("vat") || n == QLatin1String("payment")) inLine = false;
            else if (n == QLatin1String("cashtransaction")) out.push_back(t);
        }
    }
    BOOST_TEST_REQUIRE(!r.hasError(), r.errorString().toStdString());
    return out;
}

// The text of every `name` element in document order.
QStringList texts(const QByteArray& xml, const char* name) {
    QStringList out;
    QXmlStreamReader r(xml);
    while (r.readNextStartElement() || !r.atEnd())
        if (r.isStartElement() && r.name() == QLatin1String(name)) out << r.readElementText();
    return out;
}

qint64 minor(const QString& amount) { return qRound64(amount.toDouble() * 100); }

void requireSchemaValid(const QByteArray& xml, const QTemporaryDir& dir) {
    const QString file = dir.filePath(QStringLiteral("export.xml"));
    QFile f(file);
    BOOST_TEST_REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(xml);
    f.close();
    toolOutput(QStringLiteral("xmllint"),
               {QStringLiteral("--noout"), QStringLiteral("--schema"),
                sourceDir() + QStringLiteral("/config/saft/Norwegian_SAF-T_Cash_Register_Schema_v_1.00.xsd"), file});
}

// openssl's word on a signature over the text rebuilt from the file's fields.
bool opensslVerifies(const QTemporaryDir& dir, const QString& publicPem, const QString& previous, const Transaction& t) {
    auto write = [&](const char* name, const QByteArray& bytes) {
        QFile f(dir.filePath(QString::fromLatin1(name)));
        BOOST_TEST_REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    };
    const QString text = QStringLiteral("%1;%2;%3;%4;%5;%6")
                             .arg(previous.isEmpty() ? QStringLiteral("0") : previous, t.date, t.time, t.nr, t.amountIn, t.amountEx);
    write("pub.pem", publicPem.toLatin1());
    write("sig", QByteArray::fromBase64(t.signature.toLatin1()));
    write("text", text.toUtf8());
    QProcess p;
    p.start(QStringLiteral("openssl"), {QStringLiteral("dgst"), QStringLiteral("-sha1"), QStringLiteral("-verify"),
                                        dir.filePath(QStringLiteral("pub.pem")), QStringLiteral("-signature"),
                                        dir.filePath(QStringLiteral("sig")), dir.filePath(QStringLiteral("text"))});
    p.waitForFinished(20000);
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(saft_export)

BOOST_AUTO_TEST_CASE(a_signing_day_validates_adds_up_to_its_z_and_every_signature_verifies) {
    SaftCafe c;
    const ZReport z = c.day();
    QByteArray xml;
    const SaftSummary s = valueOrFail(c.exportMarch(&xml));
    requireSchemaValid(xml, c.dir);
    BOOST_TEST(s.registers == 1);
    BOOST_TEST(s.transactions == 4);
    BOOST_TEST(s.signaturesChecked == 4);
    BOOST_TEST(s.unsignedTransactions == 0);
    BOOST_TEST(s.reports == 2);

    const std::vector<Transaction> ts = transactions(xml);
    BOOST_TEST_REQUIRE(ts.size() == 4u);
    qint64 sold = 0;
    for (const Transaction& t : ts)
        if (!t.training) sold += minor(t.amountIn);
    BOOST_TEST(sold == z.figures.netSales().minor());
    BOOST_TEST(s.salesMinor == sold);
    BOOST_TEST(ts[2].amountIn.startsWith(u'-'));  // the return
    BOOST_TEST(ts[3].training);
    BOOST_TEST(ts[3].nr == QStringLiteral("1"));  // training receipts are numbered apart

    // The Z in the file is the Z that was taken: its payments add up to the day's net sales.
    const QStringList reportIds = texts(xml, "reportID");
    BOOST_TEST(reportIds.contains(QStringLiteral("Z1")));
    BOOST_TEST(texts(xml, "reportGrandTotalSalesNet").last() == compliance::amountText(z.figures.grandTotalNet.minor()));
    BOOST_TEST(texts(xml, "eventType").contains(QStringLiteral("z_report")));
    BOOST_TEST(texts(xml, "companyIdent").first() == QStringLiteral("923609016"));
    BOOST_TEST(texts(xml, "taxRegIdent").first() == QStringLiteral("923609016MVA"));

    // Each chain verifies with the public key, from the file alone, by another program.
    const QString pem = valueOrFail(compliance::keyVersions(*c.db)).front().publicKey;
    QString previous[2];
    for (const Transaction& t : ts) {
        QString& prev = previous[t.training ? 1 : 0];
        BOOST_TEST(opensslVerifies(c.dir, pem, prev, t), "receipt " << t.nr.toStdString());
        prev = t.signature;
    }
    // Changing one character of an amount breaks it.
    Transaction changed = ts[1];
    changed.amountIn = QStringLiteral("1") + changed.amountIn;
    BOOST_TEST(!opensslVerifies(c.dir, pem, ts[0].signature, changed));
}

BOOST_AUTO_TEST_CASE(a_period_without_sales_is_a_valid_file_with_empty_lists) {
    SaftCafe c;
    compliance::SaftRequest r;
    r.from = QDate(2024, 1, 1);
    r.to = QDate(2024, 1, 31);
    r.createdAt = c.clock.now();
    r.softwareVersion = QStringLiteral("0.9-test");
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const SaftSummary s = valueOrFail(SaftExport::write(*c.db, c.company(), r, buffer));
    BOOST_TEST(s.transactions == 0);
    BOOST_TEST(s.registers == 0);
    requireSchemaValid(buffer.data(), c.dir);
}

BOOST_AUTO_TEST_CASE(a_cafe_without_an_organisation_number_is_told_what_to_set) {
    SaftCafe c;
    c.sellByCard(c.draft({{"coffee", 1}}));
    auto company = c.company();
    company.orgNumber.clear();
    const auto r = c.exportMarch(nullptr, company);
    BOOST_TEST_REQUIRE(!r.ok());
    BOOST_TEST((r.error().code == ErrorCode::InvalidInput));
    BOOST_TEST(r.error().message.contains(QStringLiteral("org_number")));
}

BOOST_AUTO_TEST_CASE(a_changed_amount_is_named_and_nothing_papered_over) {
    SaftCafe c;
    for (int i = 0; i < 3; ++i) c.sellByCard(c.draft({{"coffee", 1}}));
    test::dropTrigger(*c.db, QStringLiteral("sales_no_update"));
    c.exec(QStringLiteral("UPDATE sales SET total_minor = 1500 WHERE receipt_number = 2 AND training = 0"));
    const auto r = c.exportMarch();
    BOOST_TEST_REQUIRE(!r.ok());
    BOOST_TEST((r.error().code == ErrorCode::Conflict));
    BOOST_TEST(r.error().message.contains(QStringLiteral("receipt 2 ")), r.error().message.toStdString());
    BOOST_TEST(r.error().message.contains(QStringLiteral("does not match")));
}

BOOST_AUTO_TEST_CASE(a_deleted_sale_is_named_as_missing) {
    SaftCafe c;
    for (int i = 0; i < 3; ++i) c.sellByCard(c.draft({{"coffee", 1}}));
    for (const char* t : {"sales", "sale_lines", "sale_payments", "sale_vat"})
        test::dropTrigger(*c.db, QStringLiteral("%1_no_delete").arg(QString::fromLatin1(t)));
    const QString second = QStringLiteral("(SELECT id FROM sales WHERE receipt_number = 2 AND training = 0)");
    for (const char* t : {"sale_lines", "sale_payments", "sale_vat"})
        c.exec(QStringLiteral("DELETE FROM %1 WHERE sale_id = %2").arg(QString::fromLatin1(t), second));
    c.exec(QStringLiteral("DELETE FROM sales WHERE receipt_number = 2 AND training = 0"));
    const auto r = c.exportMarch();
    BOOST_TEST_REQUIRE(!r.ok());
    BOOST_TEST(r.error().message.contains(QStringLiteral("receipt 2 is missing")), r.error().message.toStdString());
}

BOOST_AUTO_TEST_CASE(two_swapped_sales_are_named) {
    SaftCafe c;
    for (int i = 0; i < 3; ++i) c.sellByCard(c.draft({{"coffee", i + 1}}));
    test::dropTrigger(*c.db, QStringLiteral("sales_no_update"));
    c.exec(QStringLiteral("UPDATE sales SET receipt_number = 99 WHERE receipt_number = 2"));
    c.exec(QStringLiteral("UPDATE sales SET receipt_number = 2 WHERE receipt_number = 3"));
    c.exec(QStringLiteral("UPDATE sales SET receipt_number = 3 WHERE receipt_number = 99"));
    const auto r = c.exportMarch();
    BOOST_TEST_REQUIRE(!r.ok());
    BOOST_TEST(r.error().message.contains(QStringLiteral("receipt 3 ")), r.error().message.toStdString());
}

BOOST_AUTO_TEST_CASE(a_period_across_a_key_rotation_checks_both_versions) {
    SaftCafe c;
    c.sellByCard(c.draft({{"coffee", 1}}));
    c.rotate();
    c.clock.advanceSeconds(3600);
    c.sellByCard(c.draft({{"bun", 1}}));
    QByteArray xml;
    const SaftSummary s = valueOrFail(c.exportMarch(&xml));
    BOOST_TEST(s.signaturesChecked == 2);
    const std::vector<Transaction> ts = transactions(xml);
    BOOST_TEST_REQUIRE(ts.size() == 2u);
    BOOST_TEST(ts[0].keyVersion == QStringLiteral("1"));
    BOOST_TEST(ts[1].keyVersion == QStringLiteral("2"));
    requireSchemaValid(xml, c.dir);
}

BOOST_AUTO_TEST_CASE(what_the_export_writes_saft_verify_checks_link_by_link) {
    // The two ends of the chain agree: SaftChainCheck (aktivkafe saft verify) reads the export with
    // the registered public keys, across unsigned sales, the training chain and a key rotation.
    SaftCafe c(Algorithm::RsaSha1, false);
    c.sellByCard(c.draft({{"coffee", 1}}));  // before signing began
    c.startSigning();
    c.sellByCard(c.draft({{"bun", 1}}));
    c.sales.setTraining(true);
    c.sellByCard(c.draft({{"squash", 1}}));
    c.sales.setTraining(false);
    c.rotate();
    c.clock.advanceSeconds(3600);
    c.sellByCard(c.draft({{"coffee", 2}}));
    QByteArray xml;
    valueOrFail(c.exportMarch(&xml));
    std::vector<compliance::ChainKey> keys;
    for (const compliance::KeyVersion& v : valueOrFail(compliance::keyVersions(*c.db)))
        keys.push_back({QString::number(v.version), std::make_shared<const compliance::PublicKey>(v.publicKey), {}});
    const auto check = [&keys](QByteArray bytes) {
        QBuffer file(&bytes);
        file.open(QIODevice::ReadOnly);
        return valueOrFail(compliance::SaftChainCheck(keys).run(file));
    };
    const compliance::ChainReport r = check(xml);
    BOOST_TEST(r.ok());
    BOOST_TEST(r.transactions == 4);
    BOOST_TEST(r.unsignedCount == 1);
    BOOST_TEST(r.verified == 3);
    BOOST_TEST(r.continued.empty());

    // Receipt 2's amount changed in the file: named there.
    const qsizetype at = xml.indexOf("<transAmntIn>", xml.indexOf("<nr>2</nr>"));
    BOOST_TEST_REQUIRE(at > 0);
    xml.insert(at + qsizetype(std::strlen("<transAmntIn>")), '1');
    const compliance::ChainReport changed = check(xml);
    BOOST_TEST_REQUIRE(changed.broken.size() == 1u);
    BOOST_TEST(changed.broken.front().nr == QStringLiteral("2"));
    BOOST_TEST((changed.broken.front().problem == compliance::LinkProblem::SignatureMismatch));
}

BOOST_AUTO_TEST_CASE(sales_from_before_signing_are_exported_unsigned) {
    SaftCafe c(Algorithm::RsaSha1, false);
    c.sellByCard(c.draft({{"coffee", 1}}));
    c.startSigning();
    c.sellByCard(c.draft({{"coffee", 1}}));
    QByteArray xml;
    const SaftSummary s = valueOrFail(c.exportMarch(&xml));
    BOOST_TEST(s.unsignedTransactions == 1);
    BOOST_TEST(s.signaturesChecked == 1);
    const std::vector<Transaction> ts = transactions(xml);
    BOOST_TEST(ts[0].signature.isEmpty());
    BOOST_TEST(ts[0].keyVersion.isEmpty());
    requireSchemaValid(xml, c.dir);
}

BOOST_AUTO_TEST_CASE(an_hmac_chain_is_checked_with_its_secret_and_by_number_without) {
    SaftCafe c(Algorithm::HmacSha1);
    c.sellByCard(c.draft({{"coffee", 1}}));
    c.sellByCard(c.draft({{"bun", 1}}));
    BOOST_TEST(valueOrFail(c.exportMarch()).signaturesChecked == 0);
    const QByteArray secret = valueOrFail(compliance::SigningKey::load(c.keyPath)).secret();
    compliance::SaftRequest r;
    r.from = QDate(2025, 3, 1);
    r.to = QDate(2025, 3, 31);
    r.createdAt = c.clock.now();
    r.softwareVersion = QStringLiteral("t");
    r.hmacKey = [secret](const QString&, int) -> std::optional<QByteArray> { return secret; };
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    BOOST_TEST(valueOrFail(SaftExport::write(*c.db, c.company(), r, buffer)).signaturesChecked == 2);
    r.hmacKey = [](const QString&, int) -> std::optional<QByteArray> { return QByteArrayLiteral("not the key"); };
    QBuffer again;
    again.open(QIODevice::WriteOnly);
    BOOST_TEST(!SaftExport::write(*c.db, c.company(), r, again).ok());
}

BOOST_AUTO_TEST_CASE(names_outside_latin1_are_kept_and_the_file_stays_valid) {
    SaftCafe c;
    Product tea = c.products.at("coffee");
    tea.id = 0;
    tea.code = QStringLiteral("chai");
    tea.name = {QStringLiteral("Чай 🍵"), QStringLiteral("Чай 🍵"), QStringLiteral("Чай 🍵")};
    c.products["chai"] = valueOrFail(c.catalogue.addProduct(tea));
    c.sellByCard(c.draft({{"chai", 1}}));
    QByteArray xml;
    valueOrFail(c.exportMarch(&xml));
    BOOST_TEST(texts(xml, "cashTransLineDescr").contains(QStringLiteral("Чай 🍵")));
    BOOST_TEST(texts(xml, "artDesc").contains(QStringLiteral("Чай 🍵")));
    requireSchemaValid(xml, c.dir);
}

BOOST_AUTO_TEST_SUITE_END()
