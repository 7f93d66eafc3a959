#include "core/seed/DemoSeeder.h"

#include "core/activity/ActivityRepository.h"
#include "core/cards/CardType.h"
#include "core/catalogue/CatalogueRepository.h"
#include "core/settings/SettingsRepository.h"
#include "core/staff/StaffRepository.h"

#include <QFile>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimeZone>

#include <map>
#include <set>
#include <toml++/toml.h>

namespace ak {

Q_LOGGING_CATEGORY(lcSeed, "aktivkafe.core.seed")

namespace {

struct SeedProduct {
    Product product;
    QString categoryCode;
};

struct SeedCardType {
    CardType type;
    QString productCode;  // empty: not sold (free cards)
    int index = 0;        // the [[card_types]] entry, for messages
};

struct SeedBudget {
    QString programme;
    int monthlyCups = 0;
};

struct SeedActivity {
    Activity activity;
    int weekday = 1;  // Qt::Monday .. Qt::Sunday
    QTime start;
    int minutes = 60;
    int closesHoursBefore = 0;  // sign-up closes this long before the start; 0: at the start
};

struct SeedData {
    Currency currency = Currency::NOK;
    QTimeZone zone = QTimeZone::utc();
    std::vector<Category> categories;
    std::vector<SeedProduct> products;
    std::vector<SeedActivity> activities;
    std::vector<SeededStaff> staff;
    std::vector<SeedCardType> cardTypes;
    std::vector<SeedBudget> budgets;
};

QString str(const toml::node_view<const toml::node>& n) {
    return QString::fromStdString(n.value_or(std::string()));
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
        c.sortOrder = int(t["sort"].value_or(int64_t(index)));
        if (c.code.isEmpty() || c.name.nb.isEmpty()) return failAt("categories", index, QStringLiteral("needs code and name.nb"));
        data_.categories.push_back(c);
        return {};
    }

    Result<void> product(const toml::table& t, int index) {
        SeedProduct p;
        p.categoryCode = str(t["category"]);
        p.product.code = str(t["code"]);
        p.product.name = names(t["name"]);
        p.product.sortOrder = int(t["sort"].value_or(int64_t(index)));
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
        if (auto cups = t["cups"].value<int64_t>()) c.type.cups = int(*cups);
        if (auto days = t["validity_days"].value<int64_t>()) c.type.validityDays = int(*days);
        c.type.programme = str(t["programme"]);
        c.productCode = str(t["product"]);
        if (c.type.name.isEmpty()) return failAt("card_types", index, QStringLiteral("needs a name"));
        data_.cardTypes.push_back(c);
        return {};
    }

    Result<void> budget(const toml::table& t, int index) {
        SeedBudget b;
        b.programme = str(t["programme"]);
        b.monthlyCups = int(t["monthly_cups"].value_or(int64_t(0)));
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
        a.minutes = int(t["minutes"].value_or(int64_t(60)));
        if (auto cap = t["capacity"].value<int64_t>()) a.activity.capacity = int(*cap);
        a.activity.waitlist = t["waitlist"].value_or(false);
        a.closesHoursBefore = int(t["signup_closes_hours_before"].value_or(int64_t(0)));
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

Result<SeedData> load(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, QStringLiteral("Could not read %1: %2").arg(path, f.errorString())};
    const QByteArray bytes = f.readAll();
    try {
        const toml::table root = toml::parse(std::string_view(bytes.constData(), size_t(bytes.size())),
                                             path.toStdString());
        return Parser(path).parse(root);
    } catch (const toml::parse_error& e) {
        return Error{ErrorCode::Config, QStringLiteral("%1:%2:%3: %4")
                                            .arg(path)
                                            .arg(e.source().begin.line)
                                            .arg(e.source().begin.column)
                                            .arg(QString::fromUtf8(e.description().data(), qsizetype(e.description().size())))};
    }
}

// The next `weekday` on or after today in the café's zone; today only if the start is still ahead.
QDateTime nextOccurrence(const QDateTime& nowUtc, const QTimeZone& zone, int weekday, QTime start) {
    const QDateTime local = nowUtc.toTimeZone(zone);
    int ahead = (weekday - local.date().dayOfWeek() + 7) % 7;
    QDateTime at(local.date().addDays(ahead), start, zone);
    if (at < local) at = QDateTime(local.date().addDays(ahead + 7), start, zone);
    return at.toUTC();
}

Result<bool> hasRows(Database& db, const QString& table) {
    auto q = db.query(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(table));
    if (!q) return q.error();
    if (!q->next()) return false;
    return q->value(0).toBool();
}

}  // namespace

Result<DemoSeedResult> DemoSeeder::seed(Database& db, Journal& journal, const Clock& clock, const QString& seedFile,
                                        PinHashCost pinCost) {
    auto data = load(seedFile);
    if (!data) return data.error();

    CatalogueRepository catalogue(db);
    ActivityRepository activities(db, clock, data->zone);
    StaffRepository staff(db, pinCost);
    CardTypeRepository cardTypes(db, clock, data->zone);
    SettingsRepository settings(db);
    DemoSeedResult result;

    auto written = db.write([&]() -> Result<void> {
        auto seeded = settings.value(kSeededSetting);
        if (!seeded) return seeded.error();
        if (seeded->has_value())
            return Result<void>::fail(ErrorCode::Conflict,
                                      QStringLiteral("Demo data was already loaded on %1.").arg(seeded->value()));
        for (const QString& table : {QStringLiteral("products"), QStringLiteral("staff")}) {
            auto any = hasRows(db, table);
            if (!any) return any.error();
            if (any.value())
                return Result<void>::fail(ErrorCode::Conflict,
                                          QStringLiteral("This database already has %1: demo data is only loaded into "
                                                         "an empty café.").arg(table));
        }

        std::map<QString, qint64> categoryIds;
        for (const Category& c : data->categories) {
            auto stored = catalogue.addCategory(c);
            if (!stored) return stored.error();
            categoryIds[c.code] = stored->id;
            ++result.categories;
        }
        std::map<QString, qint64> productIds;
        for (SeedProduct p : data->products) {
            const auto it = categoryIds.find(p.categoryCode);
            if (it == categoryIds.end())
                return Result<void>::fail(ErrorCode::Config, QStringLiteral("%1: product %2 names unknown category %3")
                                                                 .arg(seedFile, p.product.code, p.categoryCode));
            p.product.categoryId = it->second;
            auto stored = catalogue.addProduct(p.product);
            if (!stored) return stored.error();
            productIds[p.product.code] = stored->id;
            ++result.products;
        }
        for (const SeedCardType& c : data->cardTypes) {
            auto bad = [&](const QString& why) {
                return Result<void>::fail(ErrorCode::Config, QStringLiteral("%1: [[card_types]] entry %2: %3")
                                                                 .arg(seedFile).arg(c.index).arg(why));
            };
            auto stored = cardTypes.addBySystem(c.type);
            if (!stored) return bad(stored.error().message);
            if (!c.productCode.isEmpty()) {
                const auto it = productIds.find(c.productCode);
                if (it == productIds.end()) return bad(QStringLiteral("unknown product %1").arg(c.productCode));
                if (auto r = cardTypes.linkProductBySystem(it->second, stored->id); !r) return bad(r.error().message);
            }
            ++result.cardTypes;
        }
        for (const SeedBudget& b : data->budgets)
            if (auto r = cardTypes.setBudgetBySystem(b.programme, b.monthlyCups); !r) return r;
        for (SeedActivity a : data->activities) {
            a.activity.startsAt = nextOccurrence(clock.now(), data->zone, a.weekday, a.start);
            a.activity.endsAt = a.activity.startsAt.addSecs(qint64(a.minutes) * 60);
            if (a.closesHoursBefore > 0) a.activity.signupDeadline = a.activity.startsAt.addSecs(-qint64(a.closesHoursBefore) * 3600);
            if (auto r = activities.add(a.activity); !r) return r.error();
            ++result.activities;
        }
        for (const SeededStaff& s : data->staff) {
            auto m = staff.addDemo(s.member.name, s.member.role, s.pin);
            if (!m) return m.error();
            result.staff.push_back({m.value(), s.pin});
        }
        const QString now = clock.now().toUTC().toString(Qt::ISODateWithMs);
        if (auto r = settings.set(kSeededSetting, now); !r) return r;
        auto e = journal.append(Journal::systemActor(), QStringLiteral("demo_seeded"),
                                QJsonObject{{QStringLiteral("categories"), result.categories},
                                            {QStringLiteral("products"), result.products},
                                            {QStringLiteral("activities"), result.activities},
                                            {QStringLiteral("card_types"), result.cardTypes},
                                            {QStringLiteral("staff"), int(result.staff.size())}});
        if (!e) return e.error();
        return {};
    });
    if (!written) return written.error();
    qCInfo(lcSeed) << "seeded demo data from" << seedFile << result.products << "products" << result.activities
                   << "activities";
    return result;
}

}  // namespace ak
