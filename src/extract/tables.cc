// The built-in domain tables (sources: shared/DOMAIN.md).
#include "extract/tables.h"

namespace coordreport {

DomainTables BuiltinTables() {
  DomainTables t;
  t.document_types = {
      {"NQ", "Nghị quyết"},   {"CT", "Chỉ thị"},       {"KL", "Kết luận"},     {"QĐ", "Quyết định"},
      {"QĐi", "Quy định"},    {"QC", "Quy chế"},       {"QCPH", "Quy chế phối hợp"},
      {"CTr", "Chương trình"}, {"CTPH", "Chương trình phối hợp"}, {"KH", "Kế hoạch"},
      {"ĐA", "Đề án"},        {"DA", "Dự án"},         {"TB", "Thông báo"},    {"HD", "Hướng dẫn"},
      {"BC", "Báo cáo"},      {"TTr", "Tờ trình"},     {"TT", "Thông tư"},     {"BB", "Biên bản"},
      {"CV", "Công văn"},     {"NĐ", "Nghị định"},     {"QyĐ", "Quy định"},    {"PA", "Phương án"},
      {"HĐ", "Hợp đồng"},     {"TTLT", "Thông tư liên tịch"}, {"NQLT", "Nghị quyết liên tịch"},
      {"KHPH", "Kế hoạch phối hợp"}, {"CTrPH", "Chương trình phối hợp"}, {"TTHT", "Thỏa thuận hợp tác"},
  };
  // Longest first is not required: the recognizer tries every word and
  // keeps the longest that matches.
  t.document_type_words = {
      "Nghị quyết liên tịch", "Nghị quyết", "Chỉ thị", "Kết luận", "Quy định", "Quyết định",
      "Quy chế phối hợp", "Quy chế", "Chương trình phối hợp", "Chương trình liên tịch",
      "Chương trình hành động", "Chương trình", "Kế hoạch phối hợp", "Kế hoạch", "Đề án", "Dự án",
      "Thông báo kết luận", "Thông báo", "Hướng dẫn", "Báo cáo", "Tờ trình", "Thông tri",
      "Thông tư liên tịch", "Thông tư", "Nghị định", "Luật", "Pháp lệnh", "Công văn", "Văn bản",
      "Thỏa thuận hợp tác", "Thỏa thuận", "Biên bản ghi nhớ", "Biên bản"};
  t.instruments = {"chương trình phối hợp", "quy chế phối hợp", "kế hoạch phối hợp",
                   "thỏa thuận hợp tác",   "chương trình liên tịch", "nghị quyết liên tịch",
                   "biên bản ghi nhớ",     "quy chế phối hợp công tác", "chương trình phối hợp công tác",
                   "thỏa thuận phối hợp",  "kế hoạch liên tịch"};

  auto body = [&t](const char* name, bool takes_agency = false, bool takes_place = false, bool standalone = false,
                   bool takes_numeral = false) {
    t.bodies.push_back({name, takes_agency, takes_place, standalone, takes_numeral, false});
  };
  auto standing = [&t](const char* name) { t.bodies.push_back({name, true, false, false, false, true}); };
  body("Ban Tuyên giáo và Dân vận");
  body("Ban Tuyên giáo");
  body("Ban Dân vận");
  body("Ban Tổ chức");
  body("Ban Nội chính");
  body("Ban Kinh tế");
  body("Ban Đối ngoại");
  body("Ban Bảo vệ, chăm sóc sức khỏe cán bộ");
  body("Ủy ban Kiểm tra");
  body("Văn phòng");
  body("Trường Chính trị");
  body("Trung tâm Chính trị");
  body("Đảng ủy Khối Các cơ quan");
  body("Đảng ủy Khối Doanh nghiệp");
  body("Đảng ủy Khối");  // short form; resolved to the full name in the article
  body("Đảng ủy các cơ quan Đảng");
  body("Đảng ủy Quân sự");
  body("Đảng ủy Công an");
  standing("Ban Thường vụ");
  standing("Ban Thường trực");
  body("Ban cán sự đảng", true);
  body("Đảng đoàn", true);
  standing("Thường trực");
  body("Chi bộ", true);
  body("Ủy ban MTTQ Việt Nam");
  body("Hội Nông dân");
  body("Hội Liên hiệp Phụ nữ");
  body("Hội Cựu chiến binh");
  body("Hội Nhà báo");
  body("Hội Chữ thập đỏ");
  body("Hội Luật gia");
  body("Liên hiệp các Hội Văn học Nghệ thuật");
  body("Liên hiệp các Hội Khoa học và Kỹ thuật");
  body("Đoàn Thanh niên Cộng sản Hồ Chí Minh");
  body("Liên đoàn Lao động");
  body("Tỉnh đoàn", false, false, true);
  body("Thành đoàn", false, false, true);
  body("Huyện đoàn", false, true);
  body("Công an");
  body("Bộ Chỉ huy Quân sự");
  body("Bộ Chỉ huy Bộ đội Biên phòng");
  body("Thanh tra");
  body("Ngân hàng Chính sách xã hội");
  body("Hội Liên hiệp Thanh niên Việt Nam");
  body("Tòa án nhân dân");
  body("Viện Kiểm sát nhân dân");
  body("UBND");
  body("HĐND");
  body("Sở Giáo dục và Đào tạo", false, false, true);
  body("Sở Văn hóa, Thể thao và Du lịch", false, false, true);
  body("Sở Văn hóa và Thể thao", false, false, true);
  body("Sở Thông tin và Truyền thông", false, false, true);
  body("Sở Nội vụ", false, false, true);
  body("Sở Tư pháp", false, false, true);
  body("Sở Y tế", false, false, true);
  body("Sở Tài chính", false, false, true);
  body("Sở Lao động - Thương binh và Xã hội", false, false, true);
  body("Sở Nông nghiệp và Phát triển nông thôn", false, false, true);
  body("Sở Khoa học và Công nghệ", false, false, true);
  body("Đài Phát thanh và Truyền hình");
  body("Báo", false, true);
  body("Học viện Chính trị khu vực", false, false, false, true);
  body("Học viện Chính trị quốc gia Hồ Chí Minh", false, false, true);
  body("Học viện Báo chí và Tuyên truyền", false, false, true);
  body("Tỉnh ủy", false, false, true);
  body("Thành ủy", false, true, true);
  body("Huyện ủy", false, true);
  body("Thị ủy", false, true);
  body("Quận ủy", false, true);
  body("Quân khu", false, false, false, true);
  body("Đồn Biên phòng", false, true);
  body("Ban Chỉ đạo 35", false, false, true);

  t.generic_heads = {"Ban", "Sở", "Hội", "Ngân hàng", "Trung tâm", "Viện", "Đài", "Trường", "Liên đoàn",
                     "Liên hiệp", "Chi cục", "Cục", "Ủy ban", "Văn phòng", "Bảo hiểm xã hội", "Kho bạc Nhà nước",
                     "Quỹ", "Thanh tra", "Tòa án", "Học viện", "Bộ Chỉ huy"};

  t.levels = {{"Tỉnh ủy", true, false, ""}, {"Thành ủy", true, false, ""}, {"Huyện ủy", true, true, ""},
              {"Thị ủy", true, true, ""},  {"Quận ủy", true, true, ""},   {"Trung ương", false, false, ""},
              {"tỉnh", true, false, ""},   {"thành phố", true, false, ""}, {"huyện", true, true, ""},
              {"thị xã", true, true, ""},  {"quận", true, true, ""},       {"xã", true, true, ""},
              {"phường", true, true, ""},  {"Chi nhánh tỉnh", true, false, "tỉnh"}};

  t.aliases = {
      {"ủy ban nhân dân", "UBND"},
      {"hội đồng nhân dân", "HĐND"},
      {"btg", "Ban Tuyên giáo"},
      {"bdv", "Ban Dân vận"},
      {"ủy ban mặt trận tổ quốc việt nam", "Ủy ban MTTQ Việt Nam"},
      {"ủy ban mttq", "Ủy ban MTTQ Việt Nam"},
      {"mttq", "Ủy ban MTTQ Việt Nam"},
      {"mặt trận tổ quốc", "Ủy ban MTTQ Việt Nam"},
      {"đoàn thanh niên", "Đoàn Thanh niên Cộng sản Hồ Chí Minh"},
      {"tỉnh đoàn thanh niên", "Tỉnh đoàn"},
      {"hội lhpn", "Hội Liên hiệp Phụ nữ"},
      {"hội liên hiệp phụ nữ việt nam", "Hội Liên hiệp Phụ nữ"},
      {"học viện khu vực", "Học viện Chính trị khu vực"},
      {"học viện chính trị quốc gia", "Học viện Chính trị quốc gia Hồ Chí Minh"},
      {"trường chính trị", "Trường Chính trị"},
      {"bchqs", "Bộ Chỉ huy Quân sự"},
      {"đảng ủy khối cơ quan", "Đảng ủy Khối Các cơ quan"},
      {"ban cán sự", "Ban cán sự đảng"},
      {"ban chấp hành đảng bộ tỉnh", "Tỉnh ủy"},
  };

  // Not "Hà", "Cao", "Thái", "Hồ", "Mai": they also start place names
  // (Hà Tĩnh, Cao Bằng, Thái Bình, Hồ Chí Minh, Mai Châu).
  t.surnames = {"Nguyễn", "Trần", "Lê",   "Phạm",  "Hoàng", "Huỳnh", "Phan", "Vũ",    "Võ",
                "Đặng",   "Bùi",  "Đỗ",   "Ngô",   "Dương", "Lý",    "Đinh", "Lương", "Trịnh",
                "Đào",    "Lưu",  "Tạ",   "Vương", "Kha",   "Chu",   "Lò",   "Quách", "Trương"};

  t.countables = {"hội thảo", "tọa đàm", "hội nghị", "lớp", "lớp tập huấn", "lớp bồi dưỡng",
                  "điểm sáng", "tập thể", "cá nhân", "mô hình", "tin", "bài", "tin, bài", "đợt",
                  "cuộc", "buổi", "văn bản", "đảng viên", "cán bộ", "học viên", "lượt",
                  "tác phẩm", "chuyên đề", "đoàn", "đoàn viên", "hội viên", "đoàn công tác", "cử tri", "cuộc thi", "phóng sự", "ấn phẩm", "tài liệu",
                  "báo cáo viên", "công trình", "đề tài", "sáng kiến", "điển hình", "gia đình",
                  "hộ", "cuộc kiểm tra", "cuộc giám sát", "chương trình", "kế hoạch", "hoạt động"};
  return t;
}

}  // namespace coordreport
