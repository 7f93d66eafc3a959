#include "drivers/nfc/PcscCalls.h"

#include "drivers/Logging.h"
#include "drivers/nfc/PcscReader.h"

#include <QCoreApplication>

#include <cstring>

namespace ak::dev {

namespace pcsc {

QString pcscText(LONG rv) {
    return QStringLiteral("%1 (0x%2)")
        .arg(QString::fromUtf8(pcsc_stringify_error(rv)))
        .arg(quint32(rv), 8, 16, QLatin1Char('0'));
}

QString noServiceText() {
    return QCoreApplication::translate("PcscReader", "The card reader service (pcscd) is not running.");
}

QString noReaderText() { return QCoreApplication::translate("PcscReader", "Plug the card reader in again."); }

// The list can grow between the two calls, hence the retry.
LONG listReaders(SCARDCONTEXT ctx, std::vector<std::string>& names) {
    names.clear();
    for (int attempt = 0; attempt < 3; ++attempt) {
        DWORD len = 0;
        LONG rv = SCardListReaders(ctx, nullptr, nullptr, &len);
        if (rv == SCARD_E_NO_READERS_AVAILABLE) return SCARD_S_SUCCESS;
        if (rv != SCARD_S_SUCCESS) return rv;
        std::vector<char> buffer(len + 1, '\0');
        rv = SCardListReaders(ctx, nullptr, buffer.data(), &len);
        if (rv == SCARD_E_INSUFFICIENT_BUFFER) continue;
        if (rv == SCARD_E_NO_READERS_AVAILABLE) return SCARD_S_SUCCESS;
        if (rv != SCARD_S_SUCCESS) return rv;
        // A multi-string: names separated by NUL, ended by an empty one.
        for (const char* p = buffer.data(); *p != '\0'; p += std::strlen(p) + 1) names.emplace_back(p);
        return SCARD_S_SUCCESS;
    }
    return SCARD_E_INSUFFICIENT_BUFFER;
}

}  // namespace pcsc

QStringList PcscReaders::list(QString* problem) {
    SCARDCONTEXT ctx = 0;
    LONG rv = SCardEstablishContext(SCARD_SCOPE_SYSTEM, nullptr, nullptr, &ctx);
    if (rv != SCARD_S_SUCCESS) {
        qCWarning(lcPcsc) << "cannot reach pcscd:" << pcsc::pcscText(rv);
        if (problem) *problem = pcsc::noServiceText();
        return {};
    }
    std::vector<std::string> names;
    rv = pcsc::listReaders(ctx, names);
    (void)SCardReleaseContext(ctx);
    if (rv != SCARD_S_SUCCESS) {
        qCWarning(lcPcsc) << "cannot list the readers:" << pcsc::pcscText(rv);
        if (problem) *problem = pcsc::noServiceText();
        return {};
    }
    QStringList result;
    for (const std::string& name : names) result << QString::fromStdString(name);
    return result;
}

}  // namespace ak::dev
