#include "core/compliance/SaftCodes.h"

#include <array>

namespace ak::compliance::saft {
namespace {

struct Method {
    const char* key;
    const char* type;
    const char* predefined;
    const char* description;
};
// PredefinedBasicID-12: a coffee card and a voucher are prepaid tokens (12005 "Gift token").
constexpr std::array kMethods{
    Method{"cash", "CASH", "12001", "Cash"},
    Method{"card", "CARD", "12002", "Bank card"},
    Method{"mobile", "MOBILE", "12011", "Mobile phone payment app"},
    Method{"coffee_card", "COFFEECARD", "12005", "Coffee card (prepaid cups)"},
    Method{"voucher", "VOUCHER", "12005", "Voucher (prepaid)"},
};

struct Group {
    const char* code;
    const char* description;
};
// PredefinedBasicID-04, codelist-PredefinedBasicID-04.csv (its English descriptions, as they are).
constexpr std::array kGroups{
    Group{"04001", "Withdrawal of treatment services"},
    Group{"04002", "Withdrawal of goods used for treatment services"},
    Group{"04003", "Sale of goods"},
    Group{"04004", "Sale of treatment services"},
    Group{"04005", "Sale of haircut"},
    Group{"04006", "Food"},
    Group{"04007", "Beer"},
    Group{"04008", "Wine"},
    Group{"04009", "Liquor"},
    Group{"04010", "Alcopops/Cider"},
    Group{"04011", "Soft drinks/Mineral water"},
    Group{"04012", "Other drinks (tea, coffe etc)"},
    Group{"04013", "Tobacco"},
    Group{"04014", "Other goods"},
    Group{"04015", "Entrance fee (cover charge)"},
    Group{"04016", "Free entrance (members etc)"},
    Group{"04017", "Cloakroom fee"},
    Group{"04018", "Free cloakroom"},
    Group{"04019", "Accomodation - full board"},
    Group{"04020", "Accomodation - half board"},
    Group{"04021", "Accomodation - with breakfast"},
    Group{"04999", "Other"},
};

}  // namespace

QString paymentType(const QString& method) {
    for (const Method& m : kMethods)
        if (method == QLatin1String(m.key)) return QString::fromLatin1(m.type);
    return method.toUpper();
}

QString lineType(bool isReturn) { return isReturn ? QStringLiteral("RET") : QStringLiteral("SAL"); }

QString transactionType(bool isReturn) { return isReturn ? QStringLiteral("RETURNSAL") : QStringLiteral("CASHSAL"); }

std::vector<Basic> fixedBasics() {
    std::vector<Basic> b{
        {QStringLiteral("05"), QStringLiteral("SAL"), QString(), QStringLiteral("Sale line")},
        {QStringLiteral("05"), QStringLiteral("RET"), QString(), QStringLiteral("Return line")},
        {QStringLiteral("11"), QStringLiteral("CASHSAL"), QStringLiteral("11001"), QStringLiteral("Cash sale")},
        {QStringLiteral("11"), QStringLiteral("RETURNSAL"), QStringLiteral("11006"), QStringLiteral("Return payment")},
    };
    for (const Method& m : kMethods)
        b.push_back({QStringLiteral("12"), QString::fromLatin1(m.type), QString::fromLatin1(m.predefined),
                     QString::fromLatin1(m.description)});
    return b;
}

Basic articleGroup(const QString& predefinedCode) {
    for (const Group& g : kGroups)
        if (predefinedCode == QLatin1String(g.code))
            return {QStringLiteral("04"), predefinedCode, predefinedCode, QString::fromLatin1(g.description)};
    return {QStringLiteral("04"), predefinedCode, predefinedCode, QStringLiteral("Article group %1").arg(predefinedCode)};
}

Basic eventType(const QString& kindName, int code) {
    QString words = kindName;
    words.replace(u'_', u' ');
    if (!words.isEmpty()) words[0] = words.at(0).toUpper();
    return {QStringLiteral("13"), kindName, QString::number(code), words};
}

std::vector<VatCode> vatCodes(bool vatRegistered) {
    std::vector<VatCode> v{
        {QStringLiteral("3"), 2500, QStringLiteral("3"), QStringLiteral("Output VAT 25 %")},
        {QStringLiteral("31"), 1500, QStringLiteral("31"), QStringLiteral("Output VAT 15 % (food)")},
        {QStringLiteral("33"), 1200, QStringLiteral("33"), QStringLiteral("Output VAT 12 %")},
    };
    if (vatRegistered)
        v.push_back({QStringLiteral("6"), 0, QStringLiteral("6"), QStringLiteral("Sale outside the VAT act")});
    else
        v.push_back({QStringLiteral("0"), 0, QStringLiteral("0"), QStringLiteral("No VAT (not registered for VAT)")});
    return v;
}

QString vatCode(int basisPoints, bool vatRegistered) {
    for (const VatCode& c : vatCodes(vatRegistered))
        if (c.basisPoints == basisPoints) return c.code;
    return QString::number(basisPoints);
}

QString percentText(int basisPoints) {
    return QStringLiteral("%1.%2").arg(basisPoints / 100).arg(basisPoints % 100, 2, 10, QLatin1Char('0'));
}

}  // namespace ak::compliance::saft
