#include "normalize/text.h"

#include <gtest/gtest.h>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <random>
#include <string_view>
#include <vector>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "model/text_util.h"

namespace coordreport {
namespace {

TEST(NormalizeTextTest, ComposesDecomposedInput) {
  // "Nghệ An" typed with combining marks (e + circumflex + dot below).
  EXPECT_EQ(NormalizeText("Nghe\xCC\x82\xCC\xA3 An"), "Nghệ An");
}

TEST(NormalizeTextTest, ModernizesTonePlacementOnOpenSyllables) {
  EXPECT_EQ(NormalizeText("Uỷ ban"), "Ủy ban");
  EXPECT_EQ(NormalizeText("Tỉnh uỷ"), "Tỉnh ủy");
  EXPECT_EQ(NormalizeText("hoà bình, thuỷ lợi, khoẻ"), "hòa bình, thủy lợi, khỏe");
  EXPECT_EQ(NormalizeText("Thành uỷ"), "Thành ủy");
}

TEST(NormalizeTextTest, LeavesClosedSyllablesAndQuAlone) {
  EXPECT_EQ(NormalizeText("quý, toán, hoàng, thuyền, quỹ"), "quý, toán, hoàng, thuyền, quỹ");
  EXPECT_EQ(NormalizeText("Ủy ban"), "Ủy ban");
}

TEST(NormalizeTextTest, FoldsEthDashesAndSpaces) {
  EXPECT_EQ(NormalizeText("\xC3\x90\xE1\xBA\xA3ng"), "Đảng");  // Ð + ảng
  EXPECT_EQ(NormalizeText("2023 \xE2\x80\x93 2025 \xE2\x80\x94 x"), "2023 - 2025 - x");
  EXPECT_EQ(NormalizeText("a\xC2\xA0\xC2\xA0 b\t c"), "a b c");
  EXPECT_EQ(NormalizeText("a\xE2\x80\x8B" "b"), "ab");  // zero-width space
}

TEST(NormalizeTextTest, KeepsLinesAndCutsTrailingSpaces) {
  EXPECT_EQ(NormalizeText("dòng một   \r\ndòng hai\r\n\r\nba"), "dòng một\ndòng hai\n\nba");
}

TEST(NormalizeTextTest, FastPathAgreesWithIcuEverywhere) {
  std::vector<std::string> texts = {
      "Uỷ ban", "hoà, HOÀ, Hoà, hOÀ, oÀ, qoà, quỳ, thuỷ\u200b, khoẻ.", "a\u00a0\u2013b\r\n\r\nc  d\t",
      "\u00d0\u00f0 Đ", "xo\u200b\u0300a", "toà\u0301", "e\u0301 và é", "𝔘ỷ 😀 hoà", "\ufeffBOM ở đầu", ""};
  namespace fs = std::filesystem;
  for (const char* dir : {EXAMPLES_DIR "/articles", EXAMPLES_DIR "/../tests/corpus", EXAMPLES_DIR "/../tests/holdout",
                          SEEDS_DIR}) {
    if (!fs::exists(dir)) continue;
    for (const auto& e : fs::directory_iterator(dir)) {
      std::ifstream in(e.path());
      std::ostringstream ss;
      ss << in.rdbuf();
      texts.push_back(ss.str());
    }
  }
  ASSERT_GT(texts.size(), 30u);
  for (const std::string& t : texts) EXPECT_EQ(NormalizeText(t), internal::NormalizeTextWithIcu(t)) << t.substr(0, 80);
}

// Random strings over the pieces the fast path treats specially: spaces
// inside and between runs, tone lead vowels before toned letters, Ð/ð,
// dashes, invisible characters, combining marks, CR/LF, non-inert and
// astral characters. Deterministic (fixed seed), so a failure reproduces.
TEST(NormalizeTextTest, FastPathAgreesWithIcuOnRandomMixtures) {
  const std::vector<std::string> pieces = {
      "a", "o", "O", "u", "U", "q", "Q", "y", " ", "  ", "\t", "\n", "\r\n", "\r", ".", "-", "à", "À", "é", "ẻ",
      "ỳ", "Ý", "ạ", "ụ", "ệ", "Đ", "\u00d0", "\u00f0", "\u00a0", "\u2013", "\u2014", "\u200b", "\ufeff",
      "\u00ad", "\u0300", "\u0301", "\u0323", "\u2000", "\u2126", "\u1f71", "\u1e9b", "\u01c4", "ǹ", "😀", "\u3000",
      "x\u0301", "ò", "ơ", "ư", "ờ"};
  std::mt19937 rng(20261123);
  std::uniform_int_distribution<size_t> piece(0, pieces.size() - 1), length(0, 24);
  for (int round = 0; round < 20000; ++round) {
    std::string t;
    for (size_t k = length(rng); k > 0; --k) t += pieces[piece(rng)];
    ASSERT_EQ(NormalizeText(t), internal::NormalizeTextWithIcu(t)) << "round " << round << ": " << t;
  }
}

TEST(MatchKeyTest, LowersVietnameseAndKeepsOffsets) {
  std::string text = "Ban Tuyên Giáo TỈNH ỦY Đảng";
  std::string key = MatchKey(text);
  EXPECT_EQ(key, "ban tuyên giáo tỉnh ủy đảng");
  EXPECT_EQ(key.size(), text.size());
}

// MatchKey as specified, one code point at a time through ICU: the lower
// case when it has the same UTF-8 length, anything else left as it is.
std::string MatchKeyByIcu(std::string_view text) {
  std::string key(text);
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const int32_t n = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < n;) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) continue;
    UChar32 lower = u_tolower(c);
    if (lower == c || U8_LENGTH(lower) != i - start) continue;
    int32_t j = start;
    U8_APPEND_UNSAFE(reinterpret_cast<uint8_t*>(key.data()), j, lower);
  }
  return key;
}

// The eight-bytes-at-once ASCII path and the decoders of the Vietnamese
// ranges, against the reference on random mixtures that put letters at
// every alignment, next to ill-formed and truncated sequences.
TEST(MatchKeyTest, AgreesWithIcuOnRandomMixtures) {
  const std::vector<std::string> pieces = {
      "A", "Z", "a", "z", "@", "[", "`", "{", " ", "9", "\n", "Ban ", "TỈNH", "ỦY", "Đ", "đ", "Ă", "Ơ", "Ư", "Ũ",
      "İ", "ẞ", "Ā", "Ǆ", "Ω", "Ж", "Ａ", "\xE1\xBA", "\xC3", "\xC0\x80", "\xE1\xB8\xFF", "\xFF", "\x80",
      "\xED\xA0\x80", "\xF0\x9D\x90\x80", "ẠẢẤẦẨẪẬ", "ỲỴỶỸ", "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ", "Ḁ", "ḁ"};
  std::mt19937 rng(1123);
  std::uniform_int_distribution<size_t> piece(0, pieces.size() - 1), length(0, 40);
  for (int round = 0; round < 20000; ++round) {
    std::string t;
    for (size_t k = length(rng); k > 0; --k) t += pieces[piece(rng)];
    ASSERT_EQ(MatchKey(t), MatchKeyByIcu(t)) << "round " << round << ": " << t;
  }
}

// Every code point below U+3000, alone and between capitals: the inline
// paths for Latin-1 and Latin Extended Additional included.
TEST(MatchKeyTest, AgreesWithIcuOnEveryCodePointOfTheLatinAndVietnameseRanges) {
  for (UChar32 c = 0x80; c < 0x3000; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    std::string t;
    AppendUtf8(t, c);
    const std::string mixed = "A" + t + "Ỹ" + t + t.substr(0, t.size() - 1) + "Ê";
    ASSERT_EQ(MatchKey(t), MatchKeyByIcu(t)) << std::hex << c;
    ASSERT_EQ(MatchKey(mixed), MatchKeyByIcu(mixed)) << std::hex << c;
  }
}

TEST(RepairUtf8Test, ReplacesInvalidBytes) {
  std::string s = "ok \xFF\xFE ok \xC3";
  EXPECT_EQ(RepairUtf8(s), 3);
  EXPECT_EQ(s, "ok \xEF\xBF\xBD\xEF\xBF\xBD ok \xEF\xBF\xBD");
  std::string clean = "Tỉnh ủy";
  EXPECT_EQ(RepairUtf8(clean), 0);
  EXPECT_EQ(clean, "Tỉnh ủy");
}

}  // namespace
}  // namespace coordreport
