// What the aggregator keeps per thing over time, compactly: tallies per
// day or month (Tallies), the days or months something happened in
// (DaySet), and names stored once (NameTable). A national run holds these
// for tens of thousands of programs and hundreds of agencies and
// documents, so each is a flat vector, not a map node per entry.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace coordreport {

using Day = long;  // days since 1970-01-01

// Where a day is tallied: the day itself, or the first day of its month
// when the aggregator only reports whole months (Aggregator::TallyByMonth).
// A month is then one entry instead of up to 31, and what is tallied for a
// national decade stops growing after 120 entries a thing.
struct Bucket {
  Day key;  // the first day of the bucket
  Day day;  // the day itself, inside the bucket (at most 30 days after key)
};

struct Tally {
  int32_t articles = 0;
  int32_t programs = 0;  // programs reported by those articles (documents only)
  int64_t amount = 0;    // mentions, or the counted total
};

// Tallies of one thing (an agency, a document, a counted noun) per bucket:
// a sorted part that takes known buckets in place, and a tail of new ones,
// merged in when it has grown (24 bytes per bucket). A busy document is
// cited in every bucket of a decade, and then every record lands in the
// sorted part: its memory stops growing.
class Tallies {
 public:
  void Add(Bucket b, int32_t articles, int64_t amount, int32_t programs = 0);
  void Compact();
  // Adds `other`'s tallies (another name of the same thing); compacts.
  void Merge(const Tallies& other);
  // REQUIRES: Compact() since the last Add; [first, last] starts and ends
  // on bucket boundaries.
  Tally SumWithin(Day first, Day last) const;
  // First and last day within [first, last] with something tallied; false
  // if none. REQUIRES: as SumWithin.
  bool Bounds(Day first, Day last, Day* lo, Day* hi) const;

 private:
  struct Entry {
    int32_t key;
    uint8_t first, last;  // days after key with something tallied
    Tally tally;
    void Fold(uint8_t from, uint8_t to, const Tally& t);
  };
  std::vector<Entry>::const_iterator Lower(Day first) const;
  std::vector<Entry> entries_;
  size_t compacted_ = 0;
};

// The buckets in which something happened, when only "did it happen within
// these days" is asked: 4 bytes a bucket instead of a Tally's 24. A
// program's activity days are what grows longest with a corpus (a busy
// program is mentioned on hundreds of days), so this is kept small.
class DaySet {
 public:
  void Add(Bucket b);
  void Compact();
  void Merge(const DaySet& other);  // the union; compacts
  // REQUIRES: Compact() since the last Add; [first, last] starts and ends
  // on bucket boundaries.
  bool AnyWithin(Day first, Day last) const;

 private:
  std::vector<int32_t> days_;  // bucket keys: days since 1970-01-01 fit easily
  size_t compacted_ = 0;
};

// Names stored once each, by index: actions ("ký kết", "sơ kết", …) and
// covered periods ("2021-2025", …), a handful of names that tens of
// thousands of programs each name many times.
class NameTable {
 public:
  uint32_t Index(const std::string& name);
  const std::string& Name(uint32_t i) const { return names_[i]; }
  const std::vector<std::string>& names() const { return names_; }

 private:
  std::map<std::string, uint32_t> index_;
  std::vector<std::string> names_;
};

// Grows a full vector by a quarter, not the library's doubling: tallies
// of busy things end up near their final size, and doubling the last
// step would leave up to half of them empty for the rest of the run.
template <typename T>
void GrowByQuarter(std::vector<T>& v) {
  if (v.size() == v.capacity()) v.reserve(v.size() + v.size() / 4 + 8);
}

}  // namespace coordreport
