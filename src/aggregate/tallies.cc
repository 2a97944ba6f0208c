#include "aggregate/tallies.h"

#include <algorithm>

namespace coordreport {

void Tallies::Entry::Fold(uint8_t from, uint8_t to, const Tally& t) {
  first = std::min(first, from);
  last = std::max(last, to);
  tally.articles += t.articles;
  tally.programs += t.programs;
  tally.amount += t.amount;
}

void Tallies::Add(Bucket b, int32_t articles, int64_t amount, int32_t programs) {
  const auto offset = static_cast<uint8_t>(b.day - b.key);
  const Tally t{articles, programs, amount};
  auto sorted_end = entries_.begin() + static_cast<std::ptrdiff_t>(compacted_);
  auto it = std::lower_bound(entries_.begin(), sorted_end, b.key, [](const Entry& x, Day d) { return x.key < d; });
  if (it != sorted_end && it->key == b.key) {
    it->Fold(offset, offset, t);
    return;
  }
  GrowByQuarter(entries_);
  entries_.push_back({static_cast<int32_t>(b.key), offset, offset, t});
  // Compact at +50%: the vector stays within 1.5x its distinct buckets.
  if (entries_.size() > compacted_ + compacted_ / 2 + 32) Compact();
}

void Tallies::Compact() {
  std::sort(entries_.begin(), entries_.end(), [](const Entry& a, const Entry& b) { return a.key < b.key; });
  size_t out = 0;
  for (size_t i = 0; i < entries_.size(); ++i) {
    const Entry& e = entries_[i];
    if (out > 0 && entries_[out - 1].key == e.key) entries_[out - 1].Fold(e.first, e.last, e.tally);
    else entries_[out++] = e;
  }
  entries_.resize(out);
  entries_.shrink_to_fit();
  compacted_ = out;
}

void Tallies::Merge(const Tallies& other) {
  entries_.insert(entries_.end(), other.entries_.begin(), other.entries_.end());
  Compact();
}

Tally Tallies::SumWithin(Day first, Day last) const {
  Tally t;
  for (auto it = Lower(first); it != entries_.end() && it->key <= last; ++it) {
    t.articles += it->tally.articles;
    t.programs += it->tally.programs;
    t.amount += it->tally.amount;
  }
  return t;
}

bool Tallies::Bounds(Day first, Day last, Day* lo, Day* hi) const {
  auto b = Lower(first);
  if (b == entries_.end() || b->key > last) return false;
  auto e = std::upper_bound(entries_.begin(), entries_.end(), last, [](Day d, const Entry& x) { return d < x.key; });
  *lo = b->key + b->first;
  *hi = std::prev(e)->key + std::prev(e)->last;
  return true;
}

std::vector<Tallies::Entry>::const_iterator Tallies::Lower(Day first) const {
  return std::lower_bound(entries_.begin(), entries_.end(), first, [](const Entry& x, Day d) { return x.key < d; });
}

void DaySet::Add(Bucket b) {
  // Buckets already in the sorted part cost nothing more (see Tallies).
  if (std::binary_search(days_.begin(), days_.begin() + static_cast<std::ptrdiff_t>(compacted_), b.key)) return;
  GrowByQuarter(days_);
  days_.push_back(static_cast<int32_t>(b.key));
  if (days_.size() > compacted_ + compacted_ / 2 + 16) Compact();
}

void DaySet::Compact() {
  std::sort(days_.begin(), days_.end());
  days_.erase(std::unique(days_.begin(), days_.end()), days_.end());
  days_.shrink_to_fit();
  compacted_ = days_.size();
}

void DaySet::Merge(const DaySet& other) {
  days_.insert(days_.end(), other.days_.begin(), other.days_.end());
  Compact();
}

bool DaySet::AnyWithin(Day first, Day last) const {
  auto it = std::lower_bound(days_.begin(), days_.end(), first);
  return it != days_.end() && *it <= last;
}

uint32_t NameTable::Index(const std::string& name) {
  auto [it, inserted] = index_.emplace(name, static_cast<uint32_t>(names_.size()));
  if (inserted) names_.push_back(name);
  return it->second;
}

}  // namespace coordreport
