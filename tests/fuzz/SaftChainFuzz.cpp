// libFuzzer target for the SAF-T Cash Register chain check (core/compliance/SaftChainCheck.cpp): a
// SAF-T file handed to `aktivkafe saft verify` is outside input, and what reads it must not crash on
// one made to. Signatures are checked with a fixed HMAC key (the corpus is signed with it), so inputs
// go deep into the chains and not only into the XML.
//
// Checks the check's promises besides "no crash, no leak, no undefined behaviour": a refusal is
// InvalidInput with a message; every transaction is counted signed or unsigned, every signed one at
// most once verified or failed; every broken link and continued chain says why, at most one broken
// link per chain.

#include <cstddef>
#include <cstdint>

#include <QBuffer>
#include <QByteArray>
#include <QSet>

#include "core/compliance/SaftChainCheck.h"
#include "tests/fuzz/FuzzSupport.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    ak::fuzz::quietLogging();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    // "kkkkkkkkkkkkkkkk": the key tests/fuzz/corpus/saft_chain is signed with.
    const ak::compliance::SaftChainCheck check({ak::compliance::ChainKey{QString(), nullptr, QByteArray(16, 'k')}});
    const auto r = check.run(buffer);
    if (!r.ok()) {
        if (r.error().code != ak::ErrorCode::InvalidInput || r.error().message.isEmpty()) __builtin_trap();
        return 0;
    }
    const ak::compliance::ChainReport& report = r.value();
    if (report.signedCount + report.unsignedCount != report.transactions) __builtin_trap();
    if (report.verified + report.failed > report.signedCount || report.verified < 0 || report.failed < 0) __builtin_trap();
    QSet<QString> chains;
    for (const auto& b : report.broken) {
        if (b.why.isEmpty()) __builtin_trap();
        const QString chain = b.registerId + (b.training ? QStringLiteral("\n1") : QStringLiteral("\n0"));
        if (chains.contains(chain)) __builtin_trap();
        chains.insert(chain);
    }
    for (const auto& c : report.continued)
        if (c.why.isEmpty()) __builtin_trap();
    return 0;
}
