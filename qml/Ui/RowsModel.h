#pragma once
// A list model of presentation rows for QML: each row is a map from role name to a value the
// controller has already formatted (names in the screen's language, amounts as text). Controllers
// turn core's values into rows; QML only shows them. Roles are fixed at construction.

#include <QAbstractListModel>
#include <QByteArrayList>
#include <QVariantMap>

#include <vector>

namespace ak::ui {

class RowsModel : public QAbstractListModel {
    Q_OBJECT
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit RowsModel(QByteArrayList roles, QObject* parent = nullptr);

    // Replaces every row (a reset: the lists on the till are short).
    void setRows(std::vector<QVariantMap> rows);
    const std::vector<QVariantMap>& rows() const { return rows_; }
    int count() const { return static_cast<int>(rows_.size()); }
    Q_INVOKABLE QVariantMap get(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void countChanged();

private:
    QByteArrayList roles_;
    std::vector<QVariantMap> rows_;
};

}  // namespace ak::ui
