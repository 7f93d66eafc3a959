#pragma once
// The people who can log in at the till, as a list model for the login screen's name buttons.

#include <QAbstractListModel>

#include "core/staff/StaffMember.h"

#include <vector>

namespace ak {

class StaffListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { StaffIdRole = Qt::UserRole + 1, NameRole, RoleTextRole, IsManagerRole };

    using QAbstractListModel::QAbstractListModel;

    void setStaff(std::vector<StaffMember> staff);
    const StaffMember* byId(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString roleText(StaffRole role);

private:
    std::vector<StaffMember> staff_;
};

}  // namespace ak
