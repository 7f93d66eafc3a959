#pragma once
// A transport with a pretend ESC/POS printer at its end, for tests and the demo: it keeps every byte
// sent, answers DLE EOT 1/2/3/4 from its state the way an Epson TM answers (paper, cover, drawer,
// errors), sends automatic status back once GS a has turned it on, and can be unplugged, run out of
// paper after n bytes, stop answering or answer garbage. The real printer class talks to it
// exactly as it talks to a USB printer, so the tests exercise the real status reading and job queue.

#include "drivers/print/EscPosStatus.h"
#include "drivers/transport/ByteTransport.h"

#include <QByteArray>
#include <QList>

#include <optional>

namespace ak::dev {

class VirtualEscPosPrinter : public ByteTransport {
    Q_OBJECT
public:
    enum class Answers { Status, Nothing, Garbage };

    explicit VirtualEscPosPrinter(QString name = QStringLiteral("virtual"), QObject* parent = nullptr);

    QString description() const override { return QStringLiteral("virtual printer %1").arg(name_); }
    bool isBidirectional() const override { return bidirectional_; }
    void connectTransport() override;
    void disconnectTransport() override { connected_ = false; }
    bool isConnected() const override { return connected_; }
    void send(const QByteArray& bytes) override;
    void query(const QByteArray& request, int replyLength, int timeoutMs) override;

    // What reached the paper (every send, in order; status questions are not on the paper).
    QByteArray paper() const { return paper_; }
    QList<QByteArray> sends() const { return sends_; }
    int questionsAnswered() const { return questions_; }

    // The printer's state; a change is sent as automatic status back if that is on.
    void setPaper(PrinterStatus::Paper paper);
    void setCoverOpen(bool open);
    void setError(bool error);
    void setDrawerPinHigh(bool high);
    void setOffline(bool offline);
    // Unplugged: the outstanding operation fails, gone() is emitted, connecting fails with NotFound.
    void unplug();
    void plugIn() { plugged_ = true; }
    // The next send stops after n bytes as if the paper ran out.
    void runOutOfPaperAfter(qsizetype n) { paperLeft_ = n; }
    void setAnswers(Answers answers) { answers_ = answers; }
    // Sends are taken in but not finished until release() (or unplug(): half of it reached the paper).
    void holdSends(bool hold) { hold_ = hold; }
    void release();
    void setBidirectional(bool on) { bidirectional_ = on; }
    bool autoStatusOn() const { return autoStatus_; }

private:
    quint8 realTimeAnswer(int n) const;
    QByteArray autoStatusBlock() const;
    void stateChanged();
    template <class F>
    void later(F f) { QMetaObject::invokeMethod(this, f, Qt::QueuedConnection); }

    QString name_;
    bool bidirectional_ = true;
    bool plugged_ = true;
    bool connected_ = false;
    bool offline_ = false;
    PrinterStatus::Paper paperState_ = PrinterStatus::Paper::Ok;
    bool cover_ = false;
    bool error_ = false;
    bool drawerHigh_ = false;
    bool autoStatus_ = false;
    Answers answers_ = Answers::Status;
    std::optional<qsizetype> paperLeft_;
    bool hold_ = false;
    std::optional<QByteArray> held_;
    QByteArray paper_;
    QList<QByteArray> sends_;
    int questions_ = 0;
};

}  // namespace ak::dev
