#pragma once
// The till's product buttons: categories and the products of the chosen one, with names in the
// screen's language and prices as text. QML singleton `Catalogue`.
// Ownership: main.cpp owns it; the repository and the language controller outlive it.

#include <QObject>
#include <QtQml/qqmlregistration.h>

#include "QmlSingleton.h"
#include "RowsModel.h"

namespace ak {

class CatalogueRepository;
namespace ui {
class LanguageController;
}

class CatalogueController : public QObject, public ui::QmlSingleton<CatalogueController> {
    Q_OBJECT
    QML_NAMED_ELEMENT(Catalogue)
    QML_SINGLETON
    Q_PROPERTY(QAbstractItemModel* categories READ categories CONSTANT)
    Q_PROPERTY(QAbstractItemModel* products READ products CONSTANT)
    Q_PROPERTY(qint64 currentCategory READ currentCategory WRITE setCurrentCategory NOTIFY currentCategoryChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    CatalogueController(CatalogueRepository& repository, ui::LanguageController& language, QObject* parent = nullptr);

    QAbstractItemModel* categories() { return &categories_; }
    QAbstractItemModel* products() { return &products_; }
    qint64 currentCategory() const { return currentCategory_; }
    void setCurrentCategory(qint64 id);
    QString errorText() const { return errorText_; }

    Q_INVOKABLE void reload();

signals:
    void currentCategoryChanged();
    void errorTextChanged();

private:
    void loadProducts();
    void setError(const QString& text);

    CatalogueRepository& repository_;
    ui::LanguageController& language_;
    ui::RowsModel categories_{{"categoryId", "name"}};
    ui::RowsModel products_{{"productId", "name", "priceText"}};
    qint64 currentCategory_ = 0;
    QString errorText_;
};

}  // namespace ak
