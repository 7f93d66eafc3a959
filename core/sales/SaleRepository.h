#pragma once
// Completing, parking, looking up and returning sales. Every write is one Database::write(): the
// sale's rows, its receipt number and its journal entries commit together or not at all.
//
// Receipt numbers are consecutive per register (training receipts have their own sequence): the
// next number is read inside BEGIN IMMEDIATE and a UNIQUE index backs it, so two processes on the
// same file can neither skip nor repeat a number.
//
// Journal kinds written here: "sale", "return", "void_line" (one per line taken off a completed
// sale's draft), "void_sale" (abandoned draft), "park_sale", "resume_sale", "receipt_copy".
//
// Ownership: holds references to the Database, Journal and Clock; all outlive it.

#include "core/catalogue/CatalogueRepository.h"
#include "core/journal/Journal.h"
#include "core/money/VatTable.h"
#include "core/sales/CompletedSale.h"
#include "core/sales/PaymentPlan.h"
#include "core/sales/ReturnDraft.h"
#include "core/sales/SaleDraft.h"
#include "core/staff/StaffMember.h"
#include "core/storage/Database.h"
#include "core/util/Clock.h"
#include "core/util/Result.h"

#include <QCoreApplication>

#include <QLocale>

#include <functional>
#include <vector>

namespace ak {

namespace compliance {
class SaleSigner;
}

class CashDrawer;
class IntegrityGate;

struct ParkedSale {
    qint64 id = 0;
    qint64 operatorId = 0;
    QDateTime parkedAt;  // UTC
    SaleDraft draft;
};

class SaleRepository {
    Q_DECLARE_TR_FUNCTIONS(SaleRepository)  // messages for the volunteer; lupdate context "SaleRepository"
public:
    SaleRepository(Database& db, Journal& journal, const Clock& clock, VatTable vat, QLocale::Language cafeLanguage);

    // The till's IntegrityGate (null: none, as in tests and tools): while it is closed, complete()
    // and completeReturn() refuse with Locked. Not owned; it outlives the repository.
    void setGate(const IntegrityGate* gate) { gate_ = gate; }

    // The till's cash drawer (null: none, as in tests and tools). Not owned; it outlives the
    // repository. A cash sale or refund queues its pulse in the sale's transaction, and the first
    // line of a new sale is refused while the drawer stands open.
    void setDrawer(CashDrawer* drawer) { drawer_ = drawer; }

    // The till's signer ([compliance]; null: none, as in tests and tools). Not owned; it outlives
    // the repository. Every sale and return is signed in its own transaction; while the signer
    // cannot sign, the first line of a sale and every completion are refused with its words.
    void setSigner(const compliance::SaleSigner* signer) { signer_ = signer; }

    // Training mode: sales are flagged and numbered on their own (counted apart in X/Z).
    void setTraining(bool on) { training_ = on; }
    bool training() const { return training_; }
    const VatTable& vatTable() const { return vat_; }

    // The repository-backed way to add a product to a draft: NotFound for an unknown id,
    // InvalidInput for an inactive one, Conflict for the first line while the drawer is open. The
    // draft is unchanged on error.
    Result<void> addProduct(SaleDraft& draft, qint64 productId) const;

    // Completes the sale. InvalidInput: no lines, discount too large, not paid in full, payments
    // for another total, a coffee-card payment (those go through completeSaleWithCards() in
    // core/cards/CardCheckout.h, which redeems the cups); Permission: inactive operator. Voids of
    // the draft are journaled as "void_line" in the same transaction.
    Result<CompletedSale> complete(const SaleDraft& draft, const PaymentPlan& payment, const StaffMember& op);
    // For completeSaleWithCards() only: the same as complete(), but the plan's coffee-card payments
    // were redeemed in the caller's Database::write(), which this joins (InvalidInput outside one),
    // and their references already name the card ("card <id>"), not the scanned code. Not logged
    // here: the caller logs once its transaction has committed.
    Result<CompletedSale> completeWithRedeemedCards(const SaleDraft& draft, const PaymentPlan& payment,
                                                    const StaffMember& op);
    // Journals the draft as "void_sale" (with its lines and voids); nothing else is stored.
    Result<void> abandon(const SaleDraft& draft, const StaffMember& op);

    Result<qint64> park(const SaleDraft& draft, const StaffMember& op);  // the parked id
    Result<std::vector<ParkedSale>> parkedSales() const;                  // this register, oldest first
    Result<SaleDraft> resume(qint64 parkedId, const StaffMember& op);     // deletes the parked row; NotFound

    // This register's sale or return with that receipt number (training or not as the current mode).
    Result<CompletedSale> find(qint64 receiptNumber) const;  // NotFound
    Result<CompletedSale> findById(qint64 saleId) const;     // NotFound

    // Returns. prepareReturn: InvalidInput for an empty list, a line not on the sale, a quantity
    // ≤ 0 or more than sold minus already returned; a return cannot itself be returned.
    Result<ReturnDraft> prepareReturn(qint64 originalSaleId, const std::vector<ReturnItem>& items) const;
    // Re-checks the quantities under the write lock. Permission unless `approver` is an active
    // manager according to the database (the screen's word is not enough); InvalidInput for an
    // empty reason or a refund not settled in full.
    Result<CompletedSale> completeReturn(const ReturnDraft& draft, const PaymentPlan& refund, const StaffMember& op,
                                         const StaffMember& approver, const QString& reason);

    // Records that a copy of the receipt is printed. The law allows one copy per sale: a second is
    // refused with Conflict. Journaled as "receipt_copy".
    // `queueCopy`, when given, queues the copy's print-out inside the same transaction (the law's one
    // copy is never used up without being printed): it gets the sale and the name of the person
    // who sold it, whom the copy names (not whoever prints it). Its failure undoes the copy.
    using CopyQueuer = std::function<Result<void>(const CompletedSale& sale, const QString& sellerName)>;
    Result<CompletedSale> registerCopy(qint64 saleId, const StaffMember& op, const CopyQueuer& queueCopy = {});
    Result<int> copyCount(qint64 saleId) const;
    // The customer did not want the receipt: journaled as sale_without_receipt (SAF-T 13030).
    Result<void> recordNoReceipt(qint64 saleId, const StaffMember& op);

private:
    Result<CompletedSale> completeSale(const SaleDraft& draft, const PaymentPlan& payment, const StaffMember& op);
    Result<StaffMember> activeStaff(qint64 staffId) const;
    Result<qint64> nextReceiptNumber() const;
    // The register's open shift (every sale and return belongs to one; a Z closes them all), or
    // Conflict saying to open one. Inside the sale's db_.write().
    Result<qint64> openShift() const;
    // Decides whether the drawer opens for `s` (CompletedSale::opensDrawer), journals the opening
    // (drawer_opened, SAF-T 13005) and queues the drawer's pulse. Inside the sale's db_.write().
    Result<void> openDrawerFor(CompletedSale& s, const StaffMember& op);
    Result<ReturnDraft> buildReturn(const CompletedSale& original, const std::vector<ReturnItem>& items) const;

    Database& db_;
    Journal& journal_;
    const Clock& clock_;
    VatTable vat_;
    QLocale::Language language_;
    CatalogueRepository catalogue_;
    bool training_ = false;
    const IntegrityGate* gate_ = nullptr;
    CashDrawer* drawer_ = nullptr;
    const compliance::SaleSigner* signer_ = nullptr;
};

}  // namespace ak
