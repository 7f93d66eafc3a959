#include "CatalogueController.h"

#include "LanguageController.h"
#include "core/catalogue/CatalogueRepository.h"
#include "core/money/MoneyFormat.h"

namespace ak {

CatalogueController::CatalogueController(CatalogueRepository& repository, ui::LanguageController& language,
                                         QObject* parent)
    : QObject(parent), repository_(repository), language_(language) {
    connect(&language_, &ui::LanguageController::currentChanged, this, &CatalogueController::reload);
    reload();
}

void CatalogueController::reload() {
    auto categories = repository_.categories();
    if (!categories) {
        setError(tr("The products could not be read: %1").arg(categories.error().message));
        return;
    }
    const QLocale::Language lang = language_.locale().language();
    std::vector<QVariantMap> rows;
    bool currentExists = false;
    for (const Category& c : categories.value()) {
        rows.push_back({{QStringLiteral("categoryId"), c.id}, {QStringLiteral("name"), c.name.text(lang)}});
        currentExists = currentExists || c.id == currentCategory_;
    }
    categories_.setRows(std::move(rows));
    if (!currentExists) {
        currentCategory_ = categories->empty() ? 0 : categories->front().id;
        emit currentCategoryChanged();
    }
    loadProducts();
}

void CatalogueController::setCurrentCategory(qint64 id) {
    if (id == currentCategory_) return;
    currentCategory_ = id;
    emit currentCategoryChanged();
    loadProducts();
}

void CatalogueController::loadProducts() {
    std::vector<QVariantMap> rows;
    if (currentCategory_ != 0) {
        auto products = repository_.activeProducts(currentCategory_);
        if (!products) {
            setError(tr("The products could not be read: %1").arg(products.error().message));
            return;
        }
        const QLocale locale = language_.locale();
        for (const Product& p : products.value()) {
            rows.push_back({{QStringLiteral("productId"), p.id},
                            {QStringLiteral("name"), p.name.text(locale.language())},
                            {QStringLiteral("priceText"), formatMoney(p.price, locale)}});
        }
    }
    products_.setRows(std::move(rows));
    setError({});
}

void CatalogueController::setError(const QString& text) {
    if (text == errorText_) return;
    errorText_ = text;
    emit errorTextChanged();
}

}  // namespace ak
