#pragma once
// A device-neutral print document: what a receipt, slip or card says, not how a printer is told.
// Built fluently by core (doc.text(...).columns(...).rule().qr(...).cut()), turned into bytes by an
// encoder for one PrinterProfile. A plain value type: copy it, queue it, compare it.

#include <QByteArray>
#include <QImage>
#include <QString>

#include <variant>
#include <vector>

namespace ak::dev {

enum class Align { Left, Center, Right };

struct TextStyle {
    bool bold = false;
    bool underline = false;
    bool doubleWidth = false;
    bool doubleHeight = false;
    Align align = Align::Left;

    // Shorthands so call sites read well: TextStyle::centered().withBold()
    static TextStyle centered() { return TextStyle{.align = Align::Center}; }
    static TextStyle right() { return TextStyle{.align = Align::Right}; }
    TextStyle withBold(bool on = true) const { TextStyle s = *this; s.bold = on; return s; }
    TextStyle withUnderline(bool on = true) const { TextStyle s = *this; s.underline = on; return s; }
    TextStyle withDoubleSize(bool on = true) const { TextStyle s = *this; s.doubleWidth = s.doubleHeight = on; return s; }
    bool operator==(const TextStyle&) const = default;
};

// QR error correction: L 7 %, M 15 %, Q 25 %, H 30 % of the symbol may be damaged.
enum class QrErrorLevel { L, M, Q, H };

namespace element {
struct Text { QString text; TextStyle style; bool operator==(const Text&) const = default; };
struct Columns { QString left; QString right; TextStyle style; bool operator==(const Columns&) const = default; };
struct Rule { bool operator==(const Rule&) const = default; };
struct Qr {
    QByteArray data;
    int moduleSize = 6;  // dots per module, 1..16
    QrErrorLevel level = QrErrorLevel::M;
    bool operator==(const Qr&) const = default;
};
struct Image { QImage image; bool operator==(const Image&) const = default; };
struct Feed { int lines = 1; bool operator==(const Feed&) const = default; };
struct Cut { bool partial = true; bool operator==(const Cut&) const = default; };
struct DrawerPulse { int pin = 2; bool operator==(const DrawerPulse&) const = default; };
}  // namespace element

using PrintElement = std::variant<element::Text, element::Columns, element::Rule, element::Qr, element::Image,
                                  element::Feed, element::Cut, element::DrawerPulse>;

class PrintDocument {
public:
    PrintDocument() = default;
    explicit PrintDocument(QString title) : title_(std::move(title)) {}

    // Text may hold '\n' (each part is its own line); long lines are word-wrapped by the encoder.
    PrintDocument& text(const QString& text, const TextStyle& style = {});
    // One line: left text, right text flush right (prices). Wrapped by the encoder when too long.
    PrintDocument& columns(const QString& left, const QString& right, const TextStyle& style = {});
    // A line of dashes across the paper.
    PrintDocument& rule();
    // moduleSize is clamped to 1..16 (what GS ( k accepts).
    PrintDocument& qr(const QByteArray& data, int moduleSize = 6, QrErrorLevel level = QrErrorLevel::M);
    // Printed centred, scaled down to the paper width if wider, thresholded to black and white.
    PrintDocument& image(const QImage& image);
    // lines is clamped to 0..255.
    PrintDocument& feed(int lines = 1);
    // Feeds the paper past the blade first; dropped on printers without a cutter.
    PrintDocument& cut(bool partial = true);
    // pin 2 or 5 of the drawer kick connector.
    PrintDocument& drawerPulse(int pin = 2);

    const std::vector<PrintElement>& elements() const { return elements_; }
    bool isEmpty() const { return elements_.empty(); }
    QString title() const { return title_; }
    void setTitle(const QString& title) { title_ = title; }

    bool operator==(const PrintDocument&) const = default;

private:
    QString title_;
    std::vector<PrintElement> elements_;
};

}  // namespace ak::dev
