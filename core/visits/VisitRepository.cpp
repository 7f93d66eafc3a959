#include "core/visits/VisitRepository.h"
#include "core/storage/Sql.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlQuery>

#include <sodium.h>

#include <mutex>

#include "core/cards/CardCode.h"
#include "core/cards/CoffeeCard.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"

namespace ak {

Q_LOGGING_CATEGORY(lcVisits, "aktivkafe.core.visits")

namespace {

constexpr int kSecretBytes = crypto_auth_hmacsha256_KEYBYTES;

QString tr(const char* text) { return QCoreApplication::translate("ak::VisitRepository", text); }

bool ensureSodium() {
    static std::once_flag once;
    static bool ok = false;
    std::call_once(once, [] { ok = sodium_init() >= 0; });
    return ok;
}

Result<void> noRandom() {
    qCCritical(lcVisits) << "libsodium could not be initialised; no visit stored";
    return Result<void>::fail(ErrorCode::Device, tr("The check-in could not be stored (no secure random numbers)."));
}

// The stored token hash of the card `scanned` opens, if the card still belongs to whoever holds it.
// The same two readings as CardRepository (a printed code first, then an NFC tag's UID), so the kiosk
// recognises exactly the cards it would redeem.
Result<std::optional<QString>> recognisedCardHash(Database& db, QStringView scanned) {
    QString column;
    QString hash;
    if (auto code = CardCode::parse(scanned)) {
        column = QStringLiteral("token_hash");
        hash = cardTokenHash(code.value());
    } else if (auto uid = normaliseNfcUid(scanned)) {
        column = QStringLiteral("nfc_hash");
        hash = cardNfcHash(*uid);
    } else {
        return std::optional<QString>();
    }
    // Blocked (lost: someone else may hold it now) and handed-back cards do not stand for their
    // former holder any more; counting them as the same visitor would be wrong.
    auto q = db.query(QStringLiteral("SELECT token_hash FROM coffee_cards WHERE %1 = ? AND state = 'active'").arg(column),
                      {hash});
    if (!q) return q.error();
    if (!q->next()) return std::optional<QString>();
    return std::optional<QString>(q->value(0).toString());
}

// The café's visit secret; made on first use. Inside the caller's write transaction, so two
// kiosks checking in their first card at once cannot make two.
Result<QByteArray> visitSecret(Database& db) {
    auto q = db.query(QStringLiteral("SELECT secret FROM visit_secret WHERE id = 1"));
    if (!q) return q.error();
    if (q->next()) return QByteArray::fromHex(q->value(0).toString().toLatin1());
    if (!ensureSodium()) return noRandom().error();
    QByteArray secret(kSecretBytes, '\0');
    randombytes_buf(secret.data(), size_t(secret.size()));
    auto insert = db.query(QStringLiteral("INSERT INTO visit_secret (id, secret) VALUES (1, ?)"),
                           {QString::fromLatin1(secret.toHex())});
    if (!insert) return insert.error();
    return secret;
}

// HMAC, not a plain hash: without the secret nobody can compute a card's visit token, and with a
// prefix of its own the value can never equal a hash kept for the card elsewhere.
QString visitToken(const QByteArray& secret, const QString& cardHash) {
    const QByteArray message = QByteArrayLiteral("ak-visit-token:") + cardHash.toLatin1();
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256(mac, reinterpret_cast<const unsigned char*>(message.constData()),
                           static_cast<unsigned long long>(message.size()),
                           reinterpret_cast<const unsigned char*>(secret.constData()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(mac), sizeof mac).toHex());
}

// A random positive 63-bit row id (see VisitSchema.cpp: a counter would order the visits).
Result<qint64> freshVisitId(Database& db) {
    if (!ensureSodium()) return noRandom().error();
    for (;;) {
        quint64 bits = 0;
        randombytes_buf(&bits, sizeof bits);
        const auto id = static_cast<qint64>(bits & 0x7fff'ffff'ffff'ffffULL);
        if (id == 0) continue;
        // A collision is a one in billions event at a café's scale, but it must not fail a check-in.
        auto taken = db.query(QStringLiteral("SELECT 1 FROM visits WHERE id = ?"), {id});
        if (!taken) return taken.error();
        if (!taken->next()) return id;
    }
}

QVariant nullable(const std::optional<QString>& v) { return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::QString)); }
QVariant nullable(const std::optional<int>& v) { return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Int)); }

}  // namespace

VisitRepository::VisitRepository(Database& db, const Clock& clock, QTimeZone zone)
    : db_(db), clock_(clock), zone_(std::move(zone)) {}

const QStringList& VisitRepository::reasons() {
    static const QStringList list{QStringLiteral("coffee"), QStringLiteral("activity"), QStringLiteral("company"),
                                  QStringLiteral("talk")};
    return list;
}

QString VisitRepository::cardNotRecognisedMessage() {
    return tr("We could not read this card, but you are checked in. Welcome!");
}

Result<void> VisitRepository::validate(const QString& kioskId, const VisitAnswers& answers) {
    if (kioskId.isEmpty() || kioskId.size() > kMaxKioskIdLength)
        return Result<void>::fail(ErrorCode::InvalidInput, tr("The kiosk needs an id of 1 to 32 characters."));
    if (answers.reason && !reasons().contains(*answers.reason))
        return Result<void>::fail(ErrorCode::InvalidInput,
                                  tr("The answer to \"What brings you today?\" must be coffee, activity, company or talk."));
    if (answers.mood && (*answers.mood < kMinMood || *answers.mood > kMaxMood))
        return Result<void>::fail(ErrorCode::InvalidInput,
                                  tr("The answer to \"How are you today?\" must be from 1 to 5."));
    return {};
}

// Subtracting the minutes, seconds and milliseconds past the local quarter from the instant, rather
// than building a local wall-clock time: in the hour that repeats when summer time ends, "02:15" names
// two instants, and a rebuilt local time could move a check-in by an hour. Offsets change on the
// hour, so the quarter an instant lies in never straddles a change.
QDateTime VisitRepository::quarterStart(const QDateTime& at, const QTimeZone& zone) {
    const QTime local = at.toTimeZone(zone).time();
    const qint64 intoQuarterMs = qint64(local.minute() % 15) * 60'000 + qint64(local.second()) * 1000 + local.msec();
    return at.toUTC().addMSecs(-intoQuarterMs);
}

Result<CheckIn> VisitRepository::checkIn(const QString& kioskId, const VisitAnswers& answers, QStringView scannedCard) {
    if (auto valid = validate(kioskId, answers); !valid) return valid.error();
    const QDateTime now = clock_.now();
    const QString at = sql::utcText(quarterStart(now, zone_));
    // The local day of the check-in; rounding down to a quarter never leaves it (midnight is a quarter).
    const QDate today = now.toTimeZone(zone_).date();
    const QString dayStart = sql::utcText(today.startOfDay(zone_));
    const QString dayEnd = sql::utcText(today.addDays(1).startOfDay(zone_));

    CheckIn result;
    auto written = db_.write([&]() -> Result<void> {
        std::optional<QString> token;
        if (!scannedCard.trimmed().isEmpty()) {
            auto card = recognisedCardHash(db_, scannedCard);
            if (!card) return card.error();
            if (card->has_value()) {
                auto secret = visitSecret(db_);
                if (!secret) return secret.error();
                token = visitToken(secret.value(), *card.value());
                result.card = CardAtCheckIn::Recognised;
                auto before = db_.query(QStringLiteral("SELECT EXISTS (SELECT 1 FROM visits WHERE token = ? AND at < ?)"),
                                        {*token, dayStart});
                if (!before) return before.error();
                result.returning = before->next() && before->value(0).toInt() == 1;
            } else {
                result.card = CardAtCheckIn::NotRecognised;
                result.message = cardNotRecognisedMessage();
            }
        }
        auto id = freshVisitId(db_);
        if (!id) return id.error();
        const std::optional<int> firstVisit =
            answers.firstVisit ? std::optional<int>(*answers.firstVisit ? 1 : 0) : std::nullopt;
        auto insert = db_.query(QStringLiteral("INSERT INTO visits (id, at, kiosk_id, first_visit, reason, mood, token)"
                                               " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                {id.value(), at, kioskId, nullable(firstVisit), nullable(answers.reason),
                                 nullable(answers.mood), nullable(token)});
        if (!insert) return insert.error();
        auto count = db_.query(QStringLiteral("SELECT COUNT(*) FROM visits WHERE at >= ? AND at < ?"), {dayStart, dayEnd});
        if (!count) return count.error();
        result.guestNumberToday = count->next() ? count->value(0).toInt() : 0;
        return {};
    });
    if (!written) return written.error();
    return result;
}

Result<bool> VisitRepository::storeKept(qint64 id, const QDateTime& quarter, const QString& kioskId,
                                        const VisitAnswers& answers) {
    if (auto valid = validate(kioskId, answers); !valid) return valid.error();
    if (id <= 0) return Error{ErrorCode::InvalidInput, QStringLiteral("A kept visit needs its id.")};
    bool stored = false;
    const QVariant firstVisit = answers.firstVisit ? QVariant(*answers.firstVisit ? 1 : 0) : QVariant(QMetaType(QMetaType::Int));
    auto written = db_.write([&]() -> Result<void> {
        auto insert = db_.query(QStringLiteral("INSERT INTO visits (id, at, kiosk_id, first_visit, reason, mood, token)"
                                               " VALUES (?, ?, ?, ?, ?, ?, NULL) ON CONFLICT (id) DO NOTHING"),
                                {id, sql::utcText(quarterStart(quarter, zone_)), kioskId, firstVisit,
                                 nullable(answers.reason), nullable(answers.mood)});
        if (!insert) return insert.error();
        stored = insert->numRowsAffected() == 1;
        return {};
    });
    if (!written) return written.error();
    return stored;
}

}  // namespace ak
