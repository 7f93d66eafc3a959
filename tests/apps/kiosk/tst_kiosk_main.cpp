// Qt Quick tests of the kiosk's screens, with a test clock and a fixed next activity.
#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

#include "KioskController.h"
#include "LanguageController.h"
#include "core/util/Clock.h"

Q_IMPORT_QML_PLUGIN(Aktivkafe_UiPlugin)
Q_IMPORT_QML_PLUGIN(Aktivkafe_KioskPlugin)

class Setup : public QObject {
    Q_OBJECT
public slots:
    void qmlEngineAvailable(QQmlEngine* engine) {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        language_ = new ak::ui::LanguageController(engine, {QStringLiteral("nb"), QStringLiteral("da"), QStringLiteral("en")}, this);
        ak::ui::LanguageController::setInstance(language_);
        ak::KioskSettings settings{QStringLiteral("Testkafeen"), false, 400};
        auto next = [](const QDateTime&) {
            return std::optional<ak::UpcomingActivity>(ak::UpcomingActivity{
                QStringLiteral("Walk by the river"), QStringLiteral("Meet at the café"),
                QDateTime(QDate(2026, 11, 26), QTime(11, 0)).toUTC()});
        };
        kiosk_ = new ak::KioskController(settings, clock_, *language_, next, this);
        ak::KioskController::setInstance(kiosk_);
    }

private:
    ak::ManualClock clock_{QDateTime(QDate(2026, 11, 23), QTime(12, 0))};
    ak::ui::LanguageController* language_ = nullptr;
    ak::KioskController* kiosk_ = nullptr;
};

QUICK_TEST_MAIN_WITH_SETUP(kiosk, Setup)

#include "tst_kiosk_main.moc"
