// Whatever bytes the file holds, the loader answers with a configuration or an error, never a crash
// or a hang. The mutation loop is libFuzzer-style: random edits of the shipped file.
// AK_FUZZ_ITERATIONS (default 3000) and AK_FUZZ_SEED make a longer or a repeated run.

#include <array>
#include <boost/test/unit_test.hpp>
#include <chrono>
#include <random>

#include <QFile>

#include "core/config/ConfigLoader.h"
#include "tests/config/ConfigTestText.h"
#include "tests/support/TestSupport.h"

using namespace ak;

namespace {

QByteArray shippedFile() {
    QFile f(ak::test::sourceDir() + QStringLiteral("/config/aktivkafe.toml"));
    BOOST_REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void expectPlainError(const Result<AppConfig>& r, const QString& source) {
    BOOST_REQUIRE(!r.ok());
    BOOST_TEST((r.error().code == ErrorCode::Config));
    BOOST_TEST(r.error().message.startsWith(source + u':'), r.error().message);
}

// What every accepted configuration must satisfy, however odd the file it came from.
void checkInvariants(const AppConfig& c) {
    BOOST_TEST(!c.cafe.name.isEmpty());
    BOOST_TEST(!c.cafe.languages.isEmpty());
    BOOST_TEST(!c.kiosk.languages.isEmpty());
    for (const QString& l : c.kiosk.languages) BOOST_TEST(c.cafe.languages.contains(l));
    BOOST_TEST(!c.kiosk.id.isEmpty());
    BOOST_TEST(!c.cafe.registerId.isEmpty());
    BOOST_TEST((c.kiosk.idleTimeoutSeconds >= 10 && c.kiosk.idleTimeoutSeconds <= 3600));
    BOOST_TEST(!c.database.path.isEmpty());
}

int envInt(const char* name, int fallback) {
    bool ok = false;
    const int v = qEnvironmentVariableIntValue(name, &ok);
    return ok ? v : fallback;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(config_robustness)

BOOST_AUTO_TEST_CASE(empty_file) {
    expectPlainError(parseConfig(QByteArray(), QStringLiteral("empty.toml")), QStringLiteral("empty.toml"));
    expectPlainError(parseConfig(QByteArray("\n  \n"), QStringLiteral("blank.toml")), QStringLiteral("blank.toml"));
    ak::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("zero.toml"));
    QFile f(path);
    BOOST_REQUIRE(f.open(QIODevice::WriteOnly));
    f.close();
    const Result<AppConfig> r = loadConfig(path);
    expectPlainError(r, path);
    BOOST_TEST(r.error().message.contains(QStringLiteral("empty")));
}

BOOST_AUTO_TEST_CASE(binary_garbage) {
    std::mt19937 rng(7);
    for (int i = 0; i < 50; ++i) {
        QByteArray junk(1 + static_cast<int>(rng() % 4096), Qt::Uninitialized);
        for (char& c : junk) c = static_cast<char>(rng());
        expectPlainError(parseConfig(junk, QStringLiteral("junk.bin")), QStringLiteral("junk.bin"));
    }
    // A NUL byte or invalid UTF-8 inside an otherwise good file.
    expectPlainError(parseConfig(ak::test::minimalConfig().replace("Testkaf", QByteArray("Test\0af", 7)),
                                 QStringLiteral("nul.toml")),
                     QStringLiteral("nul.toml"));
    expectPlainError(
        parseConfig(ak::test::minimalConfig().replace("Testkaf", "Test\xff\xfe"), QStringLiteral("utf8.toml")),
        QStringLiteral("utf8.toml"));
}

BOOST_AUTO_TEST_CASE(huge_file_is_refused_without_reading_it_all) {
    ak::test::TempDir dir;
    const QString path = dir.file(QStringLiteral("huge.toml"));
    QFile f(path);
    BOOST_REQUIRE(f.open(QIODevice::WriteOnly));
    const QByteArray line(1023, '#');
    for (int i = 0; i < 64 * 1024; ++i) f.write(line + '\n');  // 64 MiB
    f.close();
    const auto start = std::chrono::steady_clock::now();
    const Result<AppConfig> r = loadConfig(path);
    expectPlainError(r, path);
    BOOST_TEST(r.error().message.contains(QStringLiteral("65536 kB")), r.error().message);
    BOOST_TEST((std::chrono::steady_clock::now() - start < std::chrono::seconds(5)));
}

BOOST_AUTO_TEST_CASE(large_but_allowed_file_still_loads) {
    QByteArray text = shippedFile();
    const QByteArray comment = "# " + QByteArray(200, 'x') + '\n';
    while (text.size() + comment.size() < kMaxConfigFileBytes - 8192) text.prepend(comment);
    const Result<AppConfig> r = parseConfig(text, QStringLiteral("big.toml"));
    BOOST_TEST(r.ok(), (r.ok() ? QString() : r.error().message));
}

BOOST_AUTO_TEST_CASE(deep_nesting_and_long_lines) {
    expectPlainError(parseConfig("a = " + QByteArray(100000, '['), QStringLiteral("deep.toml")),
                     QStringLiteral("deep.toml"));
    expectPlainError(parseConfig("a = " + QByteArray(20000, '{'), QStringLiteral("inline.toml")),
                     QStringLiteral("inline.toml"));
    expectPlainError(parseConfig("[" + QByteArray(500000, 'a') + "]\n", QStringLiteral("long.toml")),
                     QStringLiteral("long.toml"));
}

BOOST_AUTO_TEST_CASE(random_mutations_of_the_shipped_file) {
    const QByteArray seedText = shippedFile();
    const int iterations = envInt("AK_FUZZ_ITERATIONS", 3000);
    const auto seed = static_cast<std::mt19937::result_type>(envInt("AK_FUZZ_SEED", 20261123));
    BOOST_TEST_MESSAGE("mutation loop: " << iterations << " runs, AK_FUZZ_SEED=" << seed);
    std::mt19937 rng(seed);
    static constexpr std::array<const char*, 16> kTokens{"[", "]", "=", "\"", "'",      "\n", "[[",      "]]",
                                                         "{", "}", ",", "0x", "\"\"\"", "#",  "\\u00e5", "1e999"};
    int accepted = 0;
    for (int i = 0; i < iterations; ++i) {
        QByteArray text = seedText;
        const int edits = 1 + static_cast<int>(rng() % 8);
        for (int e = 0; e < edits && !text.isEmpty(); ++e) {
            const auto pos = static_cast<qsizetype>(rng() % static_cast<quint32>(text.size()));
            switch (rng() % 6) {
                case 0:
                    text[pos] = static_cast<char>(rng());
                    break;  // flip a byte
                case 1:
                    text.remove(pos, 1 + static_cast<qsizetype>(rng() % 40));
                    break;  // cut
                case 2:
                    text.insert(pos, kTokens[rng() % kTokens.size()]);
                    break;  // token
                case 3:
                    text.insert(pos, text.mid(static_cast<qsizetype>(rng() % text.size()), 60));
                    break;  // copy
                case 4:
                    text.insert(pos, static_cast<char>('0' + rng() % 10));
                    break;  // digit
                default:
                    text.truncate(pos);
                    break;  // cut the end
            }
        }
        const Result<AppConfig> r = parseConfig(text, QStringLiteral("mutant.toml"));
        if (r.ok()) {
            ++accepted;
            checkInvariants(r.value());
        } else {
            BOOST_TEST((r.error().code == ErrorCode::Config));
            BOOST_TEST(r.error().message.startsWith(QStringLiteral("mutant.toml:")), r.error().message);
        }
    }
    BOOST_TEST_MESSAGE("accepted " << accepted << " of " << iterations << " mutants");
}

BOOST_AUTO_TEST_SUITE_END()
