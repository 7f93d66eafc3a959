#pragma once
// The PC/SC calls the NFC reader and `aktivkafe devices` share: error words, the list of readers.
// Private to drivers/nfc (it includes pcsclite's <winscard.h>).

#include <QString>

#include <winscard.h>

#include <string>
#include <vector>

namespace ak::dev::pcsc {

// "Service not available. (0x8010001d)": for the log.
QString pcscText(LONG rv);
// Plain words for the Devices page (translated).
QString noServiceText();
QString noReaderText();
// The names of all readers pcscd knows now. SCARD_E_NO_READERS_AVAILABLE is an empty list, not an
// error.
LONG listReaders(SCARDCONTEXT ctx, std::vector<std::string>& names);

}  // namespace ak::dev::pcsc
