#include "core/config/CheckInConfig.h"

#include <QCoreApplication>

namespace ak {

bool OpeningHours::isSet() const {
    for (const DayHours& d : days)
        if (d.state != DayHours::State::NotSet) return true;
    return false;
}

const DayHours& OpeningHours::on(QDate date) const {
    static const DayHours notSet;
    if (!date.isValid()) return notSet;
    return days[size_t(date.dayOfWeek() - 1)];
}

QString OpeningHours::text(QDate date) const {
    const DayHours& d = on(date);
    switch (d.state) {
    case DayHours::State::NotSet: return {};
    case DayHours::State::Closed: return QCoreApplication::translate("ak::OpeningHours", "Closed");
    case DayHours::State::Open:
        // 24-hour times in every language the kiosk offers (nb, da, en_GB all write them so).
        return d.opens.toString(QStringLiteral("HH:mm")) + QChar(0x2013) + d.closes.toString(QStringLiteral("HH:mm"));
    }
    return {};
}

}  // namespace ak
