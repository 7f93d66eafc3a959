#pragma once
// The till's first-start wizard (issue 15): when there is no café yet (CafeSetup::needed), the till
// opens qml/Pos/FirstStart.qml instead of its login. Pages: language, café (name, country,
// organisation number, VAT), manager (name, PIN twice), receipt printer (what is plugged in, with a
// test print), done. This controller keeps the answers and shows what core says: each page's
// problem comes from CafeSetup, and CafeSetup makes the café. QML singleton `FirstStart`.
// Ownership: pos/main.cpp owns it and registers it with setInstance() before QML loads.

#include <QObject>
#include <QString>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>

#include "QmlSingleton.h"
#include "core/config/AppConfig.h"
#include "core/setup/CafeSetup.h"
#include "drivers/usb/UsbPrinters.h"

namespace ak {

namespace dev {
class DeviceManager;
}
namespace ui {
class LanguageController;
}

class FirstStartController : public QObject, public ui::QmlSingleton<FirstStartController> {
    Q_OBJECT
    QML_NAMED_ELEMENT(FirstStart)
    QML_SINGLETON
    Q_PROPERTY(QString page READ page NOTIFY changed)
    Q_PROPERTY(QString name READ name WRITE setName NOTIFY changed)
    Q_PROPERTY(QString country READ country WRITE setCountry NOTIFY changed)
    Q_PROPERTY(QString orgNumber READ orgNumber WRITE setOrgNumber NOTIFY changed)
    Q_PROPERTY(bool vatRegistered READ vatRegistered WRITE setVatRegistered NOTIFY changed)
    Q_PROPERTY(QString managerName READ managerName WRITE setManagerName NOTIFY changed)
    Q_PROPERTY(int pinStage READ pinStage NOTIFY changed)  // 0: no PIN yet, 1: once, 2: twice
    Q_PROPERTY(QStringList printers READ printers NOTIFY changed)
    Q_PROPERTY(int printerIndex READ printerIndex WRITE setPrinterIndex NOTIFY changed)
    Q_PROPERTY(QString printerResult READ printerResult NOTIFY changed)
    Q_PROPERTY(QString problem READ problem NOTIFY changed)
    Q_PROPERTY(QString summary READ summary NOTIFY changed)

public:
    using PrinterLister = std::function<QList<dev::UsbPrinterInfo>()>;
    FirstStartController(AppConfig config, ui::LanguageController& language, PrinterLister listPrinters,
                         QObject* parent = nullptr);
    ~FirstStartController() override;

    static QStringList pages();
    QString page() const { return pages().value(page_); }
    QString name() const { return answers_.name; }
    void setName(const QString& v);
    QString country() const { return countryCode(answers_.country); }
    void setCountry(const QString& code);
    QString orgNumber() const { return answers_.orgNumber; }
    void setOrgNumber(const QString& v);
    bool vatRegistered() const { return answers_.vatRegistered; }
    void setVatRegistered(bool v);
    QString managerName() const { return answers_.managerName; }
    void setManagerName(const QString& v);
    int pinStage() const { return answers_.managerPin.isEmpty() ? 0 : answers_.managerPinAgain.isEmpty() ? 1 : 2; }
    QStringList printers() const;
    int printerIndex() const { return printerIndex_; }
    void setPrinterIndex(int index);
    QString printerResult() const { return printerResult_; }
    QString problem() const { return problem_; }
    QString summary() const;
    bool created() const { return created_; }

    // The PIN pad's first entry, then the same again; a new first entry starts over.
    Q_INVOKABLE void enterPin(const QString& pin);
    Q_INVOKABLE void next();  // checks this page (core's rules); on the printer page makes the café
    Q_INVOKABLE void back();
    Q_INVOKABLE void findPrinters();
    Q_INVOKABLE void testPrint();
    Q_INVOKABLE void showPage(const QString& name);  // --screenshot and the self-test

signals:
    void changed();

private:
    void setProblem(const QString& problem);
    void makeCafe();

    AppConfig config_;
    ui::LanguageController& language_;
    PrinterLister listPrinters_;
    CafeAnswers answers_;
    QList<dev::UsbPrinterInfo> found_;
    int page_ = 0;
    int printerIndex_ = -1;  // -1: no receipt printer yet
    QString printerResult_;
    QString problem_;
    bool created_ = false;
    std::unique_ptr<dev::DeviceManager> testDevices_;  // only while a test page prints
};

}  // namespace ak
