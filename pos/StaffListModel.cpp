#include "StaffListModel.h"

namespace ak {

void StaffListModel::setStaff(std::vector<StaffMember> staff) {
    beginResetModel();
    staff_ = std::move(staff);
    endResetModel();
}

const StaffMember* StaffListModel::byId(qint64 id) const {
    for (const StaffMember& s : staff_) {
        if (s.id == id) return &s;
    }
    return nullptr;
}

int StaffListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(staff_.size());
}

QString StaffListModel::roleText(StaffRole role) {
    return role == StaffRole::Manager ? tr("Manager") : tr("Volunteer");
}

QVariant StaffListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const StaffMember& s = staff_[static_cast<size_t>(index.row())];
    switch (role) {
        case Qt::DisplayRole:
        case NameRole:
            return s.name;
        case StaffIdRole:
            return s.id;
        case RoleTextRole:
            return roleText(s.role);
        case IsManagerRole:
            return s.role == StaffRole::Manager;
        default:
            return {};
    }
}

QHash<int, QByteArray> StaffListModel::roleNames() const {
    return {{StaffIdRole, "staffId"}, {NameRole, "name"}, {RoleTextRole, "roleText"}, {IsManagerRole, "isManager"}};
}

}  // namespace ak
