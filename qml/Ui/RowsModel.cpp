#include "RowsModel.h"

namespace ak::ui {

RowsModel::RowsModel(QByteArrayList roles, QObject* parent) : QAbstractListModel(parent), roles_(std::move(roles)) {}

void RowsModel::setRows(std::vector<QVariantMap> rows) {
    const int before = count();
    beginResetModel();
    rows_ = std::move(rows);
    endResetModel();
    if (before != count()) emit countChanged();
}

QVariantMap RowsModel::get(int row) const {
    if (row < 0 || row >= count()) return {};
    return rows_[static_cast<size_t>(row)];
}

int RowsModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : count(); }

QVariant RowsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const int r = role - Qt::UserRole - 1;
    if (r < 0 || r >= roles_.size()) return {};
    return rows_[static_cast<size_t>(index.row())].value(QString::fromLatin1(roles_[r]));
}

QHash<int, QByteArray> RowsModel::roleNames() const {
    QHash<int, QByteArray> names;
    for (int i = 0; i < roles_.size(); ++i) names.insert(Qt::UserRole + 1 + i, roles_[i]);
    return names;
}

}  // namespace ak::ui
