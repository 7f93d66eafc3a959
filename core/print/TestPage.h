#pragma once
// The test page a volunteer prints to see that the receipt printer works: the café's heading,
// who printed it and when, the Nordic letters, two price lines, the text styles and a QR code
// that a scanner can read back. Texts are in the language the till shows (tr()).

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QTimeZone>

#include "drivers/print/PrintDocument.h"

namespace ak {

struct TestPageInfo {
    QString cafeName;
    QString orgNumber;      // digits only, may be empty
    QString registerId;
    QString operatorName;
    QDateTime printedAt;    // UTC; printed in the café's time zone
    QLocale locale;
    QTimeZone timeZone = QTimeZone::utc();  // [cafe] time_zone
};

class TestPage {
    Q_DECLARE_TR_FUNCTIONS(TestPage)  // lupdate names the context "TestPage"
public:
    static dev::PrintDocument build(const TestPageInfo& info);
    // What the QR code holds, so tests and the demo can check a scan of it.
    static QByteArray qrData(const TestPageInfo& info);
};

}  // namespace ak
