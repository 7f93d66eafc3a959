#pragma once
// Every kind of journal entry, in one registry: its name as stored in the journal's `kind` column
// and the event code the Norwegian SAF-T Cash Register standard gives it (PredefinedBasicID-13,
// ../shared/standards/saf-t-cash-register-no/codelist-PredefinedBasicID-13.csv). Code that writes
// the journal names a JournalKind, never a free string, so that X/Z reports and the SAF-T export
// can count every event the law asks for.

#include <QString>

#include <optional>

namespace ak {

enum class JournalKind {
    // the program
    AppStarted,
    AppStopped,
    DemoSeeded,
    IntegrityAcknowledged,
    TriggersRestored,
    SigningKeyAdded,  // a register's signing key (version) registered: aktivkafe keys create|rotate
    JournalExported,  // the journal written to external storage: aktivkafe saft export
    // staff at the till
    Login,
    LoginFailed,
    Approval,
    Lockout,
    Logout,
    Lock,
    StaffAdded,
    PinChanged,
    StaffDeactivated,
    StaffUnlocked,
    StaffCardBound,
    StaffCardsRemoved,
    // sales
    Sale,
    Return,
    VoidLine,
    VoidSale,
    ParkSale,
    ResumeSale,
    ReceiptCopy,
    SaleWithoutReceipt,
    TestPrint,
    // cash and shifts
    BusinessDayOpened,
    ShiftOpened,
    ShiftClosed,
    CashIn,
    CashOut,
    DrawerOpenedNoSale,
    DrawerOpened,
    CountExplained,
    CountSignedOff,
    XReport,
    ZReport,
    TrainingOn,
    TrainingOff,
    // the catalogue
    PriceChanged,
    ProductChanged,
    ProductCoffeeCard,
    // coffee cards
    CardTypeAdded,
    CardTypeChanged,
    CardBudgetSet,
    CardTypeProduct,
    CardIssued,
    CardNfcBound,
    CardBlocked,
    CardReturned,
    CardRedeemed,
    // activities and the counter (the visitors' side: not cash-register events)
    ActivityCreated,
    ActivityEdited,
    ActivityCancelled,
    SignupCreated,
    SignupCancelled,
    SignupAttended,
    SignupPromoted,
    ServingAdded,
    Served,
};

namespace JournalKinds {

// The name stored in the journal, e.g. "price_changed".
QString name(JournalKind kind);
// The SAF-T event code (13001 … 13999); 0 for events that are not the cash register's (a visitor
// signing up for a walk), which the SAF-T export leaves out.
int safTEvent(JournalKind kind);
// The kind a stored name stands for; nullopt for a name this version does not know.
std::optional<JournalKind> fromName(const QString& name);
// How many kinds there are (for tests that walk them all).
int count();

}  // namespace JournalKinds

}  // namespace ak
