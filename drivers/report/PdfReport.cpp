#include "drivers/report/PdfReport.h"

#include "drivers/Logging.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>

namespace ak::dev {

namespace {

// Everything in points (the writer's resolution is set to 72 dpi): A4 is 595 × 842.
constexpr qreal kPageWidth = 595;
constexpr qreal kPageHeight = 842;
constexpr qreal kMargin = 56;  // about 2 cm
constexpr qreal kTop = kMargin;
constexpr qreal kBottom = kPageHeight - kMargin;
constexpr qreal kFooterY = kPageHeight - 34;
constexpr qreal kContentWidth = kPageWidth - 2 * kMargin;
constexpr qreal kRowHeight = 15;
constexpr qreal kLabelWidth = 150;  // the label column of a bar chart
constexpr qreal kValueWidth = 48;   // the count column, right-aligned
constexpr qreal kGap = 8;
constexpr qreal kBarLeft = kMargin + kLabelWidth + kGap;
constexpr qreal kBarWidth = kContentWidth - kLabelWidth - kValueWidth - 2 * kGap;
constexpr qreal kStubWidth = 12;  // a hidden count's bar: the same short hatched stub whatever it hides
constexpr int kRowsKeptWithHeading = 3;
constexpr std::size_t kKeepTogetherRows = 26;  // a page holds about 45 rows

const QColor kText(0x22, 0x22, 0x22);
const QColor kMuted(0x66, 0x66, 0x66);
const QColor kAccent(0x2f, 0x5d, 0x8a);
const QColor kBar(0x5b, 0x8d, 0xc4);
const QColor kStripe(0xf1, 0xf4, 0xf8);

QFont font(qreal points, bool bold = false) {
    QFont f;
    // Noto Sans has æ ø å and the typographic quotes; the others are what a Debian machine may have.
    f.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"), QStringLiteral("Liberation Sans")});
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);  // measured widths match the PDF's outlines
    // No ligatures: text copied out of the PDF (or read by pdftotext, a screen reader) says "fi", not "ﬁ".
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

// Walks the document once to count pages (painter null) and once to paint them, so that both passes
// break pages at exactly the same places.
class Layout {
public:
    // painter null: count the pages only.
    Layout(const ReportDocument& doc, QPdfWriter& writer, QPainter* painter, int pageCount)
        : doc_(doc), writer_(writer), painter_(painter), pageCount_(pageCount) {}

    int run() {
        startPage();
        header();
        for (const ReportSection& s : doc_.sections) section(s);
        footnotes();
        return page_;
    }

private:
    QRectF textRect(const QFont& f, const QString& text, qreal width) const {
        return QFontMetricsF(f, &writer_).boundingRect(QRectF(0, 0, width, kPageHeight), Qt::TextWordWrap, text);
    }
    void text(const QRectF& r, const QFont& f, const QColor& c, int flags, const QString& s) {
        if (!painter_) return;
        painter_->setFont(f);
        painter_->setPen(c);
        painter_->drawText(r, flags, s);
    }

    void startPage() {
        if (page_ > 0 && painter_) writer_.newPage();
        ++page_;
        y_ = kTop;
        if (page_ > 1) {  // a quiet reminder of what this page belongs to
            text(QRectF(kMargin, y_ - 24, kContentWidth, 14), font(8), kMuted, Qt::AlignLeft,
                 doc_.title + u" · " + doc_.period);
        }
        const QString pageText = QCoreApplication::translate("PdfReport", "Page %1 of %2").arg(page_).arg(pageCount_);
        const QString footer = doc_.cafeName.isEmpty() ? doc_.title : doc_.cafeName + u" · " + doc_.title;
        text(QRectF(kMargin, kFooterY, kContentWidth - 90, 12), font(8), kMuted, Qt::AlignLeft, footer);
        text(QRectF(kMargin, kFooterY, kContentWidth, 12), font(8), kMuted, Qt::AlignRight, pageText);
    }
    void ensure(qreal height) {
        if (y_ + height > kBottom) startPage();
    }

    void header() {
        const QFont titleFont = font(20, true);
        const QRectF title = textRect(titleFont, doc_.title, kContentWidth);
        text(QRectF(kMargin, y_, kContentWidth, title.height()), titleFont, kAccent, Qt::TextWordWrap, doc_.title);
        y_ += title.height() + 4;
        for (const QString& line : {doc_.cafeName, doc_.period}) {
            if (line.isEmpty()) continue;
            text(QRectF(kMargin, y_, kContentWidth, 16), font(11), kText, Qt::AlignLeft, line);
            y_ += 16;
        }
        y_ += 6;
        if (painter_) painter_->fillRect(QRectF(kMargin, y_, kContentWidth, 1.5), kAccent);
        y_ += 14;
    }

    qreal headingHeight(const QString& heading) const {
        return textRect(font(12, true), heading, kContentWidth).height() + 6;
    }
    void heading(const QString& s) {
        const qreal h = headingHeight(s);
        text(QRectF(kMargin, y_, kContentWidth, h), font(12, true), kAccent, Qt::TextWordWrap, s);
        y_ += h;
    }

    void section(const ReportSection& s) {
        // A short section moves whole to the next page rather than leave a row or two behind; a long one
        // starts where it is, with its heading and a few rows together.
        const qreal whole = headingHeight(s.heading) + qreal(s.rows.size()) * kRowHeight;
        const int kept = std::min<int>(kRowsKeptWithHeading, int(s.rows.size()));
        ensure(s.rows.size() <= kKeepTogetherRows ? whole : headingHeight(s.heading) + kept * kRowHeight);
        heading(s.heading);
        int max = 0;  // the longest bar: the largest count shown (hidden counts have no number)
        for (const ReportRow& r : s.rows)
            if (r.value && !r.total) max = std::max(max, *r.value);
        int stripe = 0;
        for (const ReportRow& r : s.rows) {
            if (y_ + kRowHeight > kBottom) {
                startPage();
                heading(QCoreApplication::translate("PdfReport", "%1 (continued)").arg(s.heading));
            }
            row(r, s.chart, max, stripe++ % 2 == 1);
        }
        y_ += 16;
    }

    void row(const ReportRow& r, ReportChart chart, int max, bool striped) {
        const QFont f = font(9.5, r.total);
        const qreal labelWidth = chart == ReportChart::Bars ? kLabelWidth : kContentWidth - kValueWidth - kGap;
        if (painter_) {
            if (striped && !r.total) painter_->fillRect(QRectF(kMargin, y_, kContentWidth, kRowHeight), kStripe);
            if (r.total) painter_->fillRect(QRectF(kMargin, y_, kContentWidth, 0.8), kText);
        }
        const QString label = QFontMetricsF(f, &writer_).elidedText(r.label, Qt::ElideRight, labelWidth - 4);
        text(QRectF(kMargin + 4, y_, labelWidth - 4, kRowHeight), f, kText, Qt::AlignLeft | Qt::AlignVCenter, label);
        text(QRectF(kPageWidth - kMargin - kValueWidth, y_, kValueWidth - 4, kRowHeight), f, kText,
             Qt::AlignRight | Qt::AlignVCenter, r.shown);
        if (chart == ReportChart::Bars && !r.total && painter_) bar(r, max);
        y_ += kRowHeight;
    }

    void bar(const ReportRow& r, int max) {
        const QRectF lane(kBarLeft, y_ + 3, kBarWidth, kRowHeight - 6);
        if (!r.value) {  // hidden: the same stub for "<5" and ":", so its size says nothing
            painter_->setPen(QPen(kMuted, 0.6));
            painter_->setBrush(QBrush(kMuted, Qt::BDiagPattern));
            painter_->drawRect(QRectF(lane.left(), lane.top(), kStubWidth, lane.height()));
            return;
        }
        if (*r.value <= 0 || max <= 0) return;
        painter_->fillRect(QRectF(lane.left(), lane.top(), lane.width() * *r.value / max, lane.height()), kBar);
    }

    void footnotes() {
        if (doc_.footnotes.isEmpty()) return;
        const QFont f = font(8.5);
        qreal all = 8;  // the notes stay together, under their rule, when they fit on a page
        for (const QString& note : doc_.footnotes) all += textRect(f, note, kContentWidth).height() + 4;
        ensure(std::min(all, kBottom - kTop));
        if (painter_) painter_->fillRect(QRectF(kMargin, y_, kContentWidth, 0.8), kMuted);
        y_ += 8;
        for (const QString& note : doc_.footnotes) {
            const qreal h = textRect(f, note, kContentWidth).height();
            ensure(h);
            text(QRectF(kMargin, y_, kContentWidth, h), f, kText, Qt::TextWordWrap, note);
            y_ += h + 4;
        }
    }

    const ReportDocument& doc_;
    QPdfWriter& writer_;
    QPainter* painter_;
    int pageCount_;
    int page_ = 0;
    qreal y_ = kTop;
};

QString creatorMark(const QString& kind) { return QStringLiteral("Aktivkafe report: ") + kind; }

}  // namespace

QByteArray PdfReport::render(const ReportDocument& doc) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF()));
        writer.setResolution(72);
        writer.setTitle(doc.title);
        writer.setCreator(creatorMark(doc.kind));
        const int pages = Layout(doc, writer, nullptr, 0).run();
        QPainter painter;
        if (!painter.begin(&writer)) {
            qCWarning(lcReport) << "the PDF could not be started";
            return {};
        }
        Layout(doc, writer, &painter, pages).run();
        painter.end();  // writes the PDF's trailer
    }
    return bytes;
}

ReportFileKind PdfReport::fileKind(const QString& kind, const QString& name) {
    // QPdfWriter stores the creator as UTF-16BE after a byte-order mark; look for those bytes.
    const QString mark = creatorMark(kind);
    QByteArray utf16;
    for (const QChar c : mark) utf16.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xff));
    return {QByteArrayLiteral("%PDF-"), utf16, name};
}

ReportOutcome<QString> PdfReport::write(const ReportDocument& doc, const QString& path,
                                        const QStringList& neverReplace) {
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))  // a programming error
        return ReportOutputError{ReportOutputError::Kind::CannotWrite,
                                 QStringLiteral("PDF reports need a QGuiApplication (fonts)")};
    const QByteArray pdf = render(doc);
    if (pdf.isEmpty())
        return ReportOutputError{ReportOutputError::Kind::CannotWrite,
                                 QCoreApplication::translate("PdfReport", "The report could not be made into a PDF.")};
    return ReportFile::write(path, pdf, fileKind(doc.kind, doc.title), neverReplace);
}

}  // namespace ak::dev
