#include "aggregate/aggregate.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <stdexcept>

namespace coordreport {
namespace {

Record Article(const std::string& id, const std::string& date, std::vector<std::string> parties,
               const std::string& period, const std::string& action, const std::string& doc) {
  Record r;
  r.id = id;
  r.title = "Bài " + id;
  r.event_date = date;
  for (const auto& p : parties) r.agencies.push_back({p, 1});
  Program p;
  p.instrument = "chương trình phối hợp";
  p.parties = parties;
  p.period = period;
  p.action = action;
  p.date = date;
  p.evidence = "câu " + id;
  r.programs.push_back(p);
  if (!doc.empty()) r.references.push_back({doc, "Nghị quyết", "35", "TW", "", "", 2, "dẫn " + doc});
  return r;
}

const Date kToday{2025, 1, 1};

TEST(AggregateTest, FiguresPerPeriodAndChange) {
  std::vector<Record> records = {
      Article("a", "2024-11-19", {"Ban Tuyên giáo Tỉnh ủy", "Trường Chính trị tỉnh"}, "2025", "ký kết", "35-NQ/TW"),
      Article("b", "2024-08-02", {"Ban Dân vận Tỉnh ủy", "Đảng ủy Khối Các cơ quan tỉnh"}, "2023-2025", "sơ kết", ""),
      Article("c", "2024-12-01", {"Ban Tuyên giáo Tỉnh ủy", "Trường Chính trị tỉnh"}, "", "triển khai", "35-NQ/TW")};
  Record undated;
  undated.id = "u";
  records.push_back(undated);
  Period q4 = *ParsePeriod("2024-Q4", kToday);
  Report r = BuildReport(records, q4, PreviousPeriod(q4), {PreviousPeriod(q4), q4}, {});
  EXPECT_EQ(r.current.articles, 2);
  EXPECT_EQ(r.previous.articles, 1);
  // a/c's program (one row: same instrument and parties) and b's (covers 2023-2025) are active.
  EXPECT_EQ(r.current.programs_active, 2);
  EXPECT_EQ(r.current.programs_signed, 1);
  ASSERT_EQ(r.programs.size(), 2u);
  ASSERT_EQ(r.documents.size(), 1u);
  EXPECT_EQ(r.documents[0].articles, 2);
  EXPECT_EQ(r.documents[0].mentions, 4);
  EXPECT_EQ(r.documents[0].first_cited, "2024-11-19");
  EXPECT_EQ(r.documents[0].last_cited, "2024-12-01");
  EXPECT_EQ(r.sources.size(), 2u);
  EXPECT_EQ(r.sources[0].id, "a");
  EXPECT_EQ(r.undated, 1);
  ASSERT_EQ(r.series.size(), 2u);
  EXPECT_EQ(r.series[0].articles, 1);
}

TEST(AggregateTest, AgenciesInVietnameseOrderAndSymmetricMatrix) {
  std::vector<Record> records = {
      Article("a", "2024-11-19", {"Ủy ban MTTQ Việt Nam tỉnh", "Ban Dân vận Tỉnh ủy"}, "", "ký kết", ""),
      Article("b", "2024-11-20", {"Đảng ủy Khối Các cơ quan tỉnh", "Ban Dân vận Tỉnh ủy"}, "", "ký kết", "")};
  Period q4 = *ParsePeriod("2024-Q4", kToday);
  Report r = BuildReport(records, q4, PreviousPeriod(q4), {q4}, {});
  ASSERT_EQ(r.agencies.size(), 3u);
  EXPECT_EQ(r.agencies[0].name, "Ban Dân vận Tỉnh ủy");
  EXPECT_EQ(r.agencies[1].name, "Đảng ủy Khối Các cơ quan tỉnh");
  EXPECT_EQ(r.agencies[2].name, "Ủy ban MTTQ Việt Nam tỉnh");
  EXPECT_EQ(r.agencies[0].programs, 2);
  ASSERT_EQ(r.matrix_names.size(), 3u);
  EXPECT_EQ(r.matrix[0][1], 1);
  EXPECT_EQ(r.matrix[1][0], 1);
  EXPECT_EQ(r.matrix[1][2], 0);
  EXPECT_EQ(r.pairs.size(), 2u);
}

// Parties, partners and pairs are tallied under integer ids in byte order
// of the names; what the report shows is in Vietnamese order, where "Đ"
// and "Ủ" come before "Z" (after it in bytes). Programs outside the span
// count for nothing.
TEST(AggregateTest, PartnersAndPairsInVietnameseOrder) {
  const std::string ban = "Ban Dân vận Tỉnh ủy", dang = "Đảng ủy Khối Các cơ quan tỉnh",
                    uy = "Ủy ban MTTQ Việt Nam tỉnh", zeta = "Zeta";
  std::vector<Record> records = {
      Article("a", "2024-11-19", {uy, dang, zeta}, "", "ký kết", ""),
      Article("b", "2024-12-02", {dang, uy}, "", "sơ kết", ""),
      Article("c", "2024-05-02", {zeta, ban}, "", "ký kết", "")};  // before the span
  Period q4 = *ParsePeriod("2024-Q4", kToday);
  Report r = BuildReport(records, q4, PreviousPeriod(q4), {q4}, {});
  ASSERT_EQ(r.programs.size(), 2u);
  EXPECT_EQ(r.programs[0].parties, (std::vector<std::string>{dang, uy, zeta}));
  EXPECT_EQ(r.programs[1].parties, (std::vector<std::string>{dang, uy}));
  ASSERT_EQ(r.agencies.size(), 3u);
  EXPECT_EQ(r.agencies[0].name, dang);
  EXPECT_EQ(r.agencies[0].programs, 2);
  EXPECT_EQ(r.agencies[0].partners, (std::vector<std::string>{uy, zeta}));
  EXPECT_EQ(r.agencies[2].name, zeta);
  EXPECT_EQ(r.agencies[2].programs, 1);
  EXPECT_EQ(r.agencies[2].partners, (std::vector<std::string>{dang, uy}));
  EXPECT_EQ(r.matrix_names, (std::vector<std::string>{dang, uy, zeta}));
  EXPECT_EQ(r.matrix[0][1], 2);
  EXPECT_EQ(r.matrix[1][0], 2);
  EXPECT_EQ(r.matrix[1][2], 1);
  EXPECT_EQ(r.matrix[2][2], 0);
  ASSERT_EQ(r.pairs.size(), 3u);
  EXPECT_EQ(r.pairs[0].first, dang);  // the most programs first
  EXPECT_EQ(r.pairs[0].second, uy);
  EXPECT_EQ(r.pairs[0].programs, 2);
  EXPECT_EQ(r.pairs[1].first, zeta);  // then in byte order of the names
  EXPECT_EQ(r.pairs[1].second, dang);
  EXPECT_EQ(r.pairs[2].second, uy);
  EXPECT_EQ(r.current.pairs, 3);
}

// The Sources list keeps the most recent articles (ties by id) whatever
// the input order, and counts the rest.
TEST(AggregateTest, SourcesCapKeepsMostRecentInAnyOrder) {
  std::vector<Record> records;
  for (int day = 1; day <= 9; ++day)
    for (const char* suffix : {"a", "b"})
      records.push_back(Article("d" + std::to_string(day) + suffix, "2024-10-0" + std::to_string(day), {"A", "B"},
                                "", "", ""));
  Period q4 = *ParsePeriod("2024-Q4", kToday);
  for (bool reversed : {false, true}) {
    if (reversed) std::reverse(records.begin(), records.end());
    Aggregator::Limits limits;
    limits.max_sources = 5;
    Aggregator aggregator(limits);
    for (const Record& r : records) aggregator.Add(r);
    Report report = aggregator.Finish(q4, PreviousPeriod(q4), {q4});
    std::vector<std::string> ids;
    for (const SourceRow& row : report.sources) ids.push_back(row.id);
    EXPECT_EQ(ids, (std::vector<std::string>{"d7a", "d8a", "d8b", "d9a", "d9b"})) << "reversed " << reversed;
    EXPECT_EQ(report.sources_left_out, 13);
  }
}

// A program's article count is every article that reports it, once each,
// though the row keeps only the first few ids to link.
TEST(AggregateTest, ProgramCountsEveryReportingArticleOnce) {
  std::vector<Record> records;
  for (int i = 1; i <= 7; ++i)
    records.push_back(Article("a" + std::to_string(i), "2024-10-1" + std::to_string(i), {"A", "B"}, "", "", ""));
  records[6].programs.push_back(records[6].programs.front());  // named twice in one article
  Period q4 = *ParsePeriod("2024-Q4", kToday);
  Report r = BuildReport(records, q4, PreviousPeriod(q4), {q4}, {});
  ASSERT_EQ(r.programs.size(), 1u);
  EXPECT_EQ(r.programs[0].articles, 7);
  EXPECT_EQ(r.programs[0].sources, (std::vector<std::string>{"a1", "a2", "a3", "a4", "a5"}));
}

// What the tallies decide in a report: figures, agencies, documents with
// their first and last citing day, counts.
std::string Tallied(const Report& r) {
  std::string out;
  for (const PeriodFigures& f : r.series)
    out += f.period.label + " " + std::to_string(f.articles) + " " + std::to_string(f.programs_active) + " " +
           std::to_string(f.programs_signed) + " " + std::to_string(f.documents) + " " + std::to_string(f.agencies) +
           "\n";
  out += "previous " + std::to_string(r.previous.documents) + " " + std::to_string(r.previous.agencies) + "\n";
  for (const AgencyRow& a : r.agencies)
    out += a.name + " " + std::to_string(a.articles) + " " + std::to_string(a.mentions) + "\n";
  for (const DocumentRow& d : r.documents)
    out += d.id + " " + std::to_string(d.articles) + " " + std::to_string(d.mentions) + " " + d.first_cited + " " +
           d.last_cited + " " + std::to_string(d.programs) + "\n";
  for (const CountRow& c : r.counts) out += c.what + " " + std::to_string(c.total) + "\n";
  return out;
}

// Tallied by month, a report of whole months is the report tallied by day,
// first and last citing days included; part of a month is refused.
TEST(AggregateTest, TallyByMonthIsExactForWholeMonths) {
  std::vector<Record> records = {
      Article("a", "2024-09-30", {"A", "B"}, "", "ký kết", "35-NQ/TW"),
      Article("b", "2024-10-03", {"A", "C"}, "", "sơ kết", "35-NQ/TW"),
      Article("c", "2024-10-28", {"A", "B"}, "", "", "35-NQ/TW"),
      Article("d", "2024-11-15", {"B", "C"}, "", "ký kết", "35-NQ/TW"),
      Article("e", "2024-11-02", {"B", "C"}, "", "", "12-CT/TU"),
      Article("f", "2024-12-31", {"C", "D"}, "", "triển khai", "12-CT/TU")};
  records[1].counts.push_back({"hội viên", 40, "", "40 hội viên"});
  records[3].counts.push_back({"hội viên", 2, "", "2 hội viên"});
  auto report = [&](bool by_month, const Period& span, const std::vector<Period>& periods) {
    Aggregator aggregator;
    if (by_month) aggregator.TallyByMonth();
    for (const Record& r : records) aggregator.Add(r);
    return aggregator.Finish(span, PreviousPeriod(span), periods);
  };
  Period q4 = *ParsePeriod("2024-Q4", kToday);
  std::vector<Period> months = Series(Granularity::kMonth, {2024, 9, 1}, {2024, 12, 31});
  for (const Period& span : {q4, *ParsePeriod("2024-11", kToday)}) {
    const std::string daily = Tallied(report(false, span, months));
    EXPECT_EQ(Tallied(report(true, span, months)), daily) << span.label;
  }
  EXPECT_NE(Tallied(report(true, q4, months)).find("35-NQ/TW 3 6 2024-10-03 2024-11-15"), std::string::npos);
  Period part = *ParsePeriod("2024-10-02..2024-11-20", kToday);
  EXPECT_THROW(report(true, part, {part}), std::logic_error);
  EXPECT_NO_THROW(report(false, part, {part}));
}

TEST(AggregateTest, DiagnosticsAndRecordWarningsBecomeWarningRows) {
  Record a = Article("a", "2024-11-19", {"A", "B"}, "", "", "");
  a.warnings = {"năm được suy ra"};
  Period q4 = *ParsePeriod("2024-Q4", kToday);
  Report r = BuildReport({a}, q4, PreviousPeriod(q4), {q4}, {{Diagnostic::Severity::kError, "x.jsonl:3", "malformed JSON"}});
  ASSERT_EQ(r.warnings.size(), 2u);
  EXPECT_EQ(r.warnings[0].origin, "x.jsonl:3");
  EXPECT_EQ(r.warnings[0].message, "error: malformed JSON");
  EXPECT_NE(r.warnings[1].message.find("năm được suy ra"), std::string::npos);
}


// A program mention with a province for its article (identity.h).
Record InProvince(Record r, const std::string& province, const std::string& site = "") {
  r.province = province;
  r.site = site;
  return r;
}

const std::string kCongAn = "Công an tỉnh";
const std::string kQuanSu = "Bộ Chỉ huy Quân sự tỉnh";
const Period kSeries = {Granularity::kRange, {2024, 7, 1}, {2026, 6, 30}, "2024-Q3..2026-Q2"};
const Period kLast = *ParsePeriod("2026-Q2", {2026, 12, 1});

Report SeriesReport(const std::vector<Record>& records) {
  return BuildReport(records, kSeries, PreviousPeriod(kSeries), {kLast}, {});
}

TEST(ProgramIdentityTest, ARenewalIsTwoProgramsWithTheirStatuses) {
  Report r = SeriesReport({
      InProvince(Article("old", "2025-12-16", {kCongAn, kQuanSu}, "2021-2025", "tổng kết", ""), "Hà Tĩnh"),
      InProvince(Article("new", "2026-04-09", {kCongAn, kQuanSu + " Hà Tĩnh"}, "2026-2030", "ký kết", ""), "Hà Tĩnh")});
  ASSERT_EQ(r.programs.size(), 2u);
  std::map<std::string, const ProgramRow*> by_period;
  for (const ProgramRow& p : r.programs) by_period[p.periods.at(0)] = &p;
  EXPECT_EQ(by_period.at("2021-2025")->status, ProgramStatus::kReviewed);
  EXPECT_EQ(by_period.at("2026-2030")->status, ProgramStatus::kNew);
  EXPECT_EQ(by_period.at("2026-2030")->period_end, "2030-12-31");
  EXPECT_EQ(by_period.at("2026-2030")->parties,
            (std::vector<std::string>{"Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh", "Công an tỉnh Hà Tĩnh"}));
  ASSERT_EQ(r.attention.size(), 1u);
  EXPECT_EQ(r.attention[0].periods, (std::vector<std::string>{"2026-2030"}));
  EXPECT_EQ(r.attention[0].last_source, "new");
}

TEST(ProgramIdentityTest, TheSameNumberIsOneProgramAndItsPartiesOneAgencyEach) {
  Record a = Article("a", "2024-10-15", {"Sở Nội vụ", "Ủy ban MTTQ Việt Nam tỉnh"}, "2024-2026", "ký kết", "");
  Record b = Article("b", "2025-11-06", {"Sở Nội vụ tỉnh Hà Tĩnh", "Ủy ban MTTQ Việt Nam tỉnh"}, "2025", "đánh giá", "");
  a.programs[0].reference = b.programs[0].reference = "03-QCPH/MTTQ-SNV";
  // No province for either article: the number alone says the two "Sở Nội
  // vụ" are one body.
  Report r = SeriesReport({a, b});
  ASSERT_EQ(r.programs.size(), 1u);
  EXPECT_EQ(r.programs[0].periods, (std::vector<std::string>{"2024-2026"}));  // "2025" lies inside
  EXPECT_EQ(r.programs[0].status, ProgramStatus::kEnding);
  std::vector<std::string> names;
  for (const AgencyRow& row : r.agencies) names.push_back(row.name);
  EXPECT_EQ(std::count(names.begin(), names.end(), "Sở Nội vụ tỉnh Hà Tĩnh"), 1) << ::testing::PrintToString(names);
  EXPECT_EQ(std::count(names.begin(), names.end(), "Sở Nội vụ"), 0) << ::testing::PrintToString(names);
}

TEST(ProgramIdentityTest, AMentionWithoutNumberOrPeriodJoinsTheProgramItFits) {
  Record signing = InProvince(Article("s", "2024-12-05", {"UBND tỉnh", "Ủy ban MTTQ Việt Nam tỉnh"}, "2024-2029", "ký kết", ""), "Hà Tĩnh");
  Record bare = InProvince(Article("t", "2025-09-18", {"Ủy ban nhân dân tỉnh", "Ủy ban MTTQ Việt Nam tỉnh"}, "", "triển khai", ""), "Hà Tĩnh");
  Report r = SeriesReport({signing, bare});
  ASSERT_EQ(r.programs.size(), 1u);
  EXPECT_EQ(r.programs[0].articles, 2);
  EXPECT_EQ(r.programs[0].last_action, "triển khai");
  EXPECT_EQ(r.programs[0].parties,
            (std::vector<std::string>{"Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh", "Ủy ban nhân dân tỉnh Hà Tĩnh"}));
  // Two programs of those parties whose periods both hold it: apart, with a warning.
  Record second = InProvince(Article("u", "2025-01-10", {"UBND tỉnh", "Ủy ban MTTQ Việt Nam tỉnh"}, "2025-2026", "ký kết", ""), "Hà Tĩnh");
  r = SeriesReport({signing, second, bare});
  EXPECT_EQ(r.programs.size(), 3u);
  ASSERT_EQ(r.warnings.size(), 1u);
  EXPECT_NE(r.warnings[0].message.find("fits 2 programs"), std::string::npos) << r.warnings[0].message;
  EXPECT_EQ(r.warnings[0].origin, "t");
}

TEST(ProgramIdentityTest, WithinAnArticleABareMentionIsTheDatedOne) {
  Record r = InProvince(Article("a", "2024-09-25", {kCongAn, kQuanSu}, "2021-2025", "thực hiện", ""), "Hà Tĩnh");
  Program bare = r.programs[0];
  bare.period.clear();
  bare.action = "sơ kết";
  r.programs.push_back(bare);
  Report report = SeriesReport({r});
  ASSERT_EQ(report.programs.size(), 1u);
  EXPECT_EQ(report.programs[0].periods, (std::vector<std::string>{"2021-2025"}));
}

TEST(AgencyIdentityTest, ASitesProvinceIsLearnedFromItsOtherArticles) {
  Record named = InProvince(Article("a", "2025-03-12", {"Liên đoàn Lao động tỉnh", "Bảo hiểm xã hội tỉnh"}, "2025-2027", "ký kết", ""),
                            "Hà Tĩnh", "example.org");
  Record silent = InProvince(Article("b", "2026-01-20", {"LĐLĐ tỉnh", "BHXH tỉnh"}, "2025-2027", "sơ kết", ""), "", "example.org");
  Record elsewhere = InProvince(Article("c", "2026-02-01", {"LĐLĐ tỉnh", "BHXH tỉnh"}, "2025-2027", "sơ kết", ""), "Nghệ An", "other.org");
  Report r = SeriesReport({named, silent, elsewhere});
  ASSERT_EQ(r.programs.size(), 2u);
  std::vector<std::string> names;
  for (const AgencyRow& row : r.agencies) names.push_back(row.name);
  // Vietnamese order: "LĐ" before "Li" (đ comes before i).
  EXPECT_EQ(names, (std::vector<std::string>{"Bảo hiểm xã hội tỉnh Hà Tĩnh", "BHXH tỉnh Nghệ An", "LĐLĐ tỉnh Nghệ An",
                                             "Liên đoàn Lao động tỉnh Hà Tĩnh"}));
  const AgencyRow& ldld = r.agencies[3];
  EXPECT_EQ(ldld.province, "Hà Tĩnh");
  std::vector<std::string> written = ldld.other_names;  // as written, the shown name aside
  std::sort(written.begin(), written.end());
  EXPECT_EQ(written, (std::vector<std::string>{"Liên đoàn Lao động tỉnh", "LĐLĐ tỉnh"}));  // byte order
}

TEST(ScopeTest, OneAgencysProgramsAndTheirParties) {
  std::vector<Record> records = {
      InProvince(Article("a", "2025-12-16", {kCongAn, kQuanSu}, "2021-2025", "tổng kết", ""), "Hà Tĩnh"),
      InProvince(Article("b", "2025-03-12", {"Liên đoàn Lao động tỉnh", "Bảo hiểm xã hội tỉnh"}, "2025-2027", "ký kết", ""), "Hà Tĩnh"),
      InProvince(Article("c", "2026-02-01", {kCongAn, "Tỉnh đoàn"}, "2026", "ký kết", ""), "Nghệ An")};
  for (const std::string& name : {std::string("Công an tỉnh Hà Tĩnh"), std::string("công an tỉnh")}) {
    Aggregator aggregator;
    aggregator.Restrict({{name}, ""});
    for (const Record& r : records) aggregator.Add(r);
    Report r = aggregator.Finish(kSeries, PreviousPeriod(kSeries), {kLast});
    std::vector<std::string> parties;
    for (const ProgramRow& p : r.programs) parties.push_back(p.parties.at(0) + "; " + p.parties.at(1));
    if (name == "công an tỉnh") {  // no province: every province's
      EXPECT_EQ(parties.size(), 2u) << name;
      continue;
    }
    EXPECT_EQ(parties, (std::vector<std::string>{"Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh; Công an tỉnh Hà Tĩnh"})) << name;
    EXPECT_EQ(r.agencies.size(), 2u);
    EXPECT_EQ(r.current.articles, 1);
  }
}

TEST(ScopeTest, OneProvinceHoldsArticlesThatNameNoneUntilTheirSiteTells) {
  std::vector<Record> records = {
      InProvince(Article("a", "2025-03-12", {"Liên đoàn Lao động tỉnh", "Bảo hiểm xã hội tỉnh"}, "2025-2027", "ký kết", ""), "", "ht.example"),
      InProvince(Article("b", "2025-04-12", {"Hội Nông dân tỉnh", "Bảo hiểm xã hội tỉnh"}, "2025", "ký kết", ""), "Hà Tĩnh", "ht.example"),
      InProvince(Article("c", "2026-02-01", {kCongAn, "Tỉnh đoàn"}, "2026", "ký kết", ""), "Nghệ An", "na.example")};
  Aggregator aggregator;
  aggregator.Restrict({{}, "Hà Tĩnh"});
  for (const Record& r : records) aggregator.Add(r);
  Date first, last;
  ASSERT_TRUE(aggregator.DateRange(&first, &last));
  EXPECT_EQ(first, (Date{2025, 3, 12}));
  EXPECT_EQ(last, (Date{2025, 4, 12}));
  Report r = aggregator.Finish(kSeries, PreviousPeriod(kSeries), {kLast});
  EXPECT_EQ(r.programs.size(), 2u);
  EXPECT_EQ(r.current.articles, 2);
  EXPECT_EQ(r.records, 3);
  for (const AgencyRow& a : r.agencies) EXPECT_EQ(a.province, "Hà Tĩnh") << a.name;
}

}  // namespace
}  // namespace coordreport
