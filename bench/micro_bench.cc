// Google Benchmark micro-benchmarks: throughput (bytes/s) of the loader,
// the normalizer and each extractor on generated articles. These are
// measurements, not tests: CI only runs them briefly as a smoke test.
#include <benchmark/benchmark.h>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <sstream>
#include <string>
#include <vector>

#include "aggregate/aggregate.h"
#include "aggregate/key_set.h"
#include "extract/agencies.h"
#include "extract/counts.h"
#include "extract/dates.h"
#include "extract/documents.h"
#include "extract/extract.h"
#include "extract/periods.h"
#include "extract/programs.h"
#include "load/json_line.h"
#include "load/loader.h"
#include "normalize/boilerplate.h"
#include "normalize/text.h"

namespace coordreport {
namespace {

// `n` generated articles as JSONL (the generator binary sits beside us).
std::string Generate(int n) {
  std::string out;
  FILE* p = popen(("./coordreport_generate " + std::to_string(n) + " 7").c_str(), "r");
  char buf[1 << 16];
  for (size_t got; p && (got = fread(buf, 1, sizeof buf, p)) > 0;) out.append(buf, got);
  if (p) pclose(p);
  return out;
}

const std::string& Corpus() {
  static const std::string corpus = Generate(200);
  return corpus;
}

const std::vector<Record>& Records() {
  static const std::vector<Record> records = [] {
    std::vector<Record> v;
    std::istringstream in(Corpus());
    LoadStats stats;
    LoadStream(in, "bench.jsonl", [&](Record&& r) { v.push_back(std::move(r)); }, [](const Diagnostic&) {}, stats);
    return v;
  }();
  return records;
}

int64_t TextBytes() {
  int64_t n = 0;
  for (const Record& r : Records()) n += static_cast<int64_t>(r.text.size());
  return n;
}

void BM_LoadJsonLines(benchmark::State& state) {
  for (auto _ : state) {
    std::istringstream in(Corpus());
    LoadStats stats;
    LoadStream(in, "bench.jsonl", [](Record&& r) { benchmark::DoNotOptimize(r.text.data()); },
               [](const Diagnostic&) {}, stats);
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(Corpus().size()));
}
BENCHMARK(BM_LoadJsonLines);

// The JSONL fast path alone, line by line; BM_NlohmannParse is what it
// replaces on the same lines.
std::vector<std::string> CorpusLines() {
  std::vector<std::string> lines;
  std::istringstream in(Corpus());
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

void BM_ParseFlatJsonObject(benchmark::State& state) {
  const std::vector<std::string> lines = CorpusLines();
  for (auto _ : state)
    for (const std::string& line : lines) {
      nlohmann::json tree;
      benchmark::DoNotOptimize(ParseFlatJsonObject(line, &tree));
    }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(Corpus().size()));
}
BENCHMARK(BM_ParseFlatJsonObject);

void BM_NlohmannParse(benchmark::State& state) {
  const std::vector<std::string> lines = CorpusLines();
  for (auto _ : state)
    for (const std::string& line : lines) benchmark::DoNotOptimize(nlohmann::json::parse(line).size());
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(Corpus().size()));
}
BENCHMARK(BM_NlohmannParse);

void BM_NormalizeText(benchmark::State& state) {
  for (auto _ : state)
    for (const Record& r : Records()) benchmark::DoNotOptimize(NormalizeText(r.text));
  state.SetBytesProcessed(state.iterations() * TextBytes());
}
BENCHMARK(BM_NormalizeText);

void BM_MatchKey(benchmark::State& state) {
  for (auto _ : state)
    for (const Record& r : Records()) benchmark::DoNotOptimize(MatchKey(r.text));
  state.SetBytesProcessed(state.iterations() * TextBytes());
}
BENCHMARK(BM_MatchKey);

void BM_StripBoilerplateAndPrepare(benchmark::State& state) {
  std::vector<std::string> normalized;
  for (const Record& r : Records()) normalized.push_back(NormalizeText(r.text));
  SentenceSplitter splitter;
  for (auto _ : state)
    for (const std::string& text : normalized) {
      CleanText c = StripBoilerplate(text);
      benchmark::DoNotOptimize(PrepareText(c.headline, c.body, splitter).key.data());
    }
  state.SetBytesProcessed(state.iterations() * TextBytes());
}
BENCHMARK(BM_StripBoilerplateAndPrepare);

void BM_NormalizeTextWithIcu(benchmark::State& state) {
  for (auto _ : state)
    for (const Record& r : Records()) benchmark::DoNotOptimize(internal::NormalizeTextWithIcu(r.text));
  state.SetBytesProcessed(state.iterations() * TextBytes());
}
BENCHMARK(BM_NormalizeTextWithIcu);

// Prepared texts for the per-fact extractors.
struct Prepared {
  SentenceSplitter splitter;
  std::vector<ArticleText> texts;
  int64_t bytes = 0;
  Prepared() {
    for (const Record& r : Records()) {
      CleanText c = StripBoilerplate(NormalizeText(r.text));
      texts.push_back(PrepareText(c.headline, c.body, splitter));
      bytes += static_cast<int64_t>(texts.back().text.size());
    }
  }
};

Prepared& Texts() {
  static Prepared p;
  return p;
}

// The built-in tables, built once for every benchmark (extractors and
// lexicons keep a reference to them).
const DomainTables& Tables() {
  static const DomainTables tables = BuiltinTables();
  return tables;
}

const Lexicon& TheLexicon() {
  static const Lexicon lexicon(Tables());
  return lexicon;
}

void BM_FindDocuments(benchmark::State& state) {
  for (auto _ : state)
    for (const ArticleText& a : Texts().texts) benchmark::DoNotOptimize(FindDocuments(a, TheLexicon()));
  state.SetBytesProcessed(state.iterations() * Texts().bytes);
}
BENCHMARK(BM_FindDocuments);

void BM_FindAgencies(benchmark::State& state) {
  for (auto _ : state)
    for (const ArticleText& a : Texts().texts) benchmark::DoNotOptimize(FindAgencies(a, TheLexicon(), {}));
  state.SetBytesProcessed(state.iterations() * Texts().bytes);
}
BENCHMARK(BM_FindAgencies);

void BM_FindDatesAndPeriods(benchmark::State& state) {
  for (auto _ : state)
    for (const ArticleText& a : Texts().texts) {
      benchmark::DoNotOptimize(FindDates(a.key));
      benchmark::DoNotOptimize(FindPeriods(a.key));
    }
  state.SetBytesProcessed(state.iterations() * Texts().bytes);
}
BENCHMARK(BM_FindDatesAndPeriods);

void BM_FindPrograms(benchmark::State& state) {
  struct Facts {
    DocumentFindings docs;
    AgencyFindings agencies;
    std::vector<DateMention> dates;
    std::vector<PeriodMention> periods;
  };
  std::vector<Facts> facts;
  for (const ArticleText& a : Texts().texts) {
    DocumentFindings docs = FindDocuments(a, TheLexicon());
    AgencyFindings agencies = FindAgencies(a, TheLexicon(), docs.citation_spans);
    facts.push_back({std::move(docs), std::move(agencies), FindDates(a.key), FindPeriods(a.key)});
  }
  for (auto _ : state)
    for (size_t i = 0; i < facts.size(); ++i) {
      const Facts& f = facts[i];
      benchmark::DoNotOptimize(FindPrograms({Texts().texts[i], TheLexicon(), f.agencies.spans, f.docs.references,
                                             f.dates, f.periods, f.docs.citation_spans, ""}));
    }
  state.SetBytesProcessed(state.iterations() * Texts().bytes);
}
BENCHMARK(BM_FindPrograms);

void BM_FindCounts(benchmark::State& state) {
  for (auto _ : state)
    for (const ArticleText& a : Texts().texts) benchmark::DoNotOptimize(FindCounts(a, TheLexicon()));
  state.SetBytesProcessed(state.iterations() * Texts().bytes);
}
BENCHMARK(BM_FindCounts);

void BM_ExtractArticle(benchmark::State& state) {
  Extractor extractor(Tables());
  for (auto _ : state)
    for (Record r : Records()) {
      extractor.Extract(r);
      benchmark::DoNotOptimize(r.programs.data());
    }
  state.SetBytesProcessed(state.iterations() * TextBytes());
}
BENCHMARK(BM_ExtractArticle);

// Folding extracted articles into the report's state, which a run does on
// its reading thread. 5,000 articles, so that the tables of programs,
// agencies and documents are as large as a provincial archive makes them.
void BM_AggregatorAdd(benchmark::State& state) {
  static const std::vector<Record> extracted = [] {
    std::vector<Record> v;
    std::istringstream in(Generate(5000));
    LoadStats stats;
    Extractor extractor(Tables());
    LoadStream(in, "bench.jsonl", [&](Record&& r) { extractor.Extract(r), v.push_back(std::move(r)); },
               [](const Diagnostic&) {}, stats);
    return v;
  }();
  for (auto _ : state) {
    Aggregator aggregator;
    aggregator.TallyByMonth();
    for (const Record& r : extracted) aggregator.Add(r);
    benchmark::DoNotOptimize(aggregator.records());
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(extracted.size()));
}
BENCHMARK(BM_AggregatorAdd)->Unit(benchmark::kMillisecond);

// The duplicate keys of a million articles (three a record), mostly new:
// what a national run pays for dropping repeats.
void BM_KeySetInsert(benchmark::State& state) {
  for (auto _ : state) {
    KeySet set;
    uint64_t k = 0x9e3779b97f4a7c15ull;
    for (int i = 0; i < 3000000; ++i) benchmark::DoNotOptimize(set.Insert(k = k * 6364136223846793005ull + 1));
  }
  state.SetItemsProcessed(state.iterations() * 3000000);
}
BENCHMARK(BM_KeySetInsert)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace coordreport

BENCHMARK_MAIN();
