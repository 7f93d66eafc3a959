#pragma once
// The till's notice about the backup stick (QML singleton `BackupStick`): core's rule
// (SecondBackupAge) says whether the second backup folder ([database] second_backup_directory) is
// missing or has had no new backup for 7 days; this turns its answer into words for a volunteer —
// what to do, and that selling goes on. Nothing when no second folder is set.
//
// It looks again when someone logs in, after every step of the day close (the Z writes a copy), and
// every ten minutes (the nightly backup, a stick plugged in, a day passing).
// Ownership: TillApp owns it; the clock outlives it.

#include <QObject>
#include <QString>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include "QmlSingleton.h"
#include "core/storage/SecondBackupAge.h"

namespace ak {

class BackupStickController : public QObject, public ui::QmlSingleton<BackupStickController> {
    Q_OBJECT
    QML_NAMED_ELEMENT(BackupStick)
    QML_SINGLETON
    // What the sale screen shows; empty when there is nothing to say.
    Q_PROPERTY(QString warningText READ warningText NOTIFY changed)

public:
    // `directory`: [database] second_backup_directory ("" when none is set).
    BackupStickController(QString directory, const Clock& clock, QObject* parent = nullptr);

    QString warningText() const;
    // Asks core again.
    Q_INVOKABLE void refresh();

signals:
    void changed();

private:
    QString directory_;
    const Clock& clock_;
    SecondBackupState state_;
    QTimer timer_;
};

}  // namespace ak
