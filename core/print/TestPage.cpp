#include "core/print/TestPage.h"

#include "core/money/Money.h"
#include "core/money/MoneyFormat.h"

namespace ak {

namespace {
// "923609016" → "923 609 016", as the Brønnøysund register writes it.
QString groupedOrgNumber(const QString& digits) {
    if (digits.size() != 9) return digits;
    return digits.left(3) + u' ' + digits.mid(3, 3) + u' ' + digits.mid(6);
}
}  // namespace

QByteArray TestPage::qrData(const TestPageInfo& info) {
    return QStringLiteral("AKTIVKAFE-TEST %1 %2")
        .arg(info.registerId, info.printedAt.toUTC().toString(Qt::ISODate))
        .toUtf8();
}

dev::PrintDocument TestPage::build(const TestPageInfo& info) {
    using dev::TextStyle;
    const QDateTime local = info.printedAt.toTimeZone(info.timeZone);
    dev::PrintDocument doc(tr("Test print"));
    doc.text(info.cafeName, TextStyle::centered().withDoubleSize().withBold());
    if (!info.orgNumber.isEmpty()) {
        doc.text(tr("Org. no. %1").arg(groupedOrgNumber(info.orgNumber)), TextStyle::centered());
    }
    doc.feed(1)
        .text(tr("TEST PRINT"), TextStyle::centered().withBold())
        .text(tr("This is not a receipt."), TextStyle::centered())
        .rule()
        .columns(tr("Register"), info.registerId)
        .columns(tr("Printed by"), info.operatorName)
        .columns(tr("Time"), info.locale.toString(local, QStringLiteral("dd.MM.yyyy HH:mm")))
        .rule()
        .text(tr("Nordic letters:") + QStringLiteral(" æ ø å Æ Ø Å"))
        .columns(tr("Coffee"), formatMoney(Money(500, Currency::NOK), info.locale))
        .columns(tr("Coffee all day"), formatMoney(Money(1000, Currency::NOK), info.locale))
        .text(tr("Bold text"), TextStyle{}.withBold())
        .text(tr("Large text"), TextStyle{}.withDoubleSize())
        .text(tr("Right-aligned text"), TextStyle::right())
        .rule()
        .qr(qrData(info), 6)
        .text(tr("A scanner reads this code back."), TextStyle::centered())
        .cut();
    return doc;
}

}  // namespace ak
