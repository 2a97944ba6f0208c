// The set of 64-bit keys a run has seen, at about 8 bytes a key: what
// drops repeated articles (same id, URL or text hash). It is the one part
// of a report run that grows with every article (three keys each), so it
// is kept as sorted arrays instead of a hash table. An open-addressing
// table needs slack (at most 7/8 full, half full after doubling) and holds
// the old and the new table while it doubles: 48 MB for a moment at a
// million articles, where this holds 26 MB and never more.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace coordreport {

class KeySet {
 public:
  KeySet();

  // True when `key` was not in the set yet; it is in the set after.
  bool Insert(uint64_t key);
  size_t size() const { return size_; }

 private:
  // Keys are spread over shards by their top bits. New keys wait in a
  // small hash table beside the shard's sorted array and are merged in when
  // it is half full; its size follows the shard's (a 16th), so a key is
  // copied a few dozen times over a run, and a merge copies one shard only.
  struct Shard {
    std::vector<uint64_t> sorted;
    std::vector<uint64_t> recent;  // open addressing; 0 marks an empty slot
    size_t recent_count = 0;
    size_t window = 0;  // how far a key may sit from its estimated place
  };
  static bool Contains(const Shard& shard, uint64_t key);
  static void Merge(Shard& shard);

  std::vector<Shard> shards_;
  bool has_zero_ = false;  // 0 cannot be stored: it marks empty slots
  size_t size_ = 0;
};

}  // namespace coordreport
