#include "aggregate/key_set.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace coordreport {
namespace {

constexpr int kShardBits = 6;
constexpr size_t kMinRecentSlots = 256;

// MurmurHash3's finalizer: a bijection, so mixed keys are as distinct as
// the keys, and only 0 maps to 0. Callers' keys (FNV hashes) are not
// uniform in their top and bottom bits, which pick the shard and the slot.
uint64_t Mix(uint64_t k) {
  k ^= k >> 33;
  k *= 0xff51afd7ed558ccdull;
  k ^= k >> 33;
  k *= 0xc4ceb9fe1a85ec53ull;
  k ^= k >> 33;
  return k;
}

}  // namespace

KeySet::KeySet() : shards_(size_t{1} << kShardBits) {
  for (Shard& s : shards_) s.recent.assign(kMinRecentSlots, 0);
}

bool KeySet::Insert(uint64_t key) {
  if (key == 0) {
    if (has_zero_) return false;
    has_zero_ = true;
    ++size_;
    return true;
  }
  const uint64_t k = Mix(key);
  Shard& s = shards_[k >> (64 - kShardBits)];
  const size_t mask = s.recent.size() - 1;
  size_t slot = k & mask;
  for (; s.recent[slot] != 0; slot = (slot + 1) & mask)
    if (s.recent[slot] == k) return false;
  if (Contains(s, k)) return false;
  s.recent[slot] = k;
  ++size_;
  if (2 * ++s.recent_count >= s.recent.size()) Merge(s);
  return true;
}

// Mixed keys are uniform within their shard, so a key's place in the
// sorted array is close to its value's place in the shard's range (within a
// few standard deviations, at most sqrt(n)/2 each): search that window,
// and the whole array only when the key falls outside it. Against a plain
// binary search over a shard bigger than the cache, most of the misses go.
bool KeySet::Contains(const Shard& s, uint64_t k) {
  const size_t n = s.sorted.size();
  if (n == 0) return false;
  const uint64_t place = k << kShardBits;  // the key's bits below the shard's
  const auto guess = static_cast<size_t>((static_cast<unsigned __int128>(place) * n) >> 64);
  const size_t lo = guess > s.window ? guess - s.window : 0;
  const size_t hi = std::min(n, guess + s.window + 1);
  auto first = s.sorted.begin(), last = s.sorted.end();
  if ((lo == 0 || s.sorted[lo - 1] < k) && (hi == n || k < s.sorted[hi])) {
    first += static_cast<std::ptrdiff_t>(lo);
    last = s.sorted.begin() + static_cast<std::ptrdiff_t>(hi);
  }
  return std::binary_search(first, last, k);
}

void KeySet::Merge(Shard& s) {
  std::vector<uint64_t> fresh;
  fresh.reserve(s.recent_count);
  for (uint64_t k : s.recent)
    if (k != 0) fresh.push_back(k);
  std::sort(fresh.begin(), fresh.end());
  // Merged in place from the back. The array grows by an eighth when full,
  // not the library's doubling: this is most of a national run's memory.
  size_t from = s.sorted.size(), to = from + fresh.size(), next = fresh.size();
  if (to > s.sorted.capacity()) s.sorted.reserve(to + to / 8);
  s.sorted.resize(to);
  while (next > 0) {
    if (from > 0 && s.sorted[from - 1] > fresh[next - 1]) s.sorted[--to] = s.sorted[--from];
    else s.sorted[--to] = fresh[--next];
  }
  s.window = 16 + 3 * static_cast<size_t>(std::sqrt(static_cast<double>(s.sorted.size())));
  s.recent.assign(std::max(kMinRecentSlots, std::bit_ceil(s.sorted.size() / 16)), 0);
  s.recent_count = 0;
}

}  // namespace coordreport
