#include "core/journal/JournalKind.h"

#include <QHash>

#include <array>
#include <string_view>

namespace ak::JournalKinds {
namespace {

struct Row {
    JournalKind kind;
    std::string_view name;
    int safT;  // PredefinedBasicID-13; 0: not a cash-register event
};

// SAF-T codes used here: 13001 application start, 13002 shut down, 13003 log in, 13004 log out,
// 13005 open cash drawer, 13008 X report, 13009 Z report, 13010 suspend (park), 13011 resume, 13012 sales receipt, 13013 return receipt, 13014 copy
// receipt, 13018 other reports or receipts, 13019 cash withdrawal, 13020 export of the journal to external storage, 13021 price change, 13023/13024 training mode on/off, 13028 void receipt, 13030 sale concluded without a printed receipt, 13999 other.
constexpr std::array kRows{
    Row{JournalKind::AppStarted, "app_started", 13001},
    Row{JournalKind::AppStopped, "app_stopped", 13002},
    Row{JournalKind::DemoSeeded, "demo_seeded", 13999},
    Row{JournalKind::IntegrityAcknowledged, "integrity_acknowledged", 13999},
    Row{JournalKind::TriggersRestored, "triggers_restored", 13999},
    Row{JournalKind::SigningKeyAdded, "signing_key_added", 13999},
    Row{JournalKind::JournalExported, "journal_exported", 13020},
    Row{JournalKind::Login, "login", 13003},
    Row{JournalKind::LoginFailed, "login_failed", 13999},
    Row{JournalKind::Approval, "approval", 13999},  // a manager's PIN at someone else's session: not a login
    Row{JournalKind::Lockout, "lockout", 13999},
    Row{JournalKind::Logout, "logout", 13004},
    Row{JournalKind::Lock, "lock", 13004},  // the till locked itself: nobody is logged in at it
    Row{JournalKind::StaffAdded, "staff_added", 13999},
    Row{JournalKind::PinChanged, "pin_changed", 13999},
    Row{JournalKind::StaffDeactivated, "staff_deactivated", 13999},
    Row{JournalKind::StaffUnlocked, "staff_unlocked", 13999},
    Row{JournalKind::StaffCardBound, "staff_card_bound", 13999},
    Row{JournalKind::StaffCardsRemoved, "staff_cards_removed", 13999},
    Row{JournalKind::Sale, "sale", 13012},
    Row{JournalKind::Return, "return", 13013},
    Row{JournalKind::VoidLine, "void_line", 13999},  // a line correction before payment: no code of its own
    Row{JournalKind::VoidSale, "void_sale", 13028},
    Row{JournalKind::ParkSale, "park_sale", 13010},
    Row{JournalKind::ResumeSale, "resume_sale", 13011},
    Row{JournalKind::ReceiptCopy, "receipt_copy", 13014},
    Row{JournalKind::SaleWithoutReceipt, "sale_without_receipt", 13030},
    Row{JournalKind::TestPrint, "test_print", 13018},
    Row{JournalKind::BusinessDayOpened, "business_day_opened", 13999},
    Row{JournalKind::ShiftOpened, "shift_opened", 13999},
    Row{JournalKind::ShiftClosed, "shift_closed", 13999},
    Row{JournalKind::CashIn, "cash_in", 13999},
    Row{JournalKind::CashOut, "cash_out", 13019},
    Row{JournalKind::DrawerOpenedNoSale, "drawer_opened_no_sale", 13005},
    Row{JournalKind::DrawerOpened, "drawer_opened", 13005},  // with a sale or return paid in cash
    Row{JournalKind::CountExplained, "count_explained", 13999},
    Row{JournalKind::CountSignedOff, "count_signed_off", 13999},
    Row{JournalKind::XReport, "x_report", 13008},
    Row{JournalKind::ZReport, "z_report", 13009},
    Row{JournalKind::TrainingOn, "training_on", 13023},
    Row{JournalKind::TrainingOff, "training_off", 13024},
    Row{JournalKind::PriceChanged, "price_changed", 13021},
    Row{JournalKind::ProductChanged, "product_changed", 13999},
    Row{JournalKind::ProductCoffeeCard, "product_coffee_card", 13999},
    Row{JournalKind::CardTypeAdded, "card_type_added", 13999},
    Row{JournalKind::CardTypeChanged, "card_type_changed", 13999},
    Row{JournalKind::CardBudgetSet, "card_budget_set", 13999},
    Row{JournalKind::CardTypeProduct, "card_type_product", 13999},
    Row{JournalKind::CardIssued, "card_issued", 13999},
    Row{JournalKind::CardNfcBound, "card_nfc_bound", 13999},
    Row{JournalKind::CardBlocked, "card_blocked", 13999},
    Row{JournalKind::CardReturned, "card_returned", 13999},
    Row{JournalKind::CardRedeemed, "card_redeemed", 13999},
    Row{JournalKind::ActivityCreated, "activity_created", 0},
    Row{JournalKind::ActivityEdited, "activity_edited", 0},
    Row{JournalKind::ActivityCancelled, "activity_cancelled", 0},
    Row{JournalKind::SignupCreated, "signup_created", 0},
    Row{JournalKind::SignupCancelled, "signup_cancelled", 0},
    Row{JournalKind::SignupAttended, "signup_attended", 0},
    Row{JournalKind::SignupPromoted, "signup_promoted", 0},
    Row{JournalKind::ServingAdded, "serving_added", 0},
    Row{JournalKind::Served, "served", 0},
};

// The table is in the enum's order, so that a kind is its own index.
constexpr bool inEnumOrder() {
    for (std::size_t i = 0; i < kRows.size(); ++i)
        if (static_cast<std::size_t>(kRows[i].kind) != i) return false;
    return true;
}
static_assert(inEnumOrder(), "kRows must list every JournalKind in the enum's order");
static_assert(kRows.back().kind == JournalKind::Served, "a JournalKind is missing from kRows");

const Row& row(JournalKind kind) { return kRows[static_cast<std::size_t>(kind)]; }

}  // namespace

QString name(JournalKind kind) {
    const std::string_view n = row(kind).name;
    return QString::fromLatin1(n.data(), qsizetype(n.size()));
}

int safTEvent(JournalKind kind) { return row(kind).safT; }

std::optional<JournalKind> fromName(const QString& name) {
    static const QHash<QString, JournalKind> byName = [] {
        QHash<QString, JournalKind> h;
        for (const Row& r : kRows) h.insert(QString::fromLatin1(r.name.data(), qsizetype(r.name.size())), r.kind);
        return h;
    }();
    const auto it = byName.constFind(name);
    if (it == byName.constEnd()) return std::nullopt;
    return *it;
}

int count() { return int(kRows.size()); }

}  // namespace ak::JournalKinds
