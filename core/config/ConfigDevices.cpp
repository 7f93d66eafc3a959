#include "core/config/ConfigDevices.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

#include "core/config/ConfigSchema.h"

namespace ak::config {

using dev::PrinterSettings;
using dev::ScannerSettings;

namespace {

QString tr(const char* text) { return QCoreApplication::translate("ak::config", text); }

std::optional<quint16> readUsbId(ConfigSection& s, std::string_view key) {
    const toml::node* n = s.node(key);
    if (!n) {
        s.missing(key, tr("needed when kind = \"usb\"; find it with the command lsusb"));
        return std::nullopt;
    }
    if (n->is_integer()) {
        const std::optional<qint64> v = s.integer(key, 1, 0xFFFF, Need::Required);
        return v ? std::optional<quint16>(static_cast<quint16>(*v)) : std::nullopt;
    }
    if (n->is_string()) {
        static const QRegularExpression re(QStringLiteral("^(0[xX])?([0-9A-Fa-f]{4})$"));
        const auto m = re.match(QString::fromStdString(n->as_string()->get()));
        if (m.hasMatch()) return static_cast<quint16>(m.captured(2).toUInt(nullptr, 16));
    }
    s.problemAt(key,
                tr("%1 must be a USB id of four hexadecimal digits, like \"0x04b8\" (see lsusb)").arg(s.keyName(key)));
    return std::nullopt;
}

}  // namespace

std::vector<std::string_view> printerKeys() {
    return {"kind", "profile", "job_timeout_seconds", "output_directory", "vendor_id", "product_id", "serial", "host",
            "port", "queue", "server", "drawer_sensor", "drawer_open_when"};
}

std::vector<std::string_view> readerKeys() {
    return {"kind", "evdev_path", "layout", "grab", "hidraw_path", "reader_name", "typing"};
}

PrinterSettings readPrinter(ConfigSection& s) {
    PrinterSettings p;
    const QStringList kinds{QStringLiteral("simulated"), QStringLiteral("usb"), QStringLiteral("tcp"),
                            QStringLiteral("cups")};
    const auto kind = s.choice("kind", kinds, Need::Required);
    p.kind = static_cast<PrinterSettings::Kind>(kind ? kinds.indexOf(*kind) : 0);
    if (auto profile = s.string("profile", Need::Optional)) {
        static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9-]{0,39}$"));
        if (re.match(*profile).hasMatch()) {
            p.profile = *profile;
        } else {
            s.problemAt("profile", tr("%1 must be a printer profile name like \"generic-80\"; it is \"%2\"")
                                       .arg(s.keyName("profile"), *profile));
        }
    }
    if (auto t = s.integer("job_timeout_seconds", 1, 600, Need::Optional)) p.jobTimeoutMs = static_cast<int>(*t) * 1000;
    if (auto sensor = s.boolean("drawer_sensor", Need::Optional)) p.drawerSensor = *sensor;
    if (auto level = s.choice("drawer_open_when", {QStringLiteral("high"), QStringLiteral("low")}, Need::Optional))
        p.drawerOpenWhenHigh = *level == QLatin1String("high");
    if (!kind) return p;

    // Each kind's own keys; a key of another kind is a mistake (e.g. host set but kind still "simulated"),
    // unless it is "" (so that an overlay can change kind over the shipped file's empty output_directory).
    const std::vector<std::pair<std::string_view, const char*>> owned{{"output_directory", "simulated"},
                                                                      {"vendor_id", "usb"},
                                                                      {"product_id", "usb"},
                                                                      {"serial", "usb"},
                                                                      {"host", "tcp"},
                                                                      {"port", "tcp"},
                                                                      {"queue", "cups"},
                                                                      {"server", "cups"}};
    for (const auto& [key, owner] : owned) {
        const toml::node* n = s.node(key);
        const bool blank = n && n->is_string() && n->as_string()->get().empty();  // "" means not set
        if (n && !blank && *kind != QLatin1String(owner)) {
            s.problemAt(key, tr("%1 is only used when kind = \"%2\", but kind is \"%3\"; change kind or remove this "
                                "line")
                                 .arg(s.keyName(key), QLatin1String(owner), *kind));
        }
    }
    switch (p.kind) {
        case PrinterSettings::Kind::Simulated:
            p.outputDirectory = resolvePath(s.string("output_directory", Need::Optional).value_or(QString()),
                                            s.fileOf("output_directory"));
            break;
        case PrinterSettings::Kind::Usb:
            p.usbVendorId = readUsbId(s, "vendor_id").value_or(0);
            p.usbProductId = readUsbId(s, "product_id").value_or(0);
            p.usbSerial = s.string("serial", Need::Optional).value_or(QString());
            break;
        case PrinterSettings::Kind::Tcp:
            if (!s.node("host")) {
                s.missing("host", tr("needed when kind = \"tcp\": the printer's network address"));
            } else if (auto host = s.string("host", Need::Required)) {
                p.host = host->trimmed();
                if (p.host.isEmpty() || p.host.contains(u' ')) {
                    s.problemAt("host", tr("%1 must be a network address like \"192.168.1.50\" or \"printer.local\"")
                                            .arg(s.keyName("host")));
                }
            }
            if (auto port = s.integer("port", 1, 65535, Need::Optional)) p.port = static_cast<quint16>(*port);
            break;
        case PrinterSettings::Kind::Cups:
            if (!s.node("queue")) {
                s.missing("queue", tr("needed when kind = \"cups\": the printer's queue name, see lpstat -p"));
            } else if (auto queue = s.string("queue", Need::Required)) {
                p.cupsQueue = *queue;
                if (queue->isEmpty()) s.problemAt("queue", tr("%1 must not be empty").arg(s.keyName("queue")));
            }
            p.cupsServer = s.string("server", Need::Optional).value_or(QString());
            break;
    }
    return p;
}

ScannerSettings readScanner(ConfigSection& s, const QString& id) {
    ScannerSettings sc;
    sc.id = id;
    const QStringList kinds{QStringLiteral("simulated"), QStringLiteral("keyboard"), QStringLiteral("hidpos"),
                            QStringLiteral("nfc")};
    const auto kind = s.choice("kind", kinds, Need::Required);
    sc.kind = static_cast<ScannerSettings::Kind>(kind ? kinds.indexOf(*kind) : 0);
    if (auto g = s.boolean("grab", Need::Optional)) sc.grab = *g;
    if (!kind) return sc;
    // Each kind's own keys; a key of another kind is a mistake.
    const std::vector<std::pair<std::string_view, const char*>> owned{
        {"evdev_path", "keyboard"}, {"layout", "keyboard"}, {"hidraw_path", "hidpos"}, {"reader_name", "nfc"},
        {"typing", "simulated"}};
    for (const auto& [key, owner] : owned) {
        if (s.node(key) && *kind != QLatin1String(owner)) {
            s.problemAt(key, tr("%1 is only used when kind = \"%2\", but kind is \"%3\"; change kind or remove this "
                                "line")
                                 .arg(s.keyName(key), QLatin1String(owner), *kind));
        }
    }
    const auto devicePath = [&](std::string_view key, const QString& why, const QString& example) -> QString {
        if (!s.node(key)) {
            s.missing(key, why);
            return {};
        }
        auto path = s.string(key, Need::Required);
        if (!path) return {};
        if (!path->startsWith(u'/')) s.problemAt(key, tr("%1 must be a full path like \"%2\"").arg(s.keyName(key), example));
        return *path;
    };
    switch (sc.kind) {
        case ScannerSettings::Kind::Keyboard:
            sc.evdevPath = devicePath("evdev_path", tr("needed when kind = \"keyboard\": the scanner's device, see /dev/input/by-id/"),
                                      QStringLiteral("/dev/input/by-id/usb-…-event-kbd"));
            if (auto layout = s.choice("layout", {QStringLiteral("no"), QStringLiteral("dk"), QStringLiteral("us")},
                                       Need::Optional))
                sc.layout = *layout;
            break;
        case ScannerSettings::Kind::HidPos:
            sc.hidrawPath = devicePath("hidraw_path", tr("needed when kind = \"hidpos\": the scanner's device, see /dev/hidraw*"),
                                       QStringLiteral("/dev/hidraw0"));
            break;
        case ScannerSettings::Kind::Nfc:
            sc.readerName = s.string("reader_name", Need::Optional).value_or(QString());
            break;
        case ScannerSettings::Kind::Simulated:
            if (auto typing = s.boolean("typing", Need::Optional)) sc.typing = *typing;
            break;
    }
    return sc;
}

// [[devices.reader]]: any number of readers, each with its own id.
void readReaders(ConfigProblems& problems, const toml::node* node, std::vector<ScannerSettings>& readers) {
    if (!node) return;
    const toml::array* list = node->as_array();
    if (!list || !list->is_array_of_tables()) {
        problems.add(node->source(), tr("'reader' in [devices] must be written as [[devices.reader]] sections, one per reader"));
        return;
    }
    int n = 0;
    for (const toml::node& item : *list) {
        ++n;
        std::vector<std::string_view> keys = readerKeys();
        keys.push_back("id");
        ConfigSection s(problems, item.as_table(), QStringLiteral("[[devices.reader]] no. %1").arg(n), std::move(keys));
        QString id = QStringLiteral("reader-%1").arg(n);
        static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$"));
        if (!s.node("id")) {
            s.missing("id", tr("a short name for the reader, like \"door-qr\""));
        } else if (auto given = s.string("id", Need::Required)) {
            if (!re.match(*given).hasMatch()) {
                s.problemAt("id", tr("%1 must be a short name of letters, digits, - and _, like \"door-qr\"").arg(s.keyName("id")));
            } else if (std::any_of(readers.begin(), readers.end(), [&](const ScannerSettings& r) { return r.id == *given; })) {
                s.problemAt("id", tr("%1: another reader is already called \"%2\"").arg(s.keyName("id"), *given));
            } else {
                id = *given;
            }
        }
        readers.push_back(readScanner(s, id));
    }
}

}  // namespace ak::config
