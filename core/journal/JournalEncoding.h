#pragma once
// The canonical, unambiguous encoding of a journal row and its hash.
//
//   field(x)  = 4-byte big-endian unsigned length of UTF-8(x), then UTF-8(x)
//   encode(e) = field("aktivkafe-journal-v1") field(e.prevHash) field(decimal e.seq) field(e.at)
//               field(e.registerId) field(e.actor) field(e.kind) field(e.payload)
//   hash(e)   = lowercase hex of SHA-256(encode(e))
//
// Length prefixes make the encoding unambiguous (no separator can be smuggled inside a field), and
// the previous hash is inside the hashed bytes, so every row seals all rows before it. The tag
// names the format so that a later format can be told apart.
//
// What this protects against: accidental or casual edits of the file (a changed, removed or
// inserted row shows in verify()). What it cannot: someone who knows this format can recompute the
// whole chain and the head. Signing the chain with a key the file does not hold (Norwegian
// kassasystemforskriften signature) is a separate, later step.

#include "core/journal/JournalEntry.h"

#include <QByteArray>
#include <QString>

namespace ak::journal {

inline constexpr char kFormatTag[] = "aktivkafe-journal-v1";

// The prevHash of the first row.
QString genesisHash();

QByteArray canonicalEncoding(const JournalEntry& e);

// hash of `e` from its fields (e.hash is ignored).
QString computeHash(const JournalEntry& e);

}  // namespace ak::journal
