#include "core/journal/JournalEncoding.h"

#include <QCryptographicHash>

namespace ak::journal {

namespace {
void appendField(QByteArray& out, const QByteArray& utf8) {
    const quint32 n = quint32(utf8.size());
    out.append(char((n >> 24) & 0xff));
    out.append(char((n >> 16) & 0xff));
    out.append(char((n >> 8) & 0xff));
    out.append(char(n & 0xff));
    out.append(utf8);
}
}  // namespace

QString genesisHash() { return QString(64, u'0'); }

QByteArray canonicalEncoding(const JournalEntry& e) {
    QByteArray out;
    appendField(out, QByteArray(kFormatTag));
    appendField(out, e.prevHash.toUtf8());
    appendField(out, QByteArray::number(e.seq));
    appendField(out, e.at.toUtf8());
    appendField(out, e.registerId.toUtf8());
    appendField(out, e.actor.toUtf8());
    appendField(out, e.kind.toUtf8());
    appendField(out, e.payload.toUtf8());
    return out;
}

QString computeHash(const JournalEntry& e) {
    return QString::fromLatin1(QCryptographicHash::hash(canonicalEncoding(e), QCryptographicHash::Sha256).toHex());
}

}  // namespace ak::journal
