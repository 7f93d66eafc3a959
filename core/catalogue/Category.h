#pragma once

#include "core/util/LocalizedText.h"

#include <QString>

namespace ak {

struct Category {
    qint64 id = 0;      // 0 until stored
    QString code;       // stable identifier ("drinks"), used by seed files and imports
    LocalizedText name;
    int sortOrder = 0;  // buttons on the till are shown in this order
};

}  // namespace ak
