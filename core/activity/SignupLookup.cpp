// A visitor's own sign-up by its cancel code (SignupRepository.h).

#include "core/activity/SignupRepository.h"

#include "core/activity/ActivityRows.h"

namespace ak {

QString SignupRepository::canonicalCode(QStringView typed) {
    QString code;
    for (QChar c : typed)
        if (!c.isSpace() && c != u'-') code.append(c.toUpper());
    return code;
}

Result<SignupOutcome> SignupRepository::lookUp(qint64 activityId, QStringView cancelCode) const {
    auto counts = countsIn(activityId);  // NotFound for an activity that is not there
    if (!counts) return counts.error();
    auto q = db_.query(QStringLiteral("SELECT id, status, position FROM signups WHERE id = %1")
                           .arg(activityrows::liveSignupWithCode(db_)),
                       {activityId, canonicalCode(cancelCode)});
    if (!q) return q.error();
    SignupOutcome out;
    if (!q->next()) {
        out.refusal = SignupRefusal::WrongCode;
        out.message = refusalMessage(SignupRefusal::WrongCode);
        return out;
    }
    Signup s;
    s.id = q->value(0).toLongLong();
    s.activityId = activityId;
    const QString status = q->value(1).toString();
    s.status = status == QLatin1String("waitlisted") ? SignupStatus::Waitlisted
             : status == QLatin1String("attended")   ? SignupStatus::Attended
                                                     : SignupStatus::Confirmed;
    if (s.status == SignupStatus::Waitlisted) {
        // the place in line: positions only grow, and those ahead may have left the line
        auto ahead = db_.query(QStringLiteral("SELECT count(*) FROM signups WHERE activity_id = ?"
                                              " AND status = 'waitlisted' AND position <= ?"),
                               {activityId, q->value(2)});
        if (!ahead) return ahead.error();
        if (ahead->next()) s.waitlistPlace = ahead->value(0).toInt();
    }
    out.signup = s;
    return out;
}

}  // namespace ak
