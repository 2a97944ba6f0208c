// Deterministic generator of realistic synthetic articles for benchmarks:
// JSONL on stdout, N articles of ~7 KB each (a coordination event with
// agencies, programs, cited documents, dates and counts, plus site
// boilerplate and a "Tin cùng chuyên mục" list), the same bytes for the
// same N and seed.  Usage: coordreport_generate N [SEED] > corpus.jsonl
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace {

const std::vector<std::string> kProvinces = {"Nghệ An", "Hà Tĩnh", "Thanh Hóa", "Quảng Bình", "Quảng Trị",
                                             "Bình Định", "Gia Lai", "Đắk Lắk", "Lào Cai", "Hà Giang", "Cà Mau",
                                             "An Giang", "Sóc Trăng", "Phú Thọ", "Ninh Bình", "Bắc Giang"};
const std::vector<std::string> kAgencies = {
    "Ban Tuyên giáo Tỉnh ủy", "Ban Dân vận Tỉnh ủy", "Ban Tổ chức Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy",
    "Trường Chính trị tỉnh", "Ủy ban MTTQ Việt Nam tỉnh", "Hội Nông dân tỉnh", "Hội Liên hiệp Phụ nữ tỉnh",
    "Tỉnh đoàn", "Liên đoàn Lao động tỉnh", "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Sở Nội vụ",
    "Sở Giáo dục và Đào tạo", "Đảng ủy Khối Các cơ quan tỉnh", "Hội Cựu chiến binh tỉnh", "Thanh tra tỉnh",
    "Ban cán sự đảng UBND tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "Đài Phát thanh và Truyền hình tỉnh"};
const std::vector<std::string> kInstruments = {"chương trình phối hợp", "quy chế phối hợp", "kế hoạch phối hợp",
                                               "thỏa thuận hợp tác", "chương trình liên tịch"};
const std::vector<std::string> kActions = {"ký kết", "sơ kết", "tổng kết", "đánh giá", "triển khai"};
const std::vector<std::pair<std::string, std::string>> kTypes = {
    {"Nghị quyết", "NQ"}, {"Chỉ thị", "CT"}, {"Kết luận", "KL"}, {"Quy định", "QĐ"}, {"Đề án", "ĐA"}};
const std::vector<std::string> kIssuers = {"Bộ Chính trị", "Ban Bí thư", "Ban Chấp hành Trung ương",
                                           "Ban Thường vụ Tỉnh ủy"};
const std::vector<std::string> kFiller = {
    "Hai bên thường xuyên trao đổi thông tin, phối hợp chặt chẽ trong công tác tuyên truyền, giáo dục chính trị tư "
    "tưởng cho cán bộ, đảng viên và Nhân dân trên địa bàn tỉnh.",
    "Công tác phối hợp góp phần nâng cao chất lượng, hiệu quả hoạt động của mỗi cơ quan, đáp ứng yêu cầu, nhiệm vụ "
    "trong tình hình mới, nhất là trong việc nắm bắt dư luận xã hội và định hướng thông tin.",
    "Bên cạnh kết quả đạt được, công tác phối hợp vẫn còn một số hạn chế như nội dung phối hợp có lúc chưa cụ thể, "
    "việc trao đổi thông tin chưa thường xuyên, chế độ báo cáo, sơ kết chưa kịp thời.",
    "Phát biểu kết luận hội nghị, đồng chí lãnh đạo đề nghị hai bên tiếp tục đổi mới nội dung, phương thức phối "
    "hợp, lựa chọn những việc trọng tâm, trọng điểm để tập trung thực hiện, tạo chuyển biến rõ nét.",
    "Các đại biểu tham dự hội nghị đã thảo luận, đóng góp nhiều ý kiến tâm huyết, trách nhiệm, đề xuất giải pháp "
    "nâng cao hiệu quả phối hợp trong thời gian tới, bảo đảm thiết thực, hiệu quả."};

class Generator {
 public:
  explicit Generator(uint64_t seed) : rng_(seed) {}

  int Int(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }
  template <typename T>
  const T& Pick(const std::vector<T>& v) { return v[static_cast<size_t>(Int(0, static_cast<int>(v.size()) - 1))]; }

  std::string Document() {
    const auto& [type, code] = Pick(kTypes);
    int n = Int(1, 150);
    char number[32];
    std::snprintf(number, sizeof number, "%02d", n);
    return type + " số " + number + "-" + code + "/" + (code == "ĐA" ? "TU" : "TW") + " ngày " +
           std::to_string(Int(1, 28)) + "/" + std::to_string(Int(1, 12)) + "/" + std::to_string(Int(2014, 2023)) +
           " của " + Pick(kIssuers);
  }

  nlohmann::json Article(long i) {
    const std::string province = Pick(kProvinces);
    std::string a = Pick(kAgencies), b = Pick(kAgencies);
    while (b == a) b = Pick(kAgencies);
    const std::string instrument = Pick(kInstruments), action = Pick(kActions);
    const int year = Int(2022, 2025), month = Int(1, 12), day = Int(1, 28), from = year - Int(0, 2);
    const std::string date = std::to_string(day) + "/" + std::to_string(month) + "/" + std::to_string(year);
    std::string title = action.substr(0, 1) == "k" ? "Ký kết " : "Sơ kết ";
    title += instrument + " giữa " + a + " và " + b;
    std::string text = "Banner Cổng thông tin " + province + " (Home-latest-1)\n\n" + title + "\n\n";
    text += "Sáng " + date + ", " + a + " và " + b + " " + province + " tổ chức hội nghị " + action + " " + instrument +
            " giai đoạn " + std::to_string(from) + " - " + std::to_string(from + 3) + ".\n\n";
    text += "Dự hội nghị có lãnh đạo " + a + ", " + b + " và đại diện các sở, ban, ngành của tỉnh. Ảnh: P.V\n\n";
    text += "Thời gian qua, hai bên đã phối hợp tổ chức " + std::to_string(Int(2, 40)) + " hội nghị, " +
            std::to_string(Int(5, 300)) + " tin, bài và " + std::to_string(Int(1, 30)) +
            " mô hình điểm, bám sát " + Document() + " và " + Document() + ".\n\n";
    while (text.size() < 5200) text += Pick(kFiller) + " " + Pick(kFiller) + "\n\n";
    text += "Hai bên thống nhất tiếp tục thực hiện " + instrument + " năm " + std::to_string(year + 1) +
            " và triển khai " + Document() + ".\n\nP.V\n\nTin cùng chuyên mục\n\n";
    for (int k = 0; k < 6; ++k) {
      std::string headline = "Hội nghị quán triệt " + Document();
      text += headline + "\n\n" + headline + "\n\n";
    }
    char url[96];
    std::snprintf(url, sizeof url, "https://example.org/bai-viet/%ld", i);
    char published[16];
    std::snprintf(published, sizeof published, "%04d-%02d-%02d", year, month, day);
    return {{"id", "gen-" + std::to_string(i)}, {"url", url}, {"site", "example.org"},
            {"published", published}, {"title", title}, {"text", text}};
  }

 private:
  std::mt19937_64 rng_;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s N [SEED] > corpus.jsonl\n", argv[0]);
    return 2;
  }
  const long n = std::atol(argv[1]);
  Generator g(argc > 2 ? std::strtoull(argv[2], nullptr, 10) : 42);
  for (long i = 0; i < n; ++i) {
    std::string line = g.Article(i).dump();
    line += '\n';
    std::fwrite(line.data(), 1, line.size(), stdout);
  }
  return 0;
}
