#pragma once

#include "core/util/LocalizedText.h"

#include <QString>

namespace ak {

// One entry of the manager-kept list of reasons a discount may be given for. The code is stable
// (journal, reports); the text is kept per language like product names, and the café's language
// is what the receipt and the journal get.
struct DiscountReason {
    qint64 id = 0;
    QString code;  // "volunteer_coffee"
    LocalizedText text;
    bool active = true;
    int sortOrder = 0;
};

}  // namespace ak
