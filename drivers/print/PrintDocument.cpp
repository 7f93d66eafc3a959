#include "drivers/print/PrintDocument.h"

#include <algorithm>

namespace ak::dev {

PrintDocument& PrintDocument::text(const QString& text, const TextStyle& style) {
    elements_.emplace_back(element::Text{text, style});
    return *this;
}

PrintDocument& PrintDocument::columns(const QString& left, const QString& right, const TextStyle& style) {
    elements_.emplace_back(element::Columns{left, right, style});
    return *this;
}

PrintDocument& PrintDocument::rule() {
    elements_.emplace_back(element::Rule{});
    return *this;
}

PrintDocument& PrintDocument::qr(const QByteArray& data, int moduleSize, QrErrorLevel level) {
    elements_.emplace_back(element::Qr{data, std::clamp(moduleSize, 1, 16), level});
    return *this;
}

PrintDocument& PrintDocument::image(const QImage& image) {
    elements_.emplace_back(element::Image{image});
    return *this;
}

PrintDocument& PrintDocument::feed(int lines) {
    elements_.emplace_back(element::Feed{std::clamp(lines, 0, 255)});
    return *this;
}

PrintDocument& PrintDocument::cut(bool partial) {
    elements_.emplace_back(element::Cut{partial});
    return *this;
}

PrintDocument& PrintDocument::drawerPulse(int pin) {
    elements_.emplace_back(element::DrawerPulse{pin == 5 ? 5 : 2});
    return *this;
}

}  // namespace ak::dev
