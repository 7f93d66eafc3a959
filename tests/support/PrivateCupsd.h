#pragma once
// A private cupsd per test (TESTING.md "CUPS"): its own configuration, spool and logs in a temporary
// directory, listening on a free loopback port, stopped (SIGTERM, then kill) when the object goes.
// Queues: a raw one that sends to a TCP port (receipts), and a file-backed one that keeps each job's
// document in a file (A4 reports).
//
// Header-only, so that only the suites that start a cupsd link Qt6::Network.

#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <boost/test/unit_test.hpp>

#include <cstdio>
#include <cstdlib>

namespace ak::test {

inline const QString kCupsd = QStringLiteral("/usr/sbin/cupsd");
inline const QString kLpadmin = QStringLiteral("/usr/sbin/lpadmin");
inline const QString kSocketBackend = QStringLiteral("/usr/lib/cups/backend/socket");
// The filter of the file-backed queue: copies the document as it is (Debian cups-core-drivers).
inline const QString kCopyFilter = QStringLiteral("/usr/lib/cups/filter/gziptoany");

// Exits 77 (CTest: skipped) unless every file is there; `packages` says what to install.
inline void skipUnlessInstalled(const QStringList& files, const char* packages) {
    for (const QString& f : files) {
        if (QFile::exists(f)) continue;
        std::fprintf(stderr, "SKIP: %s is missing (Debian %s)\n", qPrintable(f), packages);
        std::_Exit(77);
    }
}

inline quint16 freeTcpPort() {
    QTcpServer probe;
    BOOST_REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
    return probe.serverPort();
}

class PrivateCupsd {
public:
    // port: where it listens (a free one unless a test needs CUPS to come back where it was).
    explicit PrivateCupsd(quint16 port = freeTcpPort()) : port_(port) {
        const QString root = dir_.path();
        for (const char* sub : {"spool", "tmp", "cache", "state", "log", "out"})
            QDir(root).mkpath(QString::fromLatin1(sub));
        // cupsd's filters run as its own user (lp when started as root): they must reach the files.
        const auto open = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                          QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;
        QFile::setPermissions(root, open);
        QFile::setPermissions(dir_.file(QStringLiteral("out")), open | QFile::WriteGroup | QFile::WriteOther);
        write(QStringLiteral("cupsd.conf"),
              QStringLiteral("Listen 127.0.0.1:%1\nBrowsing Off\nWebInterface No\nLogLevel warn\n"
                             "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
                             "<Location /admin>\n  Order allow,deny\n  Allow all\n</Location>\n"
                             "<Policy default>\n  <Limit All>\n    Order allow,deny\n    Allow all\n  </Limit>\n"
                             "</Policy>\n")
                  .arg(port_));
        write(QStringLiteral("cups-files.conf"),
              QStringLiteral("ServerRoot %1\nRequestRoot %1/spool\nTempDir %1/tmp\nCacheDir %1/cache\n"
                             "StateDir %1/state\nErrorLog %1/log/error_log\nAccessLog %1/log/access_log\n"
                             "PageLog %1/log/page_log\nFileDevice Yes\n")
                  .arg(root));
        cupsd_.start(kCupsd, {QStringLiteral("-f"), QStringLiteral("-c"), dir_.file(QStringLiteral("cupsd.conf")),
                              QStringLiteral("-s"), dir_.file(QStringLiteral("cups-files.conf"))});
        BOOST_REQUIRE(cupsd_.waitForStarted(5000));
        for (int i = 0; i < 100; ++i) {  // ready when it accepts connections
            QTcpSocket probe;
            probe.connectToHost(QHostAddress::LocalHost, port_);
            if (probe.waitForConnected(100)) return;
            QThread::msleep(50);
        }
        BOOST_FAIL("private cupsd did not start: " << QString::fromUtf8(cupsd_.readAllStandardError()));
    }
    ~PrivateCupsd() {
        cupsd_.terminate();
        if (!cupsd_.waitForFinished(3000)) cupsd_.kill();
        cupsd_.waitForFinished(1000);
    }
    PrivateCupsd(const PrivateCupsd&) = delete;
    PrivateCupsd& operator=(const PrivateCupsd&) = delete;

    QString server() const { return QStringLiteral("127.0.0.1:%1").arg(port_); }
    // A file the file-backed queues may write (in a folder cupsd's user can write to).
    QString outputFile(const QString& name) const { return dir_.file(QStringLiteral("out/") + name); }

    // A raw queue sending to socket://127.0.0.1:sinkPort.
    void addRawQueue(const QString& name, quint16 sinkPort) {
        lpadmin({QStringLiteral("-p"), name, QStringLiteral("-E"), QStringLiteral("-v"),
                 QStringLiteral("socket://127.0.0.1:%1").arg(sinkPort), QStringLiteral("-m"), QStringLiteral("raw")});
    }
    // A queue for PDF documents that writes each job's PDF, unchanged, to `file` (from outputFile()).
    // Not raw: a raw job to a file: device is marked done but never written (TOOLCHAIN.md "CUPS
    // catches"), so a tiny PPD routes PDF through a filter that copies it.
    void addPdfFileQueue(const QString& name, const QString& file) {
        write(QStringLiteral("pdf-file.ppd"),
              QStringLiteral("*PPD-Adobe: \"4.3\"\n*FormatVersion: \"4.3\"\n*FileVersion: \"1.0\"\n"
                             "*LanguageVersion: English\n*LanguageEncoding: ISOLatin1\n*PCFileName: \"PDFFILE.PPD\"\n"
                             "*Manufacturer: \"Aktivkafe tests\"\n*Product: \"(PDF file)\"\n*ModelName: \"PDF file\"\n"
                             "*ShortNickName: \"PDF file\"\n*NickName: \"PDF file\"\n*PSVersion: \"(3010.000) 0\"\n"
                             "*LanguageLevel: \"3\"\n*ColorDevice: False\n*DefaultColorSpace: Gray\n"
                             "*FileSystem: False\n*Throughput: \"1\"\n*TTRasterizer: Type42\n"
                             "*cupsFilter2: \"application/pdf application/vnd.cups-pdf 0 gziptoany\"\n"
                             "*OpenUI *PageSize/Media Size: PickOne\n*OrderDependency: 10 AnySetup *PageSize\n"
                             "*DefaultPageSize: A4\n*PageSize A4/A4: \"<</PageSize[595 842]>>setpagedevice\"\n"
                             "*CloseUI: *PageSize\n*DefaultImageableArea: A4\n*ImageableArea A4: \"0 0 595 842\"\n"
                             "*DefaultPaperDimension: A4\n*PaperDimension A4: \"595 842\"\n"));
        // cupsd opens an existing file for its filter's output but does not create one here.
        QFile out(file);
        BOOST_REQUIRE(out.open(QIODevice::WriteOnly));
        out.close();
        out.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::WriteGroup |
                           QFile::ReadOther | QFile::WriteOther);
        lpadmin({QStringLiteral("-p"), name, QStringLiteral("-E"), QStringLiteral("-v"),
                 QStringLiteral("file://") + file, QStringLiteral("-P"), dir_.file(QStringLiteral("pdf-file.ppd"))});
    }

private:
    void lpadmin(const QStringList& args) {
        QProcess p;
        p.start(kLpadmin, QStringList{QStringLiteral("-h"), server()} + args);
        BOOST_REQUIRE(p.waitForFinished(10000));
        BOOST_REQUIRE_MESSAGE(p.exitCode() == 0, QString::fromUtf8(p.readAllStandardError()));
    }
    void write(const QString& name, const QString& text) {
        QFile f(dir_.file(name));
        BOOST_REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
    }

    TempDir dir_;
    quint16 port_;
    QProcess cupsd_;
};

}  // namespace ak::test
