#pragma once
// The demo seed file (config/demo-seed.toml) as read and checked, before anything is written:
// SeedParser turns the text into this, DemoSeeder writes it into a café database. Kept apart so
// that the parsing of this outside input can be tested (and fuzzed) without a database.

#include <QString>
#include <QTime>
#include <QTimeZone>

#include <vector>

#include "core/activity/Activity.h"
#include "core/cards/CardType.h"
#include "core/catalogue/Category.h"
#include "core/catalogue/Product.h"
#include "core/money/Currency.h"
#include "core/staff/StaffMember.h"

namespace ak {

struct SeededStaff {
    StaffMember member;
    QString pin;  // the demo PIN, so that the demo can print it
};

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

}  // namespace ak
