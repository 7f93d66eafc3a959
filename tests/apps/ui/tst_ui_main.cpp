// Qt Quick tests of Aktivkafe.Ui: theme, controls, language switch.
#include <QQmlEngine>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

#include "LanguageController.h"

Q_IMPORT_QML_PLUGIN(Aktivkafe_UiPlugin)

class Setup : public QObject {
    Q_OBJECT
public slots:
    void qmlEngineAvailable(QQmlEngine* engine) {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        language_ = new ak::ui::LanguageController(engine, {QStringLiteral("nb"), QStringLiteral("da"), QStringLiteral("en")}, this);
        ak::ui::LanguageController::setInstance(language_);
    }

private:
    ak::ui::LanguageController* language_ = nullptr;
};

QUICK_TEST_MAIN_WITH_SETUP(ui, Setup)

#include "tst_ui_main.moc"
