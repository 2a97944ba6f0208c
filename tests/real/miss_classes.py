#!/usr/bin/python3
"""Gold facts of the real corpus by miss class, and how many two runs miss.

Classes are those of issue 15, decided from the gold and the page text
alone (first that applies), so both runs are counted on the same facts:

  agencies (parties and other agencies of the gold):
    collective  a group named as one party: "các tổ chức ...", "12 cơ quan ..."
    list        a name the text never writes whole: a list shares its head
                or place ("Ban Tuyên giáo, Ban Dân vận Tỉnh ủy"), or the
                annotator rebuilt it
    outside     a body the first gazetteer had no head for (universities,
                units, ministries, branches, centres, ...) or an abbreviation
    place       a name ending in a district, commune or dashed place
    plain       the rest: names of the kinds the first extractor knew
  pairs: the class of the harder party, or "no noun phrase" when the gold
    entry's instrument is none of the three common nouns
  event dates: "no published" when the manifest gives no date
  document references: one class, "numbers" (issuers with digits, cut
    references, unheaded lists)

Usage:
  coordreport eval GOLD RUN_A -v --corrections C > a.txt  (and the same for b)
  miss_classes.py GOLD --except tests/real/locked.txt a.txt b.txt
"""
import argparse
import itertools
import json
import os
import re
import sys
import unicodedata

# Heads the first extractor's tables knew (its bodies, generic heads and
# aliases), lower case.
OLD_HEADS = [
    "ban", "ủy ban", "văn phòng", "trường chính trị", "trung tâm chính trị", "đảng ủy", "thường trực",
    "chi bộ", "đảng đoàn", "hội nông dân", "hội liên hiệp phụ nữ", "hội cựu chiến binh", "hội nhà báo",
    "hội chữ thập đỏ", "hội luật gia", "liên hiệp các hội", "đoàn thanh niên", "liên đoàn lao động",
    "tỉnh đoàn", "thành đoàn", "huyện đoàn", "công an", "bộ chỉ huy", "thanh tra", "ngân hàng",
    "hội", "tòa án", "viện kiểm sát", "ubnd", "hđnd", "sở", "đài", "báo", "học viện", "tỉnh ủy",
    "thành ủy", "huyện ủy", "thị ủy", "quận ủy", "quân khu", "đồn biên phòng", "trung tâm", "viện",
    "trường", "liên đoàn", "liên hiệp", "chi cục", "cục", "bảo hiểm xã hội", "kho bạc nhà nước", "quỹ",
    "mặt trận", "ủy ban nhân dân", "hội đồng nhân dân"]
COMMON_INSTRUMENTS = {"chương trình phối hợp", "quy chế phối hợp", "kế hoạch phối hợp"}
LOCAL_LEVELS = r"(huyện|xã|phường|quận|thị xã|thị trấn|thị ủy|huyện ủy|quận ủy|đặc khu)"


def fold(s):
    s = unicodedata.normalize("NFC", s).casefold().replace("–", "-").replace("—", "-")
    return re.sub(r"\s+", " ", s).strip()


def reference_key(s):
    """As the scorer compares references: no spaces, no leading zeros."""
    return re.sub(r"(?<![0-9])0+(?=[0-9])", "", fold(s).replace(" ", ""))


def agency_class(agency, text):
    name = fold(agency["name"])
    if re.match(r"^(các|\d+) ", name) or re.search(r" (các|\d+) (tỉnh|huyện|xã|phường|cơ quan|đơn vị|sở)\b", name):
        return "collective"
    if agency.get("name_reconstructed") or name not in text:
        return "list"
    abbreviation = re.search(r"\b[A-ZĐ]{2,}\b", agency["name"])
    if abbreviation or not any(name.startswith(h) for h in OLD_HEADS):
        return "outside"
    if " - " in name or re.search(LOCAL_LEVELS + r" [^\s]", name):
        return "place"
    return "plain"


ORDER = ["collective", "list", "outside", "place", "plain"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gold")
    ap.add_argument("runs", nargs="+", help="outputs of coordreport eval -v")
    ap.add_argument("--except", dest="excluded")
    args = ap.parse_args()
    excluded = set()
    if args.excluded:
        excluded = {l.strip() for l in open(args.excluded, encoding="utf-8") if l.strip()}
    root = os.path.dirname(os.path.abspath(args.gold.rstrip("/")))
    manifest = {}
    for f in os.listdir(root):
        if f.startswith("manifest-") and f.endswith(".jsonl"):
            for line in open(os.path.join(root, f), encoding="utf-8"):
                m = json.loads(line)
                manifest[os.path.basename(m["file"])[:-4]] = m

    facts = {}  # (kind, page, key) -> class
    for f in sorted(os.listdir(args.gold)):
        page = f[:-5]
        if not f.endswith(".json") or page in excluded:
            continue
        g = json.load(open(os.path.join(args.gold, f), encoding="utf-8"))
        text = fold(open(os.path.join(root, g["file"]), encoding="utf-8").read())
        classes = {}
        for a in g.get("agencies", []) + g.get("other_agencies", []):
            name = a if isinstance(a, str) else a["name"]
            a = {"name": name} if isinstance(a, str) else a
            classes[fold(name)] = agency_class(a, text)
        for a in g.get("agencies", []):
            name = a if isinstance(a, str) else a["name"]
            facts[("agencies", page, fold(name))] = classes[fold(name)]
        for entry in g.get("coordination", []):
            for x, y in itertools.combinations(entry["parties"], 2):
                worst = min((classes.get(fold(p), "plain") for p in (x, y)), key=ORDER.index)
                if worst == "plain" and (entry.get("instrument") or "") not in COMMON_INSTRUMENTS:
                    worst = "no noun phrase"
                facts[("pairs", page, frozenset((fold(x), fold(y))))] = worst
        for ref in g.get("references", []):
            facts[("documents", page, reference_key(ref))] = "numbers"
        if g.get("event_date"):
            published = (manifest.get(page) or {}).get("published")
            facts[("event dates", page, "")] = "published" if published else "no published"

    missed_by_run = []
    for run in args.runs:
        missed = set()
        for line in open(run, encoding="utf-8"):
            m = re.match(r"\s*(r\d+): (agencies|pairs|documents): missing (.*)$", line)
            if m:
                page, kind, what = m.groups()
                key = {"agencies": fold, "documents": reference_key}.get(kind, lambda w: None)(what)
                if kind == "pairs":
                    key = frozenset(fold(p) for p in what.split(" <-> "))
                missed.add((kind, page, key))
            m = re.match(r"\s*(r\d+): event date: ", line)
            if m:
                missed.add(("event dates", m.group(1), ""))
        missed_by_run.append(missed)

    print("| facts | class | gold | " + " | ".join(f"missed by {os.path.basename(r)}" for r in args.runs) + " |")
    print("| --- | --- | ---: |" + " ---: |" * len(args.runs))
    for kind in ["agencies", "pairs", "documents", "event dates"]:
        by_class = {}
        for (k, page, key), c in facts.items():
            if k == kind:
                by_class.setdefault(c, []).append((k, page, key))
        for c in sorted(by_class, key=lambda c: (ORDER + ["no noun phrase", "numbers", "published", "no published"]).index(c)):
            keys = by_class[c]
            counts = [sum(1 for k in keys if k in missed) for missed in missed_by_run]
            print(f"| {kind} | {c} | {len(keys)} | " + " | ".join(str(n) for n in counts) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
