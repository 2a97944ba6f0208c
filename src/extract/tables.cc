// The built-in domain tables. Document types come from shared/DOMAIN.md;
// the agency grammar's words were read off the development split of the
// annotated real pages (shared/real, see tests/real/README.md) and the
// naming conventions of party, state, front and armed-forces bodies.
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
  // The instrument names of GUIDELINES.md §7.4, and spellings of the same.
  t.instruments = {"chương trình phối hợp", "quy chế phối hợp", "kế hoạch phối hợp", "thỏa thuận hợp tác",
                   "chương trình liên tịch", "quy chế phối hợp liên ngành", "thỏa thuận liên ngành",
                   "chương trình hợp tác", "nghị quyết liên tịch", "kế hoạch liên ngành", "kế hoạch liên tịch",
                   "quy định về sự phối hợp", "kế hoạch hiệp đồng", "quy chế kết nghĩa", "biên bản hợp tác",
                   "biên bản ghi nhớ", "biên bản hội đàm", "thỏa thuận phối hợp", "văn bản liên tịch",
                   "quy chế phối hợp công tác", "chương trình phối hợp công tác", "quy chế liên ngành",
                   "quy chế phối hợp hoạt động", "chương trình phối hợp hoạt động", "chương trình công tác phối hợp"};

  using K = HeadKind;
  t.heads = {
      // Generic bodies: a description or a level makes the name.
      {"Ban", K::kBody}, {"Ủy ban", K::kBody}, {"UB", K::kBody}, {"Sở", K::kBody}, {"Bộ", K::kBody},
      {"Cục", K::kBody}, {"Chi cục", K::kBody}, {"Tổng cục", K::kBody}, {"Vụ", K::kBody}, {"Viện", K::kBody},
      {"Trường", K::kBody}, {"Học viện", K::kBody}, {"Đại học", K::kBody}, {"Trung tâm", K::kBody},
      {"Đài", K::kBody}, {"Báo", K::kBody}, {"Tạp chí", K::kBody}, {"Ngân hàng", K::kBody}, {"Phòng", K::kBody},
      {"Khoa", K::kBody}, {"Văn phòng", K::kBody}, {"Liên đoàn", K::kBody}, {"Tổng Liên đoàn", K::kBody},
      {"Liên hiệp", K::kBody}, {"Liên minh", K::kBody}, {"Hội", K::kBody}, {"Hiệp hội", K::kBody},
      {"Đoàn", K::kBody}, {"Công ty", K::kBody}, {"Tổng công ty", K::kBody}, {"Tập đoàn", K::kBody},
      {"Quỹ", K::kBody}, {"Kho bạc", K::kBody}, {"Bảo hiểm", K::kBody}, {"Thanh tra", K::kBody},
      {"Tòa án", K::kBody}, {"Công an", K::kBody}, {"Cảng vụ", K::kBody}, {"Bộ Tư lệnh", K::kBody},
      {"Bộ Chỉ huy", K::kBody}, {"Ban Chỉ huy", K::kBody}, {"Lữ đoàn", K::kBody}, {"Sư đoàn", K::kBody},
      {"Trung đoàn", K::kBody}, {"Quân khu", K::kBody}, {"Quân đoàn", K::kBody}, {"Quân chủng", K::kBody},
      {"Binh chủng", K::kBody}, {"Hải đội", K::kBody}, {"Đồn", K::kBody}, {"Bộ đội", K::kBody},
      {"Tiểu đoàn", K::kBody}, {"Đại đội", K::kBody}, {"Tiểu khu", K::kBody}, {"Chi khu", K::kBody},
      {"Hội đồng", K::kBody}, {"Nhà xuất bản", K::kBody}, {"Bệnh viện", K::kBody}, {"Thông tấn xã", K::kBody},
      {"Ty", K::kBody}, {"Mặt trận", K::kBody}, {"Vùng", K::kBody}, {"Cảnh sát", K::kBody},
{"Hạt", K::kBody}, {"Huyện đoàn", K::kBody}, {"Đoàn đại biểu", K::kBody},
      {"UBND", K::kBody}, {"HĐND", K::kBody}, {"MTTQ", K::kBody}, {"MTTQVN", K::kBody}, {"UBMTTQ", K::kBody},
      {"UBMTTQVN", K::kBody}, {"VKSND", K::kBody}, {"VKS", K::kBody}, {"TAND", K::kBody}, {"LĐLĐ", K::kBody},
      {"HND", K::kBody}, {"HLHPN", K::kBody}, {"NHCSXH", K::kBody}, {"BHXH", K::kBody}, {"BĐBP", K::kBody},
      {"CATP", K::kBody}, {"BCHQS", K::kBody}, {"BTG", K::kBody}, {"BDV", K::kBody}, {"HTX", K::kBody},
      {"NHNN", K::kBody}, {"KBNN", K::kBody},
      // Whole names.
      {"Tỉnh ủy", K::kComplete}, {"Thành ủy", K::kComplete}, {"Huyện ủy", K::kComplete},
      {"Quận ủy", K::kComplete}, {"Thị ủy", K::kComplete}, {"Tỉnh đoàn", K::kComplete},
      {"Thành đoàn", K::kComplete}, {"Trung ương Đoàn", K::kComplete}, {"Quốc hội", K::kComplete},
      {"Chính phủ", K::kComplete},
      {"Bộ Chính trị", K::kComplete}, {"Ban Bí thư", K::kComplete}, {"TTXVN", K::kComplete},
      {"Agribank", K::kComplete}, {"Hải quan", K::kComplete},
      // Standing bodies acting for the agency after them.
      {"Ban Thường trực", K::kStanding}, {"Ban Thường vụ", K::kStanding}, {"Thường trực", K::kStanding},
      // Bodies belonging to the agency after them.
      {"Ban Cán sự đảng", K::kOwner}, {"Ban cán sự", K::kOwner}, {"Đảng ủy", K::kOwner}, {"Đảng đoàn", K::kOwner},
      {"Chi bộ", K::kOwner}, {"Ủy ban Kiểm tra", K::kOwner}, {"UBKT", K::kOwner}, {"Cục Chính trị", K::kOwner},
      {"Chi nhánh", K::kOwner}, {"Ban Chấp hành", K::kOwner}, {"BCH", K::kOwner},
  };

  t.levels = {
      {"tỉnh", true, true},       {"thành phố", true, true}, {"TP", true, false},    {"huyện", true, true},
      {"quận", true, true},       {"thị xã", true, true},    {"xã", true, true},     {"phường", true, true},
      {"thị trấn", true, true},   {"đặc khu", true, false},  {"bản", true, false},   {"khóm", true, false},
      {"ấp", true, false},        {"Tỉnh ủy", true, true},   {"Thành ủy", true, true}, {"Huyện ủy", true, true, true},
      {"Quận ủy", true, true, true}, {"Thị ủy", true, true, true},    {"tỉnh, thành ủy", false, true},
      {"cấp tỉnh", false, false},
      {"cấp huyện", false, false}, {"cấp xã", false, false},  {"cấp cơ sở", false, false},
      {"cùng cấp", false, false},  {"các cấp", false, false}, {"hai cấp", false, false}, {"2 cấp", false, false},
  };

  t.name_words = {
      "nhân dân", "xã hội", "chính trị", "chính trị - xã hội", "quân sự", "dân vận", "quốc phòng", "an ninh",
      "quốc phòng - an ninh", "biên phòng", "biên giới", "biên giới biển", "kinh tế", "khu kinh tế", "công tác",
      "nông thôn", "phát triển nông thôn", "nhà nước", "ngoài khu vực nhà nước", "khu vực", "doanh nghiệp",
      "khoa học", "kỹ thuật", "công nghệ", "đào tạo", "giáo dục", "môi trường", "thể thao", "du lịch",
      "truyền thông", "truyền hình", "phát thanh", "hải quân", "cảnh sát", "cảnh sát biển", "điều tra",
      "tội phạm", "ma túy", "giao thông", "thi hành án dân sự", "hàng hải", "chính sách", "chính sách xã hội",
      "người cao tuổi", "cựu chiến binh", "chiến binh", "chữ thập đỏ", "thập đỏ", "thanh niên", "phụ nữ",
      "nông dân", "lao động", "công đoàn", "tôn giáo", "dân tộc", "tuyên giáo", "tổ quốc", "mặt trận tổ quốc",
      "kiểm sát", "kiểm tra", "thường trực", "thường vụ", "chỉ huy", "tư lệnh", "cán sự", "đảng",
      "khối", "các cơ quan", "cơ quan", "chi nhánh", "trị sự", "giáo hội", "phật giáo", "công giáo",
      "đoàn kết", "yêu nước", "hợp tác xã", "trợ giúp pháp lý", "pháp lý", "thương mại",
      "công nghiệp", "tài nguyên", "nội vụ", "tư pháp", "y tế", "tài chính", "thông tin",
      "văn hóa", "phòng thủ", "xe tăng", "cao đẳng",
      "đại học", "phổ thông", "khuyến học", "luật gia", "nhà báo", "văn học nghệ thuật", "các hội",
      "hành chính",
      "dân sự", "hình sự", "đối ngoại", "thông tấn", "nông nghiệp", "lâm nghiệp", "kiểm lâm", "thủy sản",
      "thống kê", "thuế", "xuất nhập cảnh", "cửa khẩu", "quốc tế", "trách nhiệm hữu hạn", "cổ phần", "bảo hiểm xã hội",
      "chất độc da cam", "người khuyết tật", "trẻ em", "sinh viên", "học sinh", "liên hiệp",
      "vận tải", "điện lực", "bưu điện", "an toàn giao thông",
      "phòng, chống tội phạm", "tối cao"};
  t.name_compounds = {
      "dân vận", "tuyên giáo", "tổ chức", "nội chính", "kiểm tra", "chính trị", "nông dân", "phụ nữ", "lao động",
      "giáo dục", "đào tạo", "tài chính", "tư pháp", "nội vụ", "y tế", "xây dựng", "kế hoạch", "đầu tư",
      "khoa học", "công nghệ", "tôn giáo", "dân tộc", "thanh niên", "cựu chiến binh", "chữ thập đỏ", "mặt trận",
      "tổ quốc", "nhân dân", "biên phòng", "quân sự", "công an", "kiểm sát", "tòa án", "hải quân", "cảnh sát",
      "văn hóa", "thể thao", "du lịch", "thông tin", "truyền thông", "tài nguyên", "môi trường", "nông nghiệp",
      "phát triển", "công thương", "giao thông", "vận tải", "ngoại vụ", "đối ngoại", "hải quan", "kho bạc",
      "ngân hàng", "bảo hiểm", "chính sách", "xã hội", "liên hiệp", "doanh nghiệp", "cơ quan", "thương binh",
      "người cao tuổi", "khuyến học", "luật gia", "nhà báo", "văn học", "nghệ thuật", "chấp hành", "thường vụ",
      "thường trực", "cán sự", "chỉ đạo", "chỉ huy", "tư lệnh", "phòng thủ", "đại diện", "thi hành án",
      "hàng hải", "tiếng nói", "thông tấn", "phát thanh", "truyền hình", "bảo vệ", "dân chủ", "pháp luật",
      "dân trí", "cộng sản", "hợp tác", "hợp tác xã", "liên ngành", "liên minh", "quản lý", "thương mại",
      "công nghiệp", "quốc phòng", "an ninh", "quốc tế", "cửa khẩu", "đại học", "đại biểu", "hội đồng",
      "đất nước", "lãnh sự", "trung tâm", "học viện", "tạp chí", "văn phòng", "công tác", "dân sự", "hình sự",
      "tổng hợp", "tuyên truyền", "kinh tế", "thống kê", "điện lực", "kiểm lâm", "thủy sản", "lâm nghiệp",
      "thú y", "chăn nuôi", "dân số", "gia đình", "trẻ em", "thi đua", "khen thưởng", "pháp chế", "dân nguyện",
      "kỹ thuật", "công giáo", "phật giáo", "người khuyết tật", "khuyến nông", "dạy nghề", "việc làm",
      "an toàn", "phòng cháy", "chữa cháy", "cứu nạn", "cứu hộ", "xuất nhập cảnh", "điều tra", "ma túy",
      "trật tự", "kinh doanh", "sản xuất", "xuất bản", "quân khu", "quân chủng", "quân đoàn", "biên giới",
      "kinh tế - xã hội", "trung ương", "nam bộ", "bắc bộ", "trung bộ", "sinh viên", "học sinh", "chính quyền", "nông thôn", "thành niên", "bảo trợ"};
  t.numbered_words = {"chỉ đạo", "quân khu", "khu vực", "vùng", "lữ đoàn", "sư đoàn", "trung đoàn", "quân đoàn", "hải đội",
                      "cảnh sát biển", "quận", "phường", "đoàn", "PA", "bảo vệ chính trị", "hải quân", "đồn",
                      "bản", "ka túp", "tiểu đoàn", "đại đội"};
  t.person_titles = {
      "Chủ tịch", "Phó Chủ tịch", "Bí thư", "Phó Bí thư", "Trưởng", "Phó Trưởng", "Phó", "Giám đốc",
      "Phó Giám đốc", "Tổng Giám đốc", "Viện trưởng", "Phó Viện trưởng", "Chánh án", "Phó Chánh án",
      "Chỉ huy trưởng", "Chính ủy", "Phó Chính ủy", "Ủy viên", "Thường vụ", "Tỉnh ủy viên", "Huyện ủy viên", "Thành ủy viên",
      "Bộ trưởng", "Thứ trưởng", "Chủ nhiệm", "Phó Chủ nhiệm", "Tổng Thư ký", "Thủ trưởng", "Cục trưởng",
      "Vụ trưởng", "Hiệu trưởng", "Tổng Biên tập", "Đồng chí", "Đ/c", "ông", "bà", "Đại tá", "Thượng tá",
      "Trung tá", "Thiếu tá", "Đại úy", "Thiếu tướng", "Trung tướng", "Thượng tướng", "Đại tướng", "Chánh",
      "Phó Bí thư Thường trực", "Bí thư Thường trực", "Hội thẩm", 
      "Đại biểu", "Phó Tư lệnh", "Chính trị viên", "Đồn trưởng", "Thủ tướng",
      "Phó Thủ tướng", "Tổng Bí thư", "Chủ tịch nước", "UVTV", "TUV", "HUV"};
  t.name_stops = {"Hội nghị", "Hội thảo", "Hội viên", "Hội trường", "Hội đàm", "Hội thi", "Hội diễn", "Hội chợ",
                  "Lễ", "Chương trình", "Quy chế", "Kế hoạch", "Nghị quyết", "Chỉ thị", "Quyết định", "Đại hội",
                  "Ảnh", "Theo", "Tại", "Ngày", "Sáng", "Chiều", "Tối", "Trong", "Đây", "Thực hiện", "Sau", "Dự",
                  "Tham dự", "Đến dự", "Thông qua", "Nhằm", "Với", "Cùng", "Hai", "Các", "Những", "Năm", "Tháng",
                  "Điều", "Luật", "Bộ luật", "Tin", "Nguồn", "Video", "Clip", "Lượt", "Chủ nghĩa",
                  "Cách mạng", "Nhân dịp", "Đồng thời", "Vì", "Lãnh đạo", "Đoàn công tác",
                  "Đoàn kiểm tra", "Đoàn giám sát", "Đoàn đại biểu các"};
  // Not "Hà", "Cao", "Thái", "Hồ", "Mai": they also start place names
  // (Hà Tĩnh, Cao Bằng, Thái Bình, Hồ Chí Minh, Mai Châu).
  t.surnames = {"Nguyễn", "Trần", "Lê",   "Phạm",  "Hoàng", "Huỳnh", "Phan", "Vũ",    "Võ",
                "Đặng",   "Bùi",  "Đỗ",   "Ngô",   "Dương", "Lý",    "Đinh", "Lương", "Trịnh",
                "Đào",    "Lưu",  "Tạ",   "Vương", "Kha",   "Chu",   "Lò",   "Quách", "Trương", "Y",
                "Tô",     "Giàng", "Đoàn", "Thào", "Hầu", "Sùng", "Mùa", "Vàng", "Ksor", "Rơ", "Siu", "Nông"};
  t.collectives = {"các tổ chức chính trị - xã hội", "các đoàn thể chính trị - xã hội", "các tổ chức chính trị xã hội",
                   "các tổ chức thành viên", "các tổ chức xã hội tôn giáo", "các cơ quan, đơn vị", "các sở, ban, ngành",
                   "các sở, ngành", "các ban, ngành, đoàn thể", "các cơ quan báo chí", "các đồn biên phòng",
                   "các tỉnh, thành ủy", "các tỉnh ủy, thành ủy", "các tỉnh, thành phố", "các địa phương",
                   "các huyện, thị xã, thành phố", "cơ quan báo chí"};
  t.abbreviations = {
      {"ubnd", "ủy ban nhân dân"}, {"hđnd", "hội đồng nhân dân"}, {"ub", "ủy ban"}, {"mttq", "mặt trận tổ quốc"},
      {"mttqvn", "mặt trận tổ quốc việt nam"}, {"ubmttq", "ủy ban mặt trận tổ quốc"},
      {"ubmttqvn", "ủy ban mặt trận tổ quốc việt nam"}, {"vksnd", "viện kiểm sát nhân dân"},
      {"vks", "viện kiểm sát"}, {"ksnd", "kiểm sát nhân dân"}, {"ksqs", "kiểm sát quân sự"},
      {"tand", "tòa án nhân dân"}, {"lđlđ", "liên đoàn lao động"}, {"hnd", "hội nông dân"},
      {"lhpn", "liên hiệp phụ nữ"}, {"hlhpn", "hội liên hiệp phụ nữ"}, {"nhcsxh", "ngân hàng chính sách xã hội"},
      {"bhxh", "bảo hiểm xã hội"}, {"bđbp", "bộ đội biên phòng"}, {"chqs", "chỉ huy quân sự"},
      {"bchqs", "bộ chỉ huy quân sự"}, {"ubkt", "ủy ban kiểm tra"}, {"catp", "công an thành phố"},
      {"tp", "thành phố"}, {"t.ư", "trung ương"}, {"tw", "trung ương"}, {"tư", "trung ương"},
      {"ccb", "cựu chiến binh"}, {"ttxvn", "thông tấn xã việt nam"}, {"ptth", "phát thanh truyền hình"},
      {"pt-th", "phát thanh truyền hình"}, {"pt&th", "phát thanh truyền hình"}, {"gd&đt", "giáo dục đào tạo"},
      {"htx", "hợp tác xã"}, {"bch", "ban chấp hành"}, {"btg", "ban tuyên giáo"}, {"bdv", "ban dân vận"},
      {"tphcm", "thành phố hồ chí minh"}, {"tp.hcm", "thành phố hồ chí minh"}, {"hcm", "hồ chí minh"},
      {"nhnn", "ngân hàng nhà nước"}, {"kbnn", "kho bạc nhà nước"}};

  // Short forms that leave out a word of the name.
  t.aliases = {{"Học viện khu vực", "Học viện Chính trị khu vực"}, {"Ban cán sự", "Ban cán sự đảng"}};

  // From DOMAIN.md's central bodies and the real pages' development split.
  t.national_heads = {"bộ", "chính phủ", "quốc hội", "ban bí thư", "thủ tướng", "văn phòng chính phủ",
                      "văn phòng quốc hội", "kiểm toán nhà nước", "thông tấn xã việt nam", "đài truyền hình việt nam",
                      "đài tiếng nói việt nam", "ngân hàng nhà nước việt nam", "quân khu", "quân chủng", "vùng cảnh sát biển",
                      "học viện chính trị quốc gia", "cục"};
  t.national_words = {"trung ương", "tối cao", "quốc gia", "việt nam", "chính phủ", "quốc hội", "quân khu", "quân chủng"};
  t.provincial_heads = {"bộ chỉ huy", "bộ đội", "bộ phận", "đoàn đại biểu quốc hội"};

  t.countables = {"hội thảo", "tọa đàm", "hội nghị", "lớp", "lớp tập huấn", "lớp bồi dưỡng",
                  "điểm sáng", "tập thể", "cá nhân", "mô hình", "tin", "bài", "tin, bài", "đợt",
                  "cuộc", "buổi", "văn bản", "đảng viên", "cán bộ", "học viên", "lượt",
                  "tác phẩm", "chuyên đề", "đoàn", "đoàn viên", "hội viên", "đoàn công tác", "cử tri", "cuộc thi", "phóng sự", "ấn phẩm", "tài liệu",
                  "báo cáo viên", "công trình", "đề tài", "sáng kiến", "điển hình", "gia đình",
                  "hộ", "cuộc kiểm tra", "cuộc giám sát", "chương trình", "kế hoạch", "hoạt động"};
  return t;
}

}  // namespace coordreport
