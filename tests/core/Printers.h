#pragma once
// Lets BOOST_TEST print core value types when a comparison fails.

#include "core/money/Money.h"

#include <QDateTime>

#include <ostream>

namespace ak {
inline std::ostream& operator<<(std::ostream& os, const Money& m) { return os << m.toDebugString().toStdString(); }
}  // namespace ak

inline std::ostream& operator<<(std::ostream& os, const QDateTime& t) {
    return os << t.toString(Qt::ISODateWithMs).toStdString();
}
