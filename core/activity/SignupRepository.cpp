#include "core/activity/SignupRepository.h"

#include "core/activity/ActivityRows.h"
#include "core/cards/CoffeeCard.h"
#include "core/journal/Journal.h"
#include "core/settings/SettingsRepository.h"
#include "core/staff/Permissions.h"
#include "core/storage/Sql.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QSqlError>

#include <sodium.h>

namespace ak {

Q_LOGGING_CATEGORY(lcSignups, "aktivkafe.core.signups")

using namespace activityrows;

QString signupStatusKey(SignupStatus status) {
    switch (status) {
    case SignupStatus::Confirmed: return QStringLiteral("confirmed");
    case SignupStatus::Waitlisted: return QStringLiteral("waitlisted");
    case SignupStatus::Cancelled: return QStringLiteral("cancelled");
    case SignupStatus::Attended: return QStringLiteral("attended");
    }
    return {};
}

std::optional<SignupStatus> signupStatusFromKey(const QString& key) {
    for (SignupStatus s : {SignupStatus::Confirmed, SignupStatus::Waitlisted, SignupStatus::Cancelled,
                           SignupStatus::Attended})
        if (signupStatusKey(s) == key) return s;
    return std::nullopt;
}

QString SignupRepository::refusalMessage(SignupRefusal refusal) {
    switch (refusal) {
    case SignupRefusal::None: return {};
    case SignupRefusal::ActivityCancelled:
        return QCoreApplication::translate("ak::SignupRepository",
                                           "This activity has been cancelled. We are sorry — have a look at the "
                                           "other activities.");
    case SignupRefusal::Closed:
        return QCoreApplication::translate("ak::SignupRepository",
                                           "Sign-up for this activity has closed. Ask at the counter — there may "
                                           "still be room.");
    case SignupRefusal::Full:
        return QCoreApplication::translate("ak::SignupRepository",
                                           "This activity is full. Ask at the counter, or have a look at the other "
                                           "activities.");
    case SignupRefusal::AlreadySignedUp:
        return QCoreApplication::translate("ak::SignupRepository",
                                           "This card is already signed up for this activity — there is nothing more "
                                           "to do.");
    case SignupRefusal::WrongCode:
        return QCoreApplication::translate("ak::SignupRepository",
                                           "That code does not match a sign-up for this activity. Check the code on "
                                           "your slip, or ask at the counter.");
    case SignupRefusal::TooLate:
        return QCoreApplication::translate("ak::SignupRepository",
                                           "This activity has already started, so the sign-up can no longer be "
                                           "cancelled.");
    case SignupRefusal::Attended:
        return QCoreApplication::translate("ak::SignupRepository",
                                           "This sign-up is already marked as attended.");
    }
    return {};
}

namespace {

constexpr const char* kSignupColumns =
    "id, activity_id, nickname, card_token IS NOT NULL, cancel_code, status, position, created_at";

Signup signupFrom(const QSqlQuery& q) {
    Signup s;
    s.id = q.value(0).toLongLong();
    s.activityId = q.value(1).toLongLong();
    if (!q.value(2).isNull()) s.nickname = q.value(2).toString();
    s.byCard = q.value(3).toInt() != 0;
    s.cancelCode = q.value(4).toString();
    s.status = signupStatusFromKey(q.value(5).toString()).value_or(SignupStatus::Cancelled);
    s.everWaitlisted = !q.value(6).isNull();
    s.createdAt = fromIso(q.value(7));
    return s;
}

Error notFound() {
    return {ErrorCode::NotFound, QCoreApplication::translate("ak::SignupRepository", "This activity no longer exists.")};
}

Result<std::optional<Signup>> signupWhere(const Database& db, const QString& where, const QVariantList& values) {
    auto q = db.query(QStringLiteral("SELECT %1 FROM signups WHERE %2").arg(QLatin1String(kSignupColumns), where), values);
    if (!q) return q.error();
    if (!q->next()) return std::optional<Signup>();
    return std::optional<Signup>(signupFrom(q.value()));
}

Result<int> intOf(const Database& db, const QString& statement, const QVariantList& values) {
    auto q = db.query(statement, values);
    if (!q) return q.error();
    if (!q->next()) return sql::failure(QStringLiteral("no row from: %1 (%2)").arg(statement, q->lastError().text()));
    return q->value(0).toInt();
}

// The card as this sign-up sees it: the printed code's token or the tag's UID, each with a prefix
// so the two can never collide. Nothing else about the card is read.
std::optional<QByteArray> cardIdentity(QStringView scanned) {
    if (auto code = CardCode::parse(scanned)) return QByteArrayLiteral("code:") + code->tokenBytes().toHex();
    if (auto uid = normaliseNfcUid(scanned)) return QByteArrayLiteral("nfc:") + uid->toLatin1();
    return std::nullopt;
}

// The café's key for card tokens, made on first use inside the caller's write transaction.
Result<QByteArray> cardKey(Database& db) {
    SettingsRepository settings(db);
    const QString setting = QString::fromLatin1(SignupRepository::kCardKeySetting);
    auto stored = settings.value(setting);
    if (!stored) return stored.error();
    if (stored->has_value()) return QByteArray::fromHex(stored->value().toLatin1());
    if (sodium_init() < 0)
        return Error{ErrorCode::Device, QCoreApplication::translate("ak::SignupRepository",
                                                                    "Cards cannot be used for sign-up here (no secure "
                                                                    "random numbers).")};
    QByteArray key(32, '\0');
    randombytes_buf(key.data(), size_t(key.size()));
    if (auto r = settings.set(setting, QString::fromLatin1(key.toHex())); !r) return r.error();
    return key;
}

Result<QString> newCancelCode(const Database& db, qint64 activityId) {
    if (sodium_init() < 0)
        return Error{ErrorCode::Device, QCoreApplication::translate("ak::SignupRepository",
                                                                    "Sign-up is not possible here (no secure random "
                                                                    "numbers).")};
    const QByteArray alphabet(SignupRepository::kCodeAlphabet);
    // 23^4 = 279,841 codes: a clash among an activity's few dozen live codes is rare, and a few more
    // draws make it vanishingly so.
    for (int attempt = 0; attempt < 64; ++attempt) {
        QString code;
        for (int i = 0; i < SignupRepository::kCodeLength; ++i)
            code.append(QLatin1Char(alphabet.at(qsizetype(randombytes_uniform(uint32_t(alphabet.size()))))));
        auto taken = intOf(db, QStringLiteral("SELECT count(*) FROM signups WHERE id = %1").arg(liveSignupWithCode(db)),
                           {activityId, code});
        if (!taken) return taken.error();
        if (taken.value() == 0) return code;
    }
    return Error{ErrorCode::Conflict, QStringLiteral("no free cancel code for activity %1").arg(activityId)};
}

}  // namespace

Result<SignupOutcome> SignupRepository::signUp(qint64 activityId, const SignupBy& who, Journal& journal) {
    QString nickname;
    std::optional<QByteArray> card;
    if (who.isCard()) {
        card = cardIdentity(who.scannedCard);
        if (!card) return Error{ErrorCode::InvalidInput, CardCode::genericRefusal()};
    } else {
        auto n = normaliseNickname(who.nickname);
        if (!n) return n.error();
        nickname = n.value();
    }

    SignupOutcome outcome;
    auto refuse = [&](SignupRefusal r) {
        outcome = {std::nullopt, r, refusalMessage(r)};
        return Result<void>();
    };
    auto written = db_.write([&]() -> Result<void> {
        const QDateTime now = clock_.now().toUTC();
        auto found = byId(db_, activityId);
        if (!found) return found.error();
        if (!found->has_value()) return notFound();
        const Activity& a = *found.value();
        if (a.isCancelled()) return refuse(SignupRefusal::ActivityCancelled);
        if (now >= a.signupClosesAt()) return refuse(SignupRefusal::Closed);

        QVariant token(QMetaType::fromType<QString>());
        if (card) {
            auto key = cardKey(db_);
            if (!key) return key.error();
            const QByteArray message = QByteArrayLiteral("ak-signup:") + QByteArray::number(a.id) + ':' + *card;
            token = QString::fromLatin1(
                QMessageAuthenticationCode::hash(message, key.value(), QCryptographicHash::Sha256).toHex());
            auto twice = intOf(db_,
                               QStringLiteral("SELECT count(*) FROM signups WHERE id = %1").arg(liveSignupWithCard(db_)),
                               {a.id, token});
            if (!twice) return twice.error();
            if (twice.value() > 0) return refuse(SignupRefusal::AlreadySignedUp);
        }

        auto counts = countsIn(a.id);
        if (!counts) return counts.error();
        Signup s;
        s.activityId = a.id;
        s.nickname = card ? QString() : nickname;
        s.byCard = card.has_value();
        s.createdAt = now;
        QVariant position(QMetaType::fromType<int>());
        if (!counts->placesLeft || *counts->placesLeft > 0) {
            s.status = SignupStatus::Confirmed;
        } else if (a.waitlist) {
            auto last = intOf(db_, QStringLiteral("SELECT coalesce(max(position), 0) FROM signups WHERE activity_id = ?"),
                              {a.id});
            if (!last) return last.error();
            position = last.value() + 1;
            s.status = SignupStatus::Waitlisted;
            s.everWaitlisted = true;
            s.waitlistPlace = counts->waitlisted + 1;
        } else {
            return refuse(SignupRefusal::Full);
        }
        auto code = newCancelCode(db_, a.id);
        if (!code) return code.error();
        s.cancelCode = code.value();
        auto q = db_.insert(QStringLiteral("INSERT INTO signups (activity_id, nickname, card_token, cancel_code, status,"
                                          " position, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                           {a.id, card ? QVariant(QMetaType::fromType<QString>()) : QVariant(nickname), token,
                            s.cancelCode, signupStatusKey(s.status), position, sql::utcText(now)});
        if (!q) return q.error();
        s.id = q.value();
        auto e = journal.append(Journal::kioskActor(), JournalKind::SignupCreated,
                                QJsonObject{{QStringLiteral("activity_id"), a.id},
                                            {QStringLiteral("signup_id"), s.id},
                                            {QStringLiteral("status"), signupStatusKey(s.status)},
                                            {QStringLiteral("by_card"), s.byCard}});
        if (!e) return e.error();
        outcome = {s, SignupRefusal::None, QString()};
        return {};
    });
    if (!written) return written.error();
    return outcome;
}

Result<CancelOutcome> SignupRepository::cancel(qint64 activityId, QStringView cancelCode, Journal& journal) {
    return cancelWhere(activityId, QStringLiteral("id = ") + liveSignupWithCode(db_), {activityId, canonicalCode(cancelCode)},
                       Journal::kioskActor(), journal);
}

Result<CancelOutcome> SignupRepository::cancelFor(qint64 signupId, const StaffMember& by, Journal& journal) {
    if (auto r = requirePermission(by, Permission::RunActivities); !r) return r.error();
    auto found = signupWhere(db_, QStringLiteral("id = ?"), {signupId});
    if (!found) return found.error();
    if (!found->has_value())
        return Error{ErrorCode::NotFound, QCoreApplication::translate("ak::SignupRepository", "This sign-up no longer exists.")};
    if (found.value()->status == SignupStatus::Cancelled)
        return Error{ErrorCode::Conflict, QCoreApplication::translate("ak::SignupRepository", "This sign-up is already cancelled.")};
    return cancelWhere(found.value()->activityId, QStringLiteral("id = ?"), {signupId}, Journal::staffActor(by.id), journal);
}

Result<CancelOutcome> SignupRepository::cancelWhere(qint64 activityId, const QString& match, const QVariantList& values,
                                                    const QString& actor, Journal& journal) {
    CancelOutcome outcome;
    auto refuse = [&](SignupRefusal r) {
        outcome = {0, std::nullopt, r, refusalMessage(r)};
        return Result<void>();
    };
    auto written = db_.write([&]() -> Result<void> {
        const QDateTime now = clock_.now().toUTC();
        auto found = byId(db_, activityId);
        if (!found) return found.error();
        if (!found->has_value()) return notFound();
        const Activity& a = *found.value();
        // `match` is one of two conditions written above, never outside input. Only the id and the
        // status are read: on PostgreSQL the kiosk may read no more of a sign-up (PostgresRoles.h).
        auto s = db_.query(QStringLiteral("SELECT id, status FROM signups WHERE activity_id = ? AND %1"
                                          " AND status <> 'cancelled'").arg(match),
                           QVariantList{a.id} + values);
        if (!s) return s.error();
        if (!s->next()) return refuse(SignupRefusal::WrongCode);
        Signup signup;
        signup.id = s->value(0).toLongLong();
        signup.status = signupStatusFromKey(s->value(1).toString()).value_or(SignupStatus::Cancelled);
        s->finish();
        if (signup.status == SignupStatus::Attended) return refuse(SignupRefusal::Attended);
        if (now >= a.startsAt) return refuse(SignupRefusal::TooLate);
        auto u = db_.query(QStringLiteral("UPDATE signups SET status = 'cancelled' WHERE id = ?"), {signup.id});
        if (!u) return u.error();
        auto e = journal.append(actor, JournalKind::SignupCancelled,
                                QJsonObject{{QStringLiteral("activity_id"), a.id},
                                            {QStringLiteral("signup_id"), signup.id},
                                            {QStringLiteral("was"), signupStatusKey(signup.status)}});
        if (!e) return e.error();
        outcome = {signup.id, std::nullopt, SignupRefusal::None, QString()};
        if (signup.status == SignupStatus::Confirmed) {
            auto promoted = promoteWhilePlaces(db_, a, now, actor, journal);
            if (!promoted) return promoted.error();
            if (!promoted->empty()) outcome.promotedId = promoted->front();
        }
        return {};
    });
    if (!written) return written.error();
    return outcome;
}

Result<SignupCounts> SignupRepository::countsIn(qint64 activityId) const {
    auto found = byId(db_, activityId);
    if (!found) return found.error();
    if (!found->has_value()) return notFound();
    auto q = db_.query(QStringLiteral("SELECT coalesce(sum(CASE WHEN status IN ('confirmed', 'attended') THEN 1 ELSE 0 END), 0),"
                                      " coalesce(sum(CASE WHEN status = 'waitlisted' THEN 1 ELSE 0 END), 0)"
                                      " FROM signups WHERE activity_id = ?"),
                       {activityId});
    if (!q) return q.error();
    SignupCounts c;
    if (q->next()) {
        c.confirmed = q->value(0).toInt();
        c.waitlisted = q->value(1).toInt();
    }
    if (const auto& capacity = found.value()->capacity) c.placesLeft = std::max(0, *capacity - c.confirmed);
    return c;
}

Result<SignupCounts> SignupRepository::counts(qint64 activityId) const { return countsIn(activityId); }

Result<std::optional<int>> SignupRepository::placesLeft(qint64 activityId) const {
    auto c = countsIn(activityId);
    if (!c) return c.error();
    return c->placesLeft;
}

Result<int> SignupRepository::waitlistLength(qint64 activityId) const {
    auto c = countsIn(activityId);
    if (!c) return c.error();
    return c->waitlisted;
}

Result<QStringList> SignupRepository::nicknamesWithPlace(qint64 activityId) const {
    auto found = byId(db_, activityId);
    if (!found) return found.error();
    if (!found->has_value()) return notFound();
    // On PostgreSQL through a function the kiosk's role may be allowed to call (PostgresRoles.h):
    // it reads no other nickname.
    auto q = db_.query(db_.isPostgres() ? QStringLiteral("SELECT nickname FROM ak_signup_nicknames(?) ORDER BY id")
                                        : QStringLiteral("SELECT nickname FROM signups WHERE activity_id = ? AND status IN"
                                                         " ('confirmed', 'attended') AND nickname IS NOT NULL ORDER BY id"),
                       {activityId});
    if (!q) return q.error();
    QStringList names;
    while (q->next()) names.append(q->value(0).toString());
    return names;
}

Result<std::vector<Signup>> SignupRepository::list(qint64 activityId, const StaffMember& by) const {
    if (auto r = requirePermission(by, Permission::RunActivities); !r) return r.error();
    auto q = db_.query(QStringLiteral("SELECT %1 FROM signups WHERE activity_id = ? ORDER BY"
                                      " CASE status WHEN 'waitlisted' THEN 1 WHEN 'cancelled' THEN 2 ELSE 0 END,"
                                      " CASE status WHEN 'waitlisted' THEN position ELSE id END")
                           .arg(QLatin1String(kSignupColumns)),
                       {activityId});
    if (!q) return q.error();
    std::vector<Signup> out;
    int inLine = 0;
    while (q->next()) {
        Signup s = signupFrom(q.value());
        if (s.status == SignupStatus::Waitlisted) s.waitlistPlace = ++inLine;
        out.push_back(std::move(s));
    }
    return out;
}

Result<Signup> SignupRepository::markAttended(qint64 signupId, bool attended, const StaffMember& by, Journal& journal) {
    if (auto r = requirePermission(by, Permission::RunActivities); !r) return r.error();
    Signup s;
    auto written = db_.write([&]() -> Result<void> {
        auto found = signupWhere(db_, QStringLiteral("id = ?"), {signupId});
        if (!found) return found.error();
        if (!found->has_value())
            return Error{ErrorCode::NotFound,
                         QCoreApplication::translate("ak::SignupRepository", "This sign-up no longer exists.")};
        s = *found.value();
        if (s.status == SignupStatus::Waitlisted || s.status == SignupStatus::Cancelled)
            return Error{ErrorCode::Conflict, QCoreApplication::translate(
                                                  "ak::SignupRepository",
                                                  "Only someone with a place can be marked as attended.")};
        s.status = attended ? SignupStatus::Attended : SignupStatus::Confirmed;
        auto u = db_.query(QStringLiteral("UPDATE signups SET status = ? WHERE id = ?"), {signupStatusKey(s.status), s.id});
        if (!u) return u.error();
        auto e = journal.append(Journal::staffActor(by.id), JournalKind::SignupAttended,
                                QJsonObject{{QStringLiteral("activity_id"), s.activityId},
                                            {QStringLiteral("signup_id"), s.id},
                                            {QStringLiteral("attended"), attended}});
        if (!e) return e.error();
        return {};
    });
    if (!written) return written.error();
    return s;
}

Result<int> SignupRepository::eraseNicknames(int daysAfter) {
    if (daysAfter < 0)
        return Error{ErrorCode::InvalidInput, QStringLiteral("daysAfter must not be negative (got %1)").arg(daysAfter)};
    const QDate today = clock_.now().toTimeZone(zone_).date();
    const QDateTime cutoff = QDateTime(today.addDays(-daysAfter), QTime(0, 0), zone_).toUTC();
    int erased = 0;
    auto written = db_.write([&]() -> Result<void> {
        auto q = db_.query(QStringLiteral("UPDATE signups SET nickname = NULL, card_token = NULL"
                                          " WHERE (nickname IS NOT NULL OR card_token IS NOT NULL)"
                                          " AND activity_id IN (SELECT id FROM activities WHERE ends_at < ?)"),
                           {sql::utcText(cutoff)});
        if (!q) return q.error();
        erased = q->numRowsAffected();
        return {};
    });
    if (!written) return written.error();
    qCInfo(lcSignups) << "erased the nicknames of" << erased << "sign-ups of activities that ended before" << cutoff;
    return erased;
}

}  // namespace ak
