"""Hostile input, each case mixed with good records: the exit code, the
file:line of the problem on stderr, every good record in the outputs, and
every output valid (each XML part of the .xlsx through xmllint, openpyxl
loads it, the .md is UTF-8, JSON logs parse). LibreOffice converts the
workbooks of the cases that reach the XML with hostile text.

Each case says what it proves; docs/hostile-input.md lists them."""
import glob
import json
import os
import subprocess
import unittest
import zipfile

import openpyxl

from harness import TempDirTest, jsonl, run

TEXT = "Sáng 19/11/2024, Ban Dân vận Tỉnh ủy và Hội Nông dân tỉnh ký kết chương trình phối hợp năm 2025."
GOOD = [{"id": f"good-{i}", "published": "2024-11-20", "url": f"https://example.vn/{i}.html",
         "text": TEXT.replace("Hội Nông dân", name)}
        for i, name in enumerate(["Hội Nông dân", "Tỉnh đoàn", "Hội Cựu chiến binh"], 1)]
GOOD_IDS = {r["id"] for r in GOOD}
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"


class Hostile(TempDirTest):
    """Helpers: write a case, run it, check what every case must hold."""

    def report(self, *inputs, args=(), exit_code=1, log=(), good=GOOD_IDS, json_log=False, office=False):
        out = self.path("out")
        extra = ["--log-format", "json"] if json_log else []
        result = subprocess.run([os.environ.get("COORDREPORT_BIN", "build/coordreport"), "report", *inputs,
                                 "--period", "2024-Q4", "-o", out, *extra, *args],
                                capture_output=True, timeout=300)
        stderr = result.stderr.decode("utf-8")  # diagnostics are UTF-8 whatever the input was
        self.assertEqual(result.returncode, exit_code, stderr)
        for needle in log:
            self.assertIn(needle, stderr)
        if json_log:
            for line in stderr.splitlines():
                json.loads(line)
        if exit_code in (0, 1):
            self.check_outputs(out, good, office)
        return stderr

    def check_outputs(self, out, good, office):
        xlsx = glob.glob(os.path.join(out, "*.xlsx"))
        self.assertEqual(len(xlsx), 1, os.listdir(out))
        with zipfile.ZipFile(xlsx[0]) as z:
            self.assertIsNone(z.testzip())
            for name in z.namelist():
                if name.endswith((".xml", ".rels")):
                    lint = subprocess.run(["xmllint", "--noout", "-"], input=z.read(name), capture_output=True)
                    self.assertEqual(lint.returncode, 0, f"{name}: {lint.stderr.decode(errors='replace')}")
        wb = openpyxl.load_workbook(xlsx[0])
        ids = {row[6].value for row in wb["Nguồn"].iter_rows(min_row=2)}
        self.assertTrue(good <= ids, (good, ids))
        for md in glob.glob(os.path.join(out, "*.md")):
            with open(md, "rb") as f:
                f.read().decode("utf-8")
        if office:
            profile = "file://" + self.path("lo-profile")
            convert = subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to",
                                      CSV_FILTER, "--outdir", self.path("csv"), xlsx[0]],
                                     capture_output=True, text=True, timeout=300)
            self.assertEqual(convert.returncode, 0, convert.stderr)
            self.assertEqual(len(glob.glob(self.path("csv", "*.csv"))), 8)
        return wb

    def records(self, *bad, name="news.jsonl"):
        """GOOD around the bad records (raw JSONL lines or dicts)."""
        lines = [json.dumps(GOOD[0], ensure_ascii=False) + "\n"]
        for b in bad:
            lines.append(b if isinstance(b, str) else json.dumps(b, ensure_ascii=False) + "\n")
        lines += [json.dumps(r, ensure_ascii=False) + "\n" for r in GOOD[1:]]
        return self.write(name, "".join(lines).encode("utf-8"), "wb")


BAD_TEXT = TEXT.replace("Hội Nông dân", "Sở Nội vụ")


def bad(**fields):
    record = {"id": "bad", "published": "2024-11-21", "text": BAD_TEXT}
    record.update(fields)
    return record


class Strings(Hostile):
    """Every route by which text reaches the workbook's XML."""

    def test_invalid_utf8_quoted_from_a_rejected_line(self):
        """A rejected line's message quotes its bytes: they reach the Warnings sheet and stderr valid."""
        path = self.write("news.jsonl", jsonl(GOOD[:1]).encode() + b'{"id": "x\xff\xfe", oops\n' +
                          jsonl(GOOD[1:]).encode(), "wb")
        self.report(path, log=[f"{path}:2: error"])

    def test_published_cut_inside_a_character(self):
        """'２０２４-11-21' (full-width digits): rejected as a date, the record kept, no broken byte written."""
        self.report(self.records(bad(published="２０２４-11-21")), log=["news.jsonl:2"], good=GOOD_IDS | {"bad"})

    def test_txt_file_name_not_utf8(self):
        """A .txt whose name is not UTF-8: read, its id shown safely."""
        os.makedirs(self.path("in"), exist_ok=True)
        with open(os.path.join(self.path("in").encode(), b"bai-\xff\xfe.txt"), "w", encoding="utf-8") as f:
            f.write(TEXT.replace("Hội Nông dân", "Sở Tư pháp") + "\n")
        self.write("in/news.jsonl", jsonl(GOOD))
        self.report(self.path("in"), exit_code=0, good=GOOD_IDS | {"bai-\ufffd\ufffd"})

    def test_noncharacters_and_controls_in_text(self):
        """U+FFFE, U+FFFF and C0 controls in a title and the text become replacement characters."""
        self.report(self.records(bad(title="Tiêu đề \ufffe\uffff \x01\x02\x1f", text=BAD_TEXT + " \x0b\x0c")),
                    exit_code=0, good=GOOD_IDS | {"bad"}, office=True)

    def test_controls_in_url_id_and_agency_names(self):
        """Control characters in attributes: the URL, link text from the id, a table header from a party name."""
        self.report(self.records(bad(id="bad\x01id", url="https://example.vn/a\x02b\nc.html",
                                     text=BAD_TEXT.replace("Sở Nội vụ", "Sở Nội\x03vụ"))),
                    exit_code=0, good=GOOD_IDS | {"bad\ufffdid"}, office=True)

    def test_literal_escape_in_a_title(self):
        """A title holding '_x000D_' shows as written, not as a carriage return."""
        self.report(self.records(bad(title="Báo cáo_x000D_ quý")), exit_code=0, good=GOOD_IDS | {"bad"})
        wb = openpyxl.load_workbook(glob.glob(self.path("out", "*.xlsx"))[0])
        titles = [row[1].value for row in wb["Nguồn"].iter_rows(min_row=2)]
        self.assertIn("Báo cáo_x000D_ quý", titles)

    def test_cell_over_the_limit_in_utf16_units(self):
        """A title of 20,000 emoji (40,000 UTF-16 units) is cut to Excel's 32,767 units, visibly."""
        self.report(self.records(bad(title="\U0001F600" * 20000)), exit_code=0, good=GOOD_IDS | {"bad"})
        wb = openpyxl.load_workbook(glob.glob(self.path("out", "*.xlsx"))[0])
        title = [row[1].value for row in wb["Nguồn"].iter_rows(min_row=2) if row[6].value == "bad"][0]
        self.assertLessEqual(len(title.encode("utf-16-le")) // 2, 32767)

    def test_author_and_company_with_controls(self):
        """Document properties from the config: controls and over-long values are cleaned."""
        config = self.write("config.json", json.dumps({"author": "Văn\x01phòng " * 100, "company": "Tỉnh\x02ủy"}))
        self.report(self.records(), args=["--config", config], exit_code=0)

    def test_agency_name_over_255_characters(self):
        """A party name over 255 characters heads a matrix column: the header is cut, the run goes on."""
        long_name = "Ban " + "Dân vận " * 60 + "Tỉnh ủy"
        self.report(self.records(bad(text=BAD_TEXT.replace("Ban Dân vận Tỉnh ủy", long_name))), exit_code=0,
                    good=GOOD_IDS | {"bad"})


class Writes(Hostile):
    def test_file_size_limit_keeps_the_last_report(self):
        """With writes failing (ulimit -f), the run exits 3 and the previous workbook is untouched."""
        big = self.write("big.jsonl", jsonl([dict(GOOD[0], id=f"g{i}", text=TEXT * 40) for i in range(3000)]))
        first = run("report", big, "--period", "2024-Q4", "-o", self.path("out"))
        self.assertEqual(first.returncode, 0, first.stderr)
        xlsx = glob.glob(self.path("out", "*.xlsx"))[0]
        with open(xlsx, "rb") as f:
            before = f.read()
        limited = subprocess.run(["bash", "-c", f"trap '' XFSZ; ulimit -f 256; exec \"$0\" \"$@\"",
                                  os.environ.get("COORDREPORT_BIN", "build/coordreport"), "report", big,
                                  "--period", "2024-Q4", "-o", self.path("out")], capture_output=True, text=True)
        self.assertEqual(limited.returncode, 3, limited.stderr)
        self.assertIn("incompletely", limited.stderr)
        with open(xlsx, "rb") as f:
            self.assertEqual(f.read(), before)


if __name__ == "__main__":
    unittest.main()
