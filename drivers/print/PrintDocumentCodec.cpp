#include "drivers/print/PrintDocumentCodec.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>
#include <type_traits>

namespace ak::dev {

namespace {

const QString kFormat = QStringLiteral("aktivkafe.print-document");

// Names rather than numbers in the JSON, so a stored job can be read by a person (and an enum
// reordered later does not silently change old receipts).
QString alignName(Align a) {
    switch (a) {
    case Align::Left: return QStringLiteral("left");
    case Align::Center: return QStringLiteral("center");
    case Align::Right: return QStringLiteral("right");
    }
    return {};
}

QString levelName(QrErrorLevel l) {
    switch (l) {
    case QrErrorLevel::L: return QStringLiteral("L");
    case QrErrorLevel::M: return QStringLiteral("M");
    case QrErrorLevel::Q: return QStringLiteral("Q");
    case QrErrorLevel::H: return QStringLiteral("H");
    }
    return {};
}

QJsonObject styleJson(const TextStyle& s) {
    // Only what differs from the default: receipts are mostly plain lines.
    QJsonObject o;
    if (s.bold) o.insert(QStringLiteral("bold"), true);
    if (s.underline) o.insert(QStringLiteral("underline"), true);
    if (s.doubleWidth) o.insert(QStringLiteral("doubleWidth"), true);
    if (s.doubleHeight) o.insert(QStringLiteral("doubleHeight"), true);
    if (s.align != Align::Left) o.insert(QStringLiteral("align"), alignName(s.align));
    return o;
}

QByteArray pngBytes(const QImage& image) {
    if (image.isNull()) return {};
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) return {};
    return bytes;
}

QJsonObject elementJson(const PrintElement& element) {
    QJsonObject o;
    auto kind = [&o](const char* name) { o.insert(QStringLiteral("kind"), QLatin1String(name)); };
    std::visit(
        [&](const auto& e) {
            using T = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<T, element::Text>) {
                kind("text");
                o.insert(QStringLiteral("text"), e.text);
                o.insert(QStringLiteral("style"), styleJson(e.style));
            } else if constexpr (std::is_same_v<T, element::Columns>) {
                kind("columns");
                o.insert(QStringLiteral("left"), e.left);
                o.insert(QStringLiteral("right"), e.right);
                o.insert(QStringLiteral("style"), styleJson(e.style));
            } else if constexpr (std::is_same_v<T, element::Rule>) {
                kind("rule");
            } else if constexpr (std::is_same_v<T, element::Qr>) {
                kind("qr");
                o.insert(QStringLiteral("data"), QString::fromLatin1(e.data.toBase64()));
                o.insert(QStringLiteral("moduleSize"), e.moduleSize);
                o.insert(QStringLiteral("level"), levelName(e.level));
            } else if constexpr (std::is_same_v<T, element::Image>) {
                kind("image");
                o.insert(QStringLiteral("png"), QString::fromLatin1(pngBytes(e.image).toBase64()));
                // PNG does not keep QImage's pixel format; stored so the decoded image compares equal.
                o.insert(QStringLiteral("format"), static_cast<int>(e.image.format()));
            } else if constexpr (std::is_same_v<T, element::Feed>) {
                kind("feed");
                o.insert(QStringLiteral("lines"), e.lines);
            } else if constexpr (std::is_same_v<T, element::Cut>) {
                kind("cut");
                o.insert(QStringLiteral("partial"), e.partial);
            } else if constexpr (std::is_same_v<T, element::DrawerPulse>) {
                kind("drawerPulse");
                o.insert(QStringLiteral("pin"), e.pin);
            }
        },
        element);
    return o;
}

// Reads typed fields and remembers the first problem, so the decoder reads straight through.
class Reader {
public:
    explicit Reader(QString* error) : error_(error) {}
    bool failed() const { return failed_; }

    bool fail(const QString& why) {
        if (!failed_ && error_) *error_ = why;
        failed_ = true;
        return false;
    }
    QString string(const QJsonObject& o, const QString& key) {
        const QJsonValue v = o.value(key);
        if (!v.isString()) fail(QStringLiteral("\"%1\" must be a string").arg(key));
        return v.toString();
    }
    bool boolean(const QJsonObject& o, const QString& key, std::optional<bool> fallback = std::nullopt) {
        const QJsonValue v = o.value(key);
        if (v.isUndefined() && fallback) return *fallback;
        if (!v.isBool()) fail(QStringLiteral("\"%1\" must be true or false").arg(key));
        return v.toBool();
    }
    int integer(const QJsonObject& o, const QString& key, int min, int max) {
        const QJsonValue v = o.value(key);
        const double d = v.toDouble(-1.0);
        // The range first: converting a double outside qint64 (1e300 in a damaged queue row) to an
        // integer is undefined behaviour. Within [min, max] the cast is safe; NaN fails d == trunc(d).
        if (!v.isDouble() || !(d >= min && d <= max) || d != std::trunc(d)) {
            fail(QStringLiteral("\"%1\" must be a whole number from %2 to %3").arg(key).arg(min).arg(max));
            return min;
        }
        return static_cast<int>(d);
    }
    QByteArray base64(const QJsonObject& o, const QString& key) {
        auto decoded = QByteArray::fromBase64Encoding(string(o, key).toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) fail(QStringLiteral("\"%1\" is not base64").arg(key));
        return *decoded;
    }
    TextStyle style(const QJsonObject& parent) {
        const QJsonValue v = parent.value(QStringLiteral("style"));
        if (v.isUndefined()) return {};
        if (!v.isObject()) {
            fail(QStringLiteral("\"style\" must be an object"));
            return {};
        }
        const QJsonObject o = v.toObject();
        TextStyle s;
        s.bold = boolean(o, QStringLiteral("bold"), false);
        s.underline = boolean(o, QStringLiteral("underline"), false);
        s.doubleWidth = boolean(o, QStringLiteral("doubleWidth"), false);
        s.doubleHeight = boolean(o, QStringLiteral("doubleHeight"), false);
        const QJsonValue align = o.value(QStringLiteral("align"));
        if (!align.isUndefined()) {
            const QString a = align.toString();
            if (a == alignName(Align::Left)) s.align = Align::Left;
            else if (a == alignName(Align::Center)) s.align = Align::Center;
            else if (a == alignName(Align::Right)) s.align = Align::Right;
            else fail(QStringLiteral("unknown alignment"));
        }
        return s;
    }

private:
    QString* error_;
    bool failed_ = false;
};

std::optional<QrErrorLevel> levelFromName(const QString& name) {
    for (QrErrorLevel l : {QrErrorLevel::L, QrErrorLevel::M, QrErrorLevel::Q, QrErrorLevel::H})
        if (levelName(l) == name) return l;
    return std::nullopt;
}

QImage imageFrom(Reader& r, const QJsonObject& o) {
    const QByteArray png = r.base64(o, QStringLiteral("png"));
    const int format = r.integer(o, QStringLiteral("format"), 0, QImage::NImageFormats - 1);
    if (r.failed() || png.isEmpty()) return {};  // a null image is stored as no bytes
    QImage image;
    if (!image.loadFromData(png, "PNG")) {
        r.fail(QStringLiteral("the image is not a readable PNG"));
        return {};
    }
    const auto wanted = static_cast<QImage::Format>(format);
    if (wanted != QImage::Format_Invalid && image.format() != wanted) image.convertTo(wanted);
    return image;
}

bool readElement(Reader& r, const QJsonObject& o, PrintDocument& doc) {
    const QString kind = r.string(o, QStringLiteral("kind"));
    if (r.failed()) return false;
    if (kind == QLatin1String("text")) {
        const QString text = r.string(o, QStringLiteral("text"));
        const TextStyle style = r.style(o);
        doc.text(text, style);
    } else if (kind == QLatin1String("columns")) {
        const QString left = r.string(o, QStringLiteral("left"));
        const QString right = r.string(o, QStringLiteral("right"));
        doc.columns(left, right, r.style(o));
    } else if (kind == QLatin1String("rule")) {
        doc.rule();
    } else if (kind == QLatin1String("qr")) {
        const QByteArray data = r.base64(o, QStringLiteral("data"));
        const int moduleSize = r.integer(o, QStringLiteral("moduleSize"), 1, 16);
        const auto level = levelFromName(r.string(o, QStringLiteral("level")));
        if (!level) return r.fail(QStringLiteral("unknown QR error correction level"));
        doc.qr(data, moduleSize, *level);
    } else if (kind == QLatin1String("image")) {
        doc.image(imageFrom(r, o));
    } else if (kind == QLatin1String("feed")) {
        doc.feed(r.integer(o, QStringLiteral("lines"), 0, 255));
    } else if (kind == QLatin1String("cut")) {
        doc.cut(r.boolean(o, QStringLiteral("partial")));
    } else if (kind == QLatin1String("drawerPulse")) {
        const int pin = r.integer(o, QStringLiteral("pin"), 2, 5);
        if (pin != 2 && pin != 5) return r.fail(QStringLiteral("the drawer pin must be 2 or 5"));
        doc.drawerPulse(pin);
    } else {
        return r.fail(QStringLiteral("unknown element kind \"%1\"").arg(kind));
    }
    return !r.failed();
}

}  // namespace

QByteArray PrintDocumentCodec::toJson(const PrintDocument& document) {
    QJsonArray elements;
    for (const PrintElement& e : document.elements()) elements.append(elementJson(e));
    QJsonObject root;
    root.insert(QStringLiteral("format"), kFormat);
    root.insert(QStringLiteral("version"), kVersion);
    root.insert(QStringLiteral("title"), document.title());
    root.insert(QStringLiteral("elements"), elements);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

std::optional<PrintDocument> PrintDocumentCodec::fromJson(const QByteArray& json, QString* error) {
    QJsonParseError parseError{};
    const QJsonDocument parsed = QJsonDocument::fromJson(json, &parseError);
    Reader r(error);
    if (parseError.error != QJsonParseError::NoError) {
        r.fail(QStringLiteral("not JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
        return std::nullopt;
    }
    if (!parsed.isObject()) {
        r.fail(QStringLiteral("not a JSON object"));
        return std::nullopt;
    }
    const QJsonObject root = parsed.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat) {
        r.fail(QStringLiteral("not a print document"));
        return std::nullopt;
    }
    if (r.integer(root, QStringLiteral("version"), 1, kVersion); r.failed()) return std::nullopt;
    PrintDocument doc(r.string(root, QStringLiteral("title")));
    const QJsonValue elements = root.value(QStringLiteral("elements"));
    if (!elements.isArray()) r.fail(QStringLiteral("\"elements\" must be an array"));
    if (r.failed()) return std::nullopt;
    for (const QJsonValue& v : elements.toArray()) {
        if (!v.isObject()) {
            r.fail(QStringLiteral("an element must be an object"));
            return std::nullopt;
        }
        if (!readElement(r, v.toObject(), doc)) return std::nullopt;
    }
    return doc;
}

}  // namespace ak::dev
