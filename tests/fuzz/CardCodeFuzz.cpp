// libFuzzer target for CardCode::parse, the one parser that reads text from strangers (a kiosk's
// scanner and its on-screen keyboard). Besides "no crash, no out-of-bounds read" it checks the
// parser's promises: a refusal is always InvalidInput with the generic message, and whatever is
// accepted prints back to a canonical form that reads as the same card.

#include <cstddef>
#include <cstdint>

#include <QByteArrayView>
#include <QString>

#include "core/cards/CardCode.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QString input = QString::fromUtf8(QByteArrayView(data, qsizetype(size)));
    const auto r = ak::CardCode::parse(input);
    if (!r.ok()) {
        if (r.error().code != ak::ErrorCode::InvalidInput || r.error().message != ak::CardCode::genericRefusal())
            __builtin_trap();
        return 0;
    }
    if (input.size() > ak::CardCode::kMaxInputLength) __builtin_trap();
    const QString canonical = r.value().toString();
    const auto again = ak::CardCode::parse(canonical);
    if (!again.ok() || !(again.value() == r.value()) || again.value().toString() != canonical) __builtin_trap();
    return 0;
}
