#include "core/catalogue/CatalogueRepository.h"

#include "core/journal/Journal.h"
#include "core/staff/Permissions.h"
#include "core/storage/Sql.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>

namespace ak {

Q_LOGGING_CATEGORY(lcCatalogue, "aktivkafe.core.catalogue")

namespace {

const QString kProductColumns = QStringLiteral(
    "id, category_id, code, name_nb, name_da, name_en, price_minor, currency, vat_class, saft_basic_id, active, "
    "sort_order, card_type_id, coffee_card_payable");

Product productFrom(const QSqlQuery& q) {
    Product p;
    p.id = q.value(0).toLongLong();
    p.categoryId = q.value(1).toLongLong();
    p.code = q.value(2).toString();
    p.name = {q.value(3).toString(), q.value(4).toString(), q.value(5).toString()};
    p.price = Money(q.value(6).toLongLong(), currencyFromCode(q.value(7).toString()).value_or(Currency::NOK));
    p.vatClass = vatClassFromKey(q.value(8).toString()).value_or(VatClass::Standard);
    p.saftBasicId = q.value(9).toString();
    p.active = q.value(10).toBool();
    p.sortOrder = q.value(11).toInt();
    if (!q.value(12).isNull()) p.cardTypeId = q.value(12).toLongLong();
    p.coffeeCardPayable = q.value(13).toInt() == 1;
    return p;
}

Result<void> validate(const Product& p) {
    auto bad = [](const QString& why) { return Result<void>::fail(ErrorCode::InvalidInput, why); };
    if (p.code.trimmed().isEmpty()) return bad(QStringLiteral("A product needs a code."));
    if (p.name.nb.trimmed().isEmpty() && p.name.en.trimmed().isEmpty())
        return bad(QStringLiteral("A product needs a name."));
    if (p.price.isNegative()) return bad(QStringLiteral("A price cannot be negative."));
    static const QRegularExpression saft(QStringLiteral("^04\\d{3}$"));
    if (!saft.match(p.saftBasicId).hasMatch())
        return bad(QStringLiteral("\"%1\" is not a SAF-T article group (04001–04999).").arg(p.saftBasicId));
    return {};
}

// The constraint failures a person can act on (sql::failure tells them apart by code).
Error describe(const Error& e, const QString& code) {
    if (e.code == ErrorCode::Conflict)
        return {ErrorCode::Conflict, QStringLiteral("The code \"%1\" is already used.").arg(code)};
    if (e.code == ErrorCode::InvalidInput) return {ErrorCode::InvalidInput, QStringLiteral("The category does not exist.")};
    return e;
}

}  // namespace

Result<std::vector<Category>> CatalogueRepository::categories() const {
    auto q = db_.query(QStringLiteral(
        "SELECT id, code, name_nb, name_da, name_en, sort_order FROM categories ORDER BY sort_order, id"));
    if (!q) return q.error();
    std::vector<Category> out;
    while (q->next())
        out.push_back({q->value(0).toLongLong(), q->value(1).toString(),
                       {q->value(2).toString(), q->value(3).toString(), q->value(4).toString()}, q->value(5).toInt()});
    return out;
}

Result<std::vector<Product>> CatalogueRepository::products(const QString& where, const QVariantList& values) const {
    auto q = db_.query(QStringLiteral("SELECT ") + kProductColumns + QStringLiteral(" FROM products ") + where, values);
    if (!q) return q.error();
    std::vector<Product> out;
    while (q->next()) out.push_back(productFrom(q.value()));
    return out;
}

Result<std::vector<Product>> CatalogueRepository::activeProducts(qint64 categoryId) const {
    return products(QStringLiteral("WHERE category_id = ? AND active = 1 ORDER BY sort_order, id"), {categoryId});
}

Result<std::vector<Product>> CatalogueRepository::allProducts() const {
    return products(QStringLiteral("ORDER BY category_id, sort_order, id"), {});
}

Result<Product> CatalogueRepository::product(qint64 id) const {
    auto r = products(QStringLiteral("WHERE id = ?"), {id});
    if (!r) return r.error();
    if (r->empty()) return Error{ErrorCode::NotFound, QStringLiteral("There is no product %1.").arg(id)};
    return r->front();
}

Result<Category> CatalogueRepository::addCategory(Category c) {
    if (c.code.trimmed().isEmpty() || c.name.text(QLocale::NorwegianBokmal).trimmed().isEmpty())
        return Error{ErrorCode::InvalidInput, QStringLiteral("A category needs a code and a name.")};
    auto r = db_.write([&]() -> Result<void> {
        auto q = db_.insert(QStringLiteral("INSERT INTO categories (code, name_nb, name_da, name_en, sort_order)"
                                          " VALUES (?, ?, ?, ?, ?)"),
                           {c.code, sql::text(c.name.nb), sql::text(c.name.da), sql::text(c.name.en), c.sortOrder});
        if (!q) return describe(q.error(), c.code);
        c.id = q.value();
        return {};
    });
    if (!r) return r.error();
    return c;
}

Result<Product> CatalogueRepository::addProduct(Product p) {
    if (auto v = validate(p); !v) return v.error();
    auto r = db_.write([&]() -> Result<void> {
        auto q = db_.insert(QStringLiteral("INSERT INTO products (category_id, code, name_nb, name_da, name_en,"
                                          " price_minor, currency, vat_class, saft_basic_id, active, sort_order,"
                                          " coffee_card_payable) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                           {p.categoryId, p.code, sql::text(p.name.nb), sql::text(p.name.da), sql::text(p.name.en), p.price.minor(),
                            currencyCode(p.price.currency()), vatClassKey(p.vatClass), p.saftBasicId, p.active ? 1 : 0,
                            p.sortOrder, p.coffeeCardPayable ? 1 : 0});
        if (!q) return describe(q.error(), p.code);
        p.id = q.value();
        return {};
    });
    if (!r) return r.error();
    p.cardTypeId.reset();  // not stored here: see Product::cardTypeId
    qCInfo(lcCatalogue) << "added product" << p.id << p.code << p.price.toDebugString();
    return p;
}

Result<void> CatalogueRepository::updateProduct(const Product& p, const StaffMember& by, Journal& journal) {
    if (auto allowed = requirePermission(by, Permission::ManageProducts); !allowed) return allowed;
    if (auto v = validate(p); !v) return v;
    return db_.write([&]() -> Result<void> {
        auto before = product(p.id);
        if (!before) return before.error();
        auto q = db_.query(QStringLiteral("UPDATE products SET category_id = ?, code = ?, name_nb = ?, name_da = ?,"
                                          " name_en = ?, price_minor = ?, currency = ?, vat_class = ?,"
                                          " saft_basic_id = ?, active = ?, sort_order = ? WHERE id = ?"),
                           {p.categoryId, p.code, sql::text(p.name.nb), sql::text(p.name.da), sql::text(p.name.en), p.price.minor(),
                            currencyCode(p.price.currency()), vatClassKey(p.vatClass), p.saftBasicId, p.active ? 1 : 0,
                            p.sortOrder, p.id});
        if (!q) return describe(q.error(), p.code);
        if (q->numRowsAffected() != 1)
            return Result<void>::fail(ErrorCode::NotFound, QStringLiteral("There is no product %1.").arg(p.id));
        QJsonObject payload{{QStringLiteral("product_id"), p.id}, {QStringLiteral("code"), p.code}};
        const bool priceChanged = before->price != p.price;
        if (priceChanged) {
            payload.insert(QStringLiteral("old_price"), before->price.minor());
            payload.insert(QStringLiteral("new_price"), p.price.minor());
        }
        auto e = journal.append(Journal::staffActor(by.id),
                                priceChanged ? JournalKind::PriceChanged : JournalKind::ProductChanged, payload);
        if (!e) return e.error();
        return {};
    });
}

Result<void> CatalogueRepository::setCoffeeCardPayable(qint64 productId, bool payable, const StaffMember& by,
                                                      Journal& journal) {
    if (auto allowed = requirePermission(by, Permission::ManageProducts); !allowed) return allowed;
    return db_.write([&]() -> Result<void> {
        auto current = product(productId);
        if (!current) return current.error();
        if (current->coffeeCardPayable == payable) return {};  // nothing changes, nothing to journal
        if (payable && current->cardTypeId)
            return Result<void>::fail(ErrorCode::InvalidInput,
                                      QCoreApplication::translate("ak::CatalogueRepository",
                                                                  "This product is a coffee card itself; a coffee card "
                                                                  "cannot pay for it."));
        auto q = db_.query(QStringLiteral("UPDATE products SET coffee_card_payable = ? WHERE id = ?"),
                           {payable ? 1 : 0, productId});
        if (!q) return q.error();
        auto e = journal.append(Journal::staffActor(by.id), JournalKind::ProductCoffeeCard,
                                QJsonObject{{QStringLiteral("product_id"), productId},
                                            {QStringLiteral("payable"), payable}});
        if (!e) return e.error();
        return {};
    });
}

Result<void> CatalogueRepository::deactivateProduct(qint64 id) {
    return db_.write([&]() -> Result<void> {
        auto q = db_.query(QStringLiteral("UPDATE products SET active = 0 WHERE id = ?"), {id});
        if (!q) return q.error();
        if (q->numRowsAffected() != 1)
            return Result<void>::fail(ErrorCode::NotFound, QStringLiteral("There is no product %1.").arg(id));
        return {};
    });
}

}  // namespace ak
