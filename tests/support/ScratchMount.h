#pragma once
// A small tmpfs mounted for one test, to fill a disk or make a folder read-only without touching
// the machine's own file systems (TESTING.md: "the full disk on a small tmpfs ... as root in CI").
// Mounting needs root: available() tells a test whether it can run (CI runs as root).

#include <QString>
#include <QTemporaryDir>

namespace ak::test {

class ScratchMount {
public:
    // Mounts a tmpfs of `bytes` on a fresh temporary folder; ok() says whether it worked.
    explicit ScratchMount(qint64 bytes);
    ~ScratchMount();  // unmounts (lazily, so an open file cannot keep it)
    ScratchMount(const ScratchMount&) = delete;
    ScratchMount& operator=(const ScratchMount&) = delete;

    // Whether this process may mount at all (root); for boost::unit_test::precondition.
    static bool available();

    bool ok() const { return mounted_; }
    QString path() const { return dir_.path(); }
    QString file(const QString& name) const { return dir_.filePath(name); }

    // Writes a filler file until the disk is full (no byte left). False if it could not.
    bool fill();
    // Mounts the folder read-only from now on (its files stay as they are).
    bool makeReadOnly();

private:
    QTemporaryDir dir_;
    bool mounted_ = false;
};

}  // namespace ak::test
