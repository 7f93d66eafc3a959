#pragma once
// What the kiosk's welcome screen shows, formatted for the visitor's language: the café's name,
// today's date, the next activity. Exposed to QML as the singleton `Kiosk`.
// Ownership: main.cpp owns it and registers it with setInstance() before QML loads; the clock
// and the activity source outlive it.

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QObject>
#include <QString>
#include <QTimeZone>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

#include "QmlSingleton.h"

#include <functional>
#include <optional>

namespace ak {
class Clock;
namespace ui {
class LanguageController;
}

// Today's opening hours as the café configured them ([opening_hours]).
struct OpeningTimes {
    bool closed = false;
    QTime opens;
    QTime closes;
};

struct KioskSettings {
    QString cafeName;
    bool fullScreen = true;
    int idleTimeoutMs = 60000;
    QTimeZone zone;  // [cafe] time_zone: "today" and the times shown are the café's
    // The hours of a local day; nullopt when the café has not configured them (nothing is shown).
    std::function<std::optional<OpeningTimes>(QDate)> openingHours;
};

struct UpcomingActivity {
    QString title;
    QString place;
    QDateTime startsAt;  // UTC
};

class KioskController : public QObject, public ui::QmlSingleton<KioskController> {
    Q_OBJECT
    QML_NAMED_ELEMENT(Kiosk)
    QML_SINGLETON
    Q_PROPERTY(QString cafeName READ cafeName CONSTANT)
    Q_PROPERTY(bool fullScreen READ fullScreen CONSTANT)
    Q_PROPERTY(int idleTimeoutMs READ idleTimeoutMs CONSTANT)
    Q_PROPERTY(QString todayText READ todayText NOTIFY textsChanged)
    Q_PROPERTY(QString nextActivityText READ nextActivityText NOTIFY textsChanged)
    Q_PROPERTY(QString openingHoursText READ openingHoursText NOTIFY textsChanged)
    // A calm word when the card reader or the slip printer is not there: never a technical message.
    Q_PROPERTY(QString askVolunteerText READ askVolunteerText NOTIFY textsChanged)
    Q_PROPERTY(bool readerReady READ readerReady NOTIFY textsChanged)

public:
    using NextActivitySource = std::function<std::optional<UpcomingActivity>(const QDateTime& nowUtc)>;

    KioskController(KioskSettings settings, const Clock& clock, ui::LanguageController& language,
                    NextActivitySource nextActivity, QObject* parent = nullptr);

    QString cafeName() const { return settings_.cafeName; }
    bool fullScreen() const { return settings_.fullScreen; }
    int idleTimeoutMs() const { return settings_.idleTimeoutMs; }
    QString todayText() const;
    QString nextActivityText() const;
    QString openingHoursText() const;  // "Open today 10:00–16:00", "Closed today" or empty
    QString askVolunteerText() const;
    bool readerReady() const { return readerReady_; }
    // What the kiosk's devices are doing now (KioskApp watches them; this only says it).
    void setDevicesReady(bool readerReady, bool printerReady);

    // "Thursday 11:00" / "torsdag 11:00", relative words for today and tomorrow.
    static QString whenText(const QDateTime& startsUtc, const QDateTime& nowUtc, const QTimeZone& zone,
                            const QLocale& locale);

signals:
    void textsChanged();

private:
    KioskSettings settings_;
    bool readerReady_ = true;
    bool printerReady_ = true;
    const Clock& clock_;
    ui::LanguageController& language_;
    NextActivitySource nextActivity_;
    QTimer refresh_;  // the date and the next activity change while the kiosk stands there
};

}  // namespace ak
