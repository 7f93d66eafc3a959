#pragma once
// Categories and products. Every write runs in its own transaction or joins the caller's (so a
// manager screen can journal the price change in the same commit).

#include "core/catalogue/Category.h"
#include "core/catalogue/Product.h"
#include "core/staff/StaffMember.h"
#include "core/storage/Database.h"
#include "core/util/Result.h"

#include <vector>

namespace ak {

class Journal;

class CatalogueRepository {
public:
    explicit CatalogueRepository(Database& db) : db_(db) {}

    Result<std::vector<Category>> categories() const;  // by sortOrder, then id
    Result<std::vector<Product>> activeProducts(qint64 categoryId) const;  // by sortOrder, then id
    Result<std::vector<Product>> allProducts() const;  // active and inactive, for the manager
    Result<Product> product(qint64 id) const;          // NotFound if there is none

    // Return the stored value with its id. InvalidInput for empty names, negative prices, a
    // malformed SAF-T id, an unknown category or a code already used (Conflict).
    Result<Category> addCategory(Category category);
    Result<Product> addProduct(Product product);
    // All fields; NotFound if the id is unknown. Needs ManageProducts; journaled as price_changed
    // (old and new price, SAF-T event 13021) when the price changes, else as product_changed.
    Result<void> updateProduct(const Product& product, const StaffMember& by, Journal& journal);
    Result<void> deactivateProduct(qint64 id);

    // Whether a coffee card can pay for one unit of the product (Permission::ManageProducts),
    // journaled as "product_coffee_card". NotFound for an unknown product; InvalidInput for a
    // product that issues a card (a card never pays for a card).
    Result<void> setCoffeeCardPayable(qint64 productId, bool payable, const StaffMember& by, Journal& journal);

private:
    Result<std::vector<Product>> products(const QString& where, const QVariantList& values) const;
    Database& db_;
};

}  // namespace ak
