#include "core/seed/SeedParser.h"

#include <QStringList>

#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <toml++/toml.h>

#include "core/staff/PinHasher.h"

namespace ak {

namespace {

QString str(const toml::node_view<const toml::node>& n) {
    return QString::fromStdString(n.value_or(std::string()));
}

// A whole number the way toml++'s value<int64_t>() reads one (an integer, a float without a
// fraction, true/false as 1/0; anything else: nullopt), without its undefined behaviour: toml++
// 3.3 converts a float outside int64's range unchecked (`minutes = 1e32`, found by fuzzing).
std::optional<int64_t> wholeNumber(const toml::node_view<const toml::node>& n) {
    if (auto i = n.value_exact<int64_t>()) return i;
    if (auto b = n.value_exact<bool>()) return *b ? 1 : 0;
    if (auto d = n.value_exact<double>()) {
        // -2^63 and 2^63 are exact doubles: the half-open range is exactly what int64 holds.
        if (std::isfinite(*d) && *d >= -0x1p63 && *d < 0x1p63 && *d == std::trunc(*d)) return static_cast<int64_t>(*d);
    }
    return std::nullopt;
}

LocalizedText names(const toml::node_view<const toml::node>& n) {
    return {str(n["nb"]), str(n["da"]), str(n["en"])};
}

class Parser {
public:
    explicit Parser(QString file) : file_(std::move(file)) {}

    Result<SeedData> parse(const toml::table& root) {
        // A seed file is recognised by what it holds: only these tables. The café's configuration
        // (which also has a [cafe] with a currency) is refused by name rather than loading nothing.
        static const std::set<std::string> seedKeys = {"cafe",       "categories",   "products", "activities",
                                                       "card_types", "card_budgets", "staff"};
        QStringList foreign;
        for (const auto& [key, node] : root)
            if (!seedKeys.count(std::string(key.str()))) foreign << QString::fromStdString(std::string(key.str()));
        if (!foreign.isEmpty())
            return fail(QStringLiteral("this is not a seed file: it has [%1], which a seed file does not (it looks like "
                                       "%2). A seed file has [cafe], [[categories]], [[products]], [[card_types]], "
                                       "[[card_budgets]], [[activities]] and [[staff]], like config/demo-seed.toml.")
                            .arg(foreign.join(QStringLiteral("], [")),
                                 root.contains("database") || root.contains("devices") ? QStringLiteral("the café's configuration")
                                                                                      : QStringLiteral("another file")));
        const auto cafe = root["cafe"];
        if (auto c = currencyFromCode(str(cafe["currency"]))) data_.currency = *c;
        else return fail(QStringLiteral("[cafe] currency must be NOK or DKK"));
        const QString zone = str(cafe["timezone"]);
        if (!zone.isEmpty()) {
            data_.zone = QTimeZone(zone.toLatin1());
            if (!data_.zone.isValid()) return fail(QStringLiteral("[cafe] unknown timezone \"%1\"").arg(zone));
        }
        for (const auto& [key, parse] : std::map<std::string, Result<void> (Parser::*)(const toml::table&, int)>{
                 {"categories", &Parser::category},
                 {"products", &Parser::product},
                 {"activities", &Parser::activity},
                 {"card_types", &Parser::cardType},
                 {"card_budgets", &Parser::budget},
                 {"staff", &Parser::staffMember}}) {
            const toml::array* arr = root[key].as_array();
            if (!arr) continue;
            int index = 0;
            for (const toml::node& node : *arr) {
                ++index;
                const toml::table* t = node.as_table();
                if (!t) return fail(QStringLiteral("%1 entry %2 is not a table").arg(QString::fromStdString(key)).arg(index));
                if (auto r = (this->*parse)(*t, index); !r) return r.error();
            }
        }
        if (data_.categories.empty() && data_.products.empty() && data_.activities.empty() && data_.cardTypes.empty() &&
            data_.budgets.empty() && data_.staff.empty())
            return fail(QStringLiteral("the file loads nothing: it has no categories, products, card types, budgets, "
                                       "activities or staff. Nothing was changed."));
        return data_;
    }

private:
    Error fail(const QString& why) const { return {ErrorCode::Config, QStringLiteral("%1: %2").arg(file_, why)}; }
    Result<void> failAt(const char* section, int index, const QString& why) const {
        return fail(QStringLiteral("[[%1]] entry %2: %3").arg(QString::fromLatin1(section)).arg(index).arg(why));
    }
    Result<Money> money(const toml::table& t, const char* section, int index) const {
        const QString text = str(toml::node_view<const toml::node>(t["price"]));
        if (text.isEmpty()) return Money::zero(data_.currency);
        auto m = Money::parse(text, data_.currency);
        if (!m) return failAt(section, index, m.error().message).error();
        return m;
    }

    Result<void> category(const toml::table& t, int index) {
        Category c;
        c.code = str(t["code"]);
        c.name = names(t["name"]);
        c.sortOrder = int(wholeNumber(t["sort"]).value_or(index));
        if (c.code.isEmpty() || c.name.nb.isEmpty()) return failAt("categories", index, QStringLiteral("needs code and name.nb"));
        data_.categories.push_back(c);
        return {};
    }

    Result<void> product(const toml::table& t, int index) {
        SeedProduct p;
        p.categoryCode = str(t["category"]);
        p.product.code = str(t["code"]);
        p.product.name = names(t["name"]);
        p.product.sortOrder = int(wholeNumber(t["sort"]).value_or(index));
        p.product.saftBasicId = str(t["saft"]);
        auto vat = vatClassFromKey(str(t["vat"]));
        if (!vat) return failAt("products", index, QStringLiteral("vat must be food, standard or exempt"));
        p.product.vatClass = *vat;
        auto price = money(t, "products", index);
        if (!price) return price.error();
        p.product.price = price.value();
        p.product.coffeeCardPayable = t["coffee_card"].value_or(false);
        if (p.categoryCode.isEmpty() || p.product.code.isEmpty())
            return failAt("products", index, QStringLiteral("needs code and category"));
        data_.products.push_back(p);
        return {};
    }

    // The kinds' own rules (a punch card needs cups, a free card a programme ...) are checked when
    // the type is stored, by CardTypeRepository; here only the shape of the entry.
    Result<void> cardType(const toml::table& t, int index) {
        SeedCardType c;
        c.index = index;
        auto kind = cardKindFromKey(str(t["kind"]));
        if (!kind) return failAt("card_types", index, QStringLiteral("kind must be free, punch or day_pass"));
        c.type.kind = *kind;
        c.type.name = str(t["name"]);
        if (auto cups = wholeNumber(t["cups"])) c.type.cups = int(*cups);
        if (auto days = wholeNumber(t["validity_days"])) c.type.validityDays = int(*days);
        c.type.programme = str(t["programme"]);
        c.productCode = str(t["product"]);
        if (c.type.name.isEmpty()) return failAt("card_types", index, QStringLiteral("needs a name"));
        data_.cardTypes.push_back(c);
        return {};
    }

    Result<void> budget(const toml::table& t, int index) {
        SeedBudget b;
        b.programme = str(t["programme"]);
        b.monthlyCups = int(wholeNumber(t["monthly_cups"]).value_or(0));
        if (b.programme.isEmpty() || b.monthlyCups <= 0)
            return failAt("card_budgets", index, QStringLiteral("needs programme and monthly_cups > 0"));
        data_.budgets.push_back(b);
        return {};
    }

    Result<void> activity(const toml::table& t, int index) {
        static const QStringList days = {QStringLiteral("monday"), QStringLiteral("tuesday"), QStringLiteral("wednesday"),
                                         QStringLiteral("thursday"), QStringLiteral("friday"), QStringLiteral("saturday"),
                                         QStringLiteral("sunday")};
        SeedActivity a;
        a.activity.title = str(t["title"]);
        a.activity.description = str(t["description"]);
        a.activity.place = str(t["place"]);
        a.weekday = int(days.indexOf(str(t["weekday"]).toLower())) + 1;
        a.start = QTime::fromString(str(t["start"]), QStringLiteral("HH:mm"));
        a.minutes = int(wholeNumber(t["minutes"]).value_or(60));
        if (auto cap = wholeNumber(t["capacity"])) a.activity.capacity = int(*cap);
        a.activity.waitlist = t["waitlist"].value_or(false);
        a.closesHoursBefore = int(wholeNumber(t["signup_closes_hours_before"]).value_or(0));
        if (a.closesHoursBefore < 0)
            return failAt("activities", index, QStringLiteral("signup_closes_hours_before must not be negative"));
        auto price = money(t, "activities", index);
        if (!price) return price.error();
        a.activity.price = price.value();
        if (a.activity.title.isEmpty() || a.weekday < 1 || !a.start.isValid() || a.minutes <= 0)
            return failAt("activities", index, QStringLiteral("needs title, weekday, start (HH:mm) and minutes > 0"));
        data_.activities.push_back(a);
        return {};
    }

    Result<void> staffMember(const toml::table& t, int index) {
        SeededStaff s;
        s.member.name = str(t["name"]);
        s.pin = str(t["pin"]);
        auto role = staffRoleFromKey(str(t["role"]));
        if (!role) return failAt("staff", index, QStringLiteral("role must be volunteer or manager"));
        s.member.role = *role;
        if (auto r = PinHasher::checkRules(s.pin); !r) return failAt("staff", index, r.error().message);
        data_.staff.push_back(s);
        return {};
    }

    QString file_;
    SeedData data_;
};

}  // namespace

Result<SeedData> parseSeed(const QByteArray& text, const QString& sourceName) {
    try {
        const toml::table root = toml::parse(std::string_view(text.constData(), size_t(text.size())),
                                             sourceName.toStdString());
        return Parser(sourceName).parse(root);
    } catch (const toml::parse_error& e) {
        return Error{ErrorCode::Config, QStringLiteral("%1:%2:%3: %4")
                                            .arg(sourceName)
                                            .arg(e.source().begin.line)
                                            .arg(e.source().begin.column)
                                            .arg(QString::fromUtf8(e.description().data(), qsizetype(e.description().size())))};
    }
}

}  // namespace ak
