#include "extract/documents.h"

#include <gtest/gtest.h>

#include "test_util.h"

namespace coordreport {
namespace {

using testing::Article;

std::vector<DocumentReference> Find(const std::string& text) {
  static const DomainTables tables = BuiltinTables();
  static const Lexicon lexicon(tables);
  return FindDocuments(Article(text), lexicon).references;
}

std::vector<std::string> Ids(const std::string& text) {
  std::vector<std::string> ids;
  for (const auto& r : Find(text)) ids.push_back(r.id);
  return ids;
}

TEST(DocumentsTest, PartyNumbersWithTypeDateAndIssuingBody) {
  auto refs = Find("Thực hiện Nghị quyết số 35-NQ/TW ngày 22 tháng 10 năm 2018 của Bộ Chính trị “về đẩy mạnh…”.");
  ASSERT_EQ(refs.size(), 1u);
  EXPECT_EQ(refs[0].id, "35-NQ/TW");
  EXPECT_EQ(refs[0].type, "Nghị quyết");
  EXPECT_EQ(refs[0].number, "35");
  EXPECT_EQ(refs[0].issuer, "TW");
  EXPECT_EQ(refs[0].issued, "2018-10-22");
  EXPECT_EQ(refs[0].issuing_body, "Bộ Chính trị");
  EXPECT_NE(refs[0].evidence.find("35-NQ/TW"), std::string::npos);
}

TEST(DocumentsTest, CommaBeforeDateAndSlashDate) {
  auto refs = Find("Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW.");
  ASSERT_EQ(refs.size(), 2u);
  EXPECT_EQ(refs[0].issued, "2021-05-18");
  EXPECT_EQ(refs[0].type, "Kết luận");
  EXPECT_EQ(refs[1].id, "05-CT/TW");
}

TEST(DocumentsTest, SpacingDashAndVariantsAreCanonicalized) {
  EXPECT_EQ(Ids("Nghị quyết 23 – NQ/TƯ và Đề án số 04- ĐA/TU, Chỉ thị 5-CT/TW."),
            (std::vector<std::string>{"23-NQ/TƯ", "04-ĐA/TU", "05-CT/TW"}));
  // TƯ keeps its letters (GUIDELINES.md §3); one document's key folds it.
  EXPECT_EQ(CanonicalDocumentId("5 - CT/TƯ"), "05-CT/TƯ");
  EXPECT_EQ(DocumentKey("05-CT/TƯ"), DocumentKey("05-CT/TW"));
  EXPECT_EQ(CanonicalDocumentId("01/MTTQ-VKS/QC"), "01/MTTQ-VKS/QC");
  EXPECT_EQ(CanonicalDocumentId("80/KH-SGD&ĐT"), "80/KH-SGD&ĐT");
  EXPECT_EQ(CanonicalDocumentId("01/2022/QCPHLN/CTHADS-VKSND-TAND-CA"), "01/2022/QCPHLN/CTHADS-VKSND-TAND-CA");
  EXPECT_EQ(CanonicalDocumentId("\xC3\x90" "A"), "");  // not a number at all
  EXPECT_EQ(CanonicalDocumentId("04-\xC3\x90" "A/TU"), "04-ĐA/TU");  // Icelandic Eth
}

TEST(DocumentsTest, JointIssuersLegalAndAdministrativeNumbers) {
  EXPECT_EQ(Ids("Quy chế phối hợp số 05-QCPH/BTGTU-ĐUK ngày 25/11/2020."),
            (std::vector<std::string>{"05-QCPH/BTGTU-ĐUK"}));
  EXPECT_EQ(Ids("Luật số 36/2021/QH15, Nghị định số 30/2020/NĐ-CP và Quyết định số 1893/QĐ-ĐDN."),
            (std::vector<std::string>{"36/2021/QH15", "30/2020/NĐ-CP", "1893/QĐ-ĐDN"}));
}

TEST(DocumentsTest, JointIssuingBodies) {
  auto refs = Find("Theo Kết luận số 126-KL/TW ngày 14/2/2025 của Bộ Chính trị, Ban Bí thư về sắp xếp bộ máy.");
  ASSERT_EQ(refs.size(), 1u);
  EXPECT_EQ(refs[0].issuing_body, "Bộ Chính trị, Ban Bí thư");
}

TEST(DocumentsTest, TypeFromAbbreviationWhenNoTypeWord) {
  auto refs = Find("Theo 144-QĐi/TW và 12-HD/BTGTW.");
  ASSERT_EQ(refs.size(), 2u);
  EXPECT_EQ(refs[0].type, "Quy định");
  EXPECT_EQ(refs[1].type, "Hướng dẫn");
}

TEST(DocumentsTest, ShortFormsResolveToTheFullNumber) {
  auto refs = Find("Triển khai Chỉ thị số 05-CT/TW của Bộ Chính trị. Sau đó, việc thực hiện Chỉ thị 05 có nhiều "
                   "chuyển biến; Chỉ thị số 05 được quán triệt.");
  ASSERT_EQ(refs.size(), 1u);
  EXPECT_EQ(refs[0].mentions, 3);
}

TEST(DocumentsTest, ShortFormWithoutFullCitationIsNotAReference) {
  EXPECT_TRUE(Ids("Khảo sát việc triển khai Chỉ thị 05 tại huyện.").empty());
}

TEST(DocumentsTest, NoFalseMatches) {
  EXPECT_TRUE(Ids("Ban Chỉ đạo 35 và Quân khu 4 họp ngày 19/11/2024, điện thoại 0238.3844.555.").empty());
  EXPECT_TRUE(Ids("Xem https://tinhuy.vn/35-NQ/TW và tinhuy.vn/van-ban/05-CT/TW.").empty());
  EXPECT_TRUE(Ids("Giai đoạn 2020-2025 có 120/150 xã đạt chuẩn.").empty());
}

TEST(DocumentsTest, CitationSpansCoverTheIssuingBody) {
  static const DomainTables tables = BuiltinTables();
  static const Lexicon lexicon(tables);
  ArticleText a = Article("Theo Quy định số 208-QĐ/TW ngày 08/11/2019 của Ban Bí thư về chức năng.");
  DocumentFindings f = FindDocuments(a, lexicon);
  ASSERT_EQ(f.citation_spans.size(), 1u);
  std::string covered = a.text.substr(f.citation_spans[0].begin, f.citation_spans[0].end - f.citation_spans[0].begin);
  EXPECT_EQ(covered, "Quy định số 208-QĐ/TW ngày 08/11/2019 của Ban Bí thư");
}

}  // namespace
}  // namespace coordreport
