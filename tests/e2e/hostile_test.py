"""Hostile input, each case mixed with good records: the exit code, the
file:line of the problem on stderr, every good record in the outputs, and
every output valid (each XML part of the .xlsx through xmllint, openpyxl
loads it, the .md is UTF-8, JSON logs parse). LibreOffice converts the
workbooks of the cases that reach the XML with hostile text.

Each case says what it proves; docs/hostile-input.md lists them."""
import glob
import json
import os
import shutil
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
            self.assertEqual(len(glob.glob(self.path("csv", "*.csv"))), 9)
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


class Loading(Hostile):
    """Every input problem is named; nothing is skipped silently."""

    def test_symlink_loop_in_a_folder(self):
        """A symbolic-link loop costs itself: named, the rest of the folder read."""
        self.write("in/news.jsonl", jsonl(GOOD))
        os.symlink("b.txt", self.path("in", "a.txt"))
        os.symlink("a.txt", self.path("in", "b.txt"))
        self.report(self.path("in"), log=["a.txt: error: cannot read", "b.txt: error: cannot read"])

    def test_symlinked_folder_is_named_not_followed(self):
        """A link to a folder (here its parent: a loop) is a warning, not a silent skip or a hang."""
        self.write("in/news.jsonl", jsonl(GOOD))
        os.symlink("..", self.path("in", "up"))
        self.report(self.path("in"), exit_code=0, log=["up: warning: symbolic link to a folder not followed"])

    def test_unreadable_sub_folder_is_named(self):
        """A folder the run may not read is an error naming it (exit 1), never skipped."""
        if os.geteuid() == 0:
            self.skipTest("root reads every folder")
        self.write("in/news.jsonl", jsonl(GOOD))
        self.write("in/locked/x.txt", TEXT)
        os.chmod(self.path("in", "locked"), 0)
        try:
            self.report(self.path("in"), log=["locked: error: cannot read folder"])
        finally:
            os.chmod(self.path("in", "locked"), 0o755)

    def test_nul_inside_a_jsonl_line(self):
        """A NUL byte inside a record costs the byte, with a warning, not the record."""
        self.report(self.records('{"id": "bad", "published": "2024-11-21", "text": "' + BAD_TEXT + '\x00 tiếp"}\n'),
                    exit_code=0, log=["news.jsonl:2: warning: 1 NUL bytes removed"], good=GOOD_IDS | {"bad"})

    def test_huge_rejected_line_is_quoted_briefly(self):
        """A rejected 5 MB line is named with a short quote, not copied whole into the log."""
        stderr = self.report(self.records("{" + "x" * 5_000_000 + "\n"), log=["news.jsonl:2: error"])
        self.assertLess(max(len(line) for line in stderr.splitlines()), 3000)

    def test_same_text_under_another_title_is_a_duplicate(self):
        """The same article reposted under another headline and id counts once, with a warning."""
        self.report(self.records(dict(GOOD[0], id="repost", title="Một tiêu đề khác", url="https://b.vn/x")),
                    exit_code=0, log=['duplicate article "repost" (same text'])

    def test_json_log_for_every_line(self):
        """--log-format json: every stderr line is JSON, the problems with their file:line."""
        stderr = self.report(self.records("{oops\n"), json_log=True)
        self.assertTrue(any(json.loads(line).get("origin", "").endswith("news.jsonl:2")
                            for line in stderr.splitlines()))


class Records(Hostile):
    """Malformed and awkward records: each costs itself (or its field), named by file:line."""

    def test_truncated_last_line(self):
        """A file cut in the middle of its last record: that line is named, the rest kept."""
        path = self.write("news.jsonl", jsonl(GOOD) + '{"id": "cut", "text": "Sáng 19/11')
        self.report(path, log=["news.jsonl:4: error: malformed JSON"])

    def test_json_array_with_a_broken_element(self):
        """A .json array: a broken element costs itself, its line named."""
        body = ",\n".join([json.dumps(GOOD[0], ensure_ascii=False), '{"id": oops}'] +
                          [json.dumps(r, ensure_ascii=False) for r in GOOD[1:]])
        self.report(self.write("news.json", "[\n" + body + "\n]\n"), log=["news.json:3"])

    def test_deeply_nested_value(self):
        """100,000 nested arrays in a field: rejected, no stack overflow."""
        self.report(self.records('{"id": "deep", "published": "2024-11-21", "text": "' + BAD_TEXT + '", "extra": ' +
                                 "[" * 100000 + "]" * 100000 + "}\n"),
                    exit_code=0, log=['news.jsonl:2: warning: unknown field "extra"'], good=GOOD_IDS | {"deep"})

    def test_fields_of_the_wrong_type(self):
        """text as an array, title as an object, published as a number: named, never a crash."""
        self.report(self.records(bad(text=["a"]), bad(id="t2", title={"a": 1}), bad(id="t3", published=20241121)),
                    log=["news.jsonl:2", "news.jsonl:3", "news.jsonl:4"], good=GOOD_IDS)

    def test_number_id_and_unknown_fields(self):
        """An id given as a number is kept as text; unknown fields are warned about once per file."""
        record = dict(bad(), id=12345, extra="x")
        self.report(self.records(record, dict(bad(text=BAD_TEXT + " Hai."), id=67890, extra="y")), exit_code=0,
                    log=['unknown field "extra" ignored'], good=GOOD_IDS | {"12345", "67890"})

    def test_escaped_nul_is_kept_out_of_the_outputs(self):
        """An escaped NUL inside a title: the record kept, the workbook valid."""
        line = '{"id": "esc", "published": "2024-11-21", "title": "A\\u0000C", "text": "' + BAD_TEXT + '"}\n'
        self.report(self.records(line), exit_code=0, good=GOOD_IDS | {"esc"})

    def test_lone_surrogate_escape(self):
        """A lone surrogate escape is invalid JSON: that record is named, the others kept."""
        line = '{"id": "sur", "published": "2024-11-21", "title": "A\\ud800B", "text": "' + BAD_TEXT + '"}\n'
        self.report(self.records(line), log=["news.jsonl:2: error: malformed JSON"])

    def test_bom_crlf_and_blank_lines(self):
        """A BOM, CRLF endings and blank lines: all records read, nothing reported."""
        text = "\ufeff" + "\r\n\r\n".join(json.dumps(r, ensure_ascii=False) for r in GOOD) + "\r\n  \r\n"
        self.report(self.write("news.jsonl", text.encode("utf-8"), "wb"), exit_code=0)

    def test_utf16_file(self):
        """A UTF-16 file: its bytes are not UTF-8 and are said to be repaired; the good file is read."""
        self.write("in/good.jsonl", jsonl(GOOD))
        self.write("in/utf16.jsonl", jsonl([bad()]).encode("utf-16"), "wb")
        self.report(self.path("in"), log=["utf16.jsonl"])

    def test_very_long_id(self):
        """An id of 100,000 characters: kept, cut where a cell must be."""
        self.report(self.records(bad(id="x" * 100000)), exit_code=0, good=GOOD_IDS)

    def test_whitespace_only_text(self):
        """A record whose text is only spaces and breaks is named as empty."""
        self.report(self.records(bad(text=" \n\t \n")), log=["news.jsonl:2"])

    def test_impossible_and_far_dates(self):
        """2024-02-30, year 1800, a time zone after the date: bad dates named, the time zone read."""
        self.report(self.records(bad(published="2024-02-30"), bad(id="old", published="1800-01-01", text=BAD_TEXT + "."),
                                 bad(id="tz", published="2024-11-21T23:30:00-05:00", text=BAD_TEXT + " ..")),
                    log=["news.jsonl:2", "news.jsonl:3"], good=GOOD_IDS | {"bad", "old", "tz"})

    def test_formula_like_text_stays_text(self):
        """Names and titles that look like formulas are stored as text cells."""
        self.report(self.records(bad(title="=cmd|'/C calc'!A0", text=BAD_TEXT.replace("Sở Nội vụ", "Sở =1+1"))),
                    exit_code=0, good=GOOD_IDS | {"bad"})
        wb = openpyxl.load_workbook(glob.glob(self.path("out", "*.xlsx"))[0])
        titles = [row[1] for row in wb["Nguồn"].iter_rows(min_row=2)]
        cell = [c for c in titles if c.value == "=cmd|'/C calc'!A0"][0]
        self.assertEqual(cell.data_type, "s")

    def test_markdown_in_titles_keeps_the_memo_tables(self):
        """Pipes, brackets and HTML in a title do not break the memo's tables."""
        self.report(self.records(bad(title="| a | b | <script>x</script> [l](javascript:x)")), exit_code=0,
                    good=GOOD_IDS | {"bad"})
        with open(glob.glob(self.path("out", "*.md"))[0], encoding="utf-8") as f:
            memo = f.read()
        self.assertNotIn("<script>", memo)
        for table in memo.split("\n\n"):
            rows = [r for r in table.splitlines() if r.startswith("|")]
            if rows:
                cells = {len(r.replace("\\|", "").split("|")) for r in rows}
                self.assertEqual(len(cells), 1, table)

    def test_json_file_holding_an_object(self):
        """A .json that holds one object instead of an array is read as that one record."""
        self.write("in/good.jsonl", jsonl(GOOD))
        self.write("in/one.json", json.dumps(bad(), ensure_ascii=False))
        self.report(self.path("in"), exit_code=0, good=GOOD_IDS | {"bad"})

    def test_same_id_twice(self):
        """Two records with one id: the first counts, the second is named as a duplicate."""
        self.report(self.records(dict(GOOD[1], text=BAD_TEXT)), exit_code=0, log=['duplicate article "good-2"'])

    def test_controls_in_an_id_reach_the_log_printably(self):
        """An id holding a line break, a tab and an escape character: one log line, escapes shown."""
        odd = "a\nb\tc\x1bd"
        stderr = self.report(self.records(bad(id=odd), bad(id=odd, text=BAD_TEXT + " Lại.")), exit_code=0,
                             log=["news.jsonl:3: warning: duplicate article"], good=GOOD_IDS)
        self.assertNotIn("\x1b", stderr)
        self.assertIn("\\x1B", stderr)
        self.assertEqual(len([l for l in stderr.splitlines() if "duplicate" in l]), 1)

    def test_script_url_is_no_link(self):
        """A javascript: URL is shown as text, never made a hyperlink."""
        self.report(self.records(bad(url="javascript:alert(1)")), exit_code=0, good=GOOD_IDS | {"bad"})
        wb = openpyxl.load_workbook(glob.glob(self.path("out", "*.xlsx"))[0])
        for row in wb["Nguồn"].iter_rows(min_row=2):
            if row[6].value == "bad":
                self.assertIsNone(row[3].hyperlink)

    def test_piles_of_combining_marks(self):
        """A title of 10,000 combining marks on one letter: normalized, written, valid."""
        self.report(self.records(bad(title="a" + "\u0301" * 10000)), exit_code=0, good=GOOD_IDS | {"bad"})

    def test_article_over_the_size_limit(self):
        """A 20 MB article is cut to the limit with a warning naming it; the rest of the run goes on."""
        self.report(self.records(bad(text=BAD_TEXT + " " + "Nội dung dài. " * 1_200_000)), exit_code=0,
                    log=["news.jsonl:2: warning"], good=GOOD_IDS | {"bad"})



class Files(Hostile):
    """Files and folders that are not what they seem."""

    def test_missing_input_among_good_ones(self):
        """A path that does not exist is named; the others are read (exit 1)."""
        self.report(self.records(), self.path("nowhere.jsonl"), log=["nowhere.jsonl: error: no such file"])

    def test_folder_named_like_a_file(self):
        """A folder called news.jsonl is read as a folder."""
        self.write("news.jsonl/a.jsonl", jsonl(GOOD))
        self.report(self.path("news.jsonl"), exit_code=0)

    def test_empty_and_unknown_files_in_a_folder(self):
        """An empty .jsonl, a .pdf and a .docx beside good files: the others named as skipped, the good read."""
        self.write("in/good.jsonl", jsonl(GOOD))
        self.write("in/empty.jsonl", "")
        self.write("in/doc.pdf", b"%PDF-1.4", "wb")
        self.write("in/doc.docx", b"PK", "wb")
        self.report(self.path("in"), exit_code=0, log=["2 files of other types skipped"])

    def test_binary_garbage_named_txt(self):
        """Random bytes in a .txt: repaired with a warning, never a crash."""
        self.write("in/good.jsonl", jsonl(GOOD))
        self.write("in/garbage.txt", bytes(range(256)) * 40, "wb")
        self.report(self.path("in"), exit_code=0, log=["garbage.txt"])

    def test_broken_html(self):
        """Unclosed tags, an unclosed comment and stray entities in a page: its text read up to the break."""
        self.write("in/good.jsonl", jsonl(GOOD))
        self.write("in/page.html", "<html><body><p>" + BAD_TEXT + " &bogus; &#xZZ; <b>đậm<i>nghiêng</p><!-- unclosed")
        self.report(self.path("in"), exit_code=0, good=GOOD_IDS | {"page"})

    def test_output_folder_is_a_file(self):
        """-o naming a file: exit 3 with the reason, nothing half-written."""
        target = self.write("out", "I am a file")
        result = run("report", self.records(), "--period", "2024-Q4", "-o", target)
        self.assertEqual(result.returncode, 3, result.stderr)
        self.assertIn("out", result.stderr)
        with open(target) as f:
            self.assertEqual(f.read(), "I am a file")


class Commands(Hostile):
    """Exit codes and what is written when a run cannot do what it was asked."""

    def test_extract_strict_writes_nothing(self):
        """extract --strict -o FILE with a bad line: exit 3 and FILE keeps what it had."""
        target = self.write("out.jsonl", "before\n")
        result = run("extract", "--strict", "-o", target, self.records("{oops\n"))
        self.assertEqual(result.returncode, 3, result.stderr)
        with open(target) as f:
            self.assertEqual(f.read(), "before\n")

    def test_empty_format_list_is_a_usage_error(self):
        """--format '' asks for nothing: a usage error (2), not a silent success."""
        result = run("report", self.records(), "--period", "2024-Q4", "-o", self.path("out"), "--format", "")
        self.assertEqual(result.returncode, 2, result.stderr)

    def test_extract_to_dev_stdout(self):
        """-o /dev/stdout writes to standard output, with no temporary file beside a device."""
        result = run("extract", "-q", "-o", "/dev/stdout", self.records())
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual({json.loads(line)["id"] for line in result.stdout.splitlines()}, GOOD_IDS)

    def test_json_log_for_usage_errors(self):
        """--log-format json holds for a command line that does not parse and for usage errors."""
        for args in (["report", "x", "--perod", "1"], ["report", self.records(), "--period", "2024-Q9"]):
            result = run(*args, "--log-format", "json")
            self.assertEqual(result.returncode, 2, result.stderr)
            for line in result.stderr.splitlines():
                self.assertEqual(json.loads(line)["level"], "error")

    def test_reversed_from_to_is_a_usage_error(self):
        """--to before --from is a usage error (2), as a reversed --period is."""
        result = run("report", self.records(), "--by", "quarter", "--from", "2025-01-01", "--to", "2024-01-01",
                     "-o", self.path("out"))
        self.assertEqual(result.returncode, 2, result.stderr)

    def test_validate_reads_the_config_and_curated_dates(self):
        """validate checks --config (a broken one is 2) and a curated record's dates (named, exit 1)."""
        broken = self.write("bad.json", "{oops")
        self.assertEqual(run("validate", self.records(), "--config", broken).returncode, 2)
        curated = bad(programs=[{"instrument": "quy chế phối hợp", "parties": ["A", "B"], "signed": "2024-13-45"}])
        result = run("validate", self.records(curated))
        self.assertEqual(result.returncode, 1, result.stderr)
        self.assertIn('news.jsonl:2: error: record "bad": "programs[].signed" is not a valid ISO date', result.stderr)

    def test_curated_bad_date_in_a_report(self):
        """A curated program's impossible date is named and left out; the record still counts."""
        curated = bad(programs=[{"instrument": "quy chế phối hợp", "parties": ["Sở A", "Sở B"], "signed": "2024-13-45",
                                 "action": "ký kết", "date": "2024-11-20"}])
        self.report(self.records(curated), log=["programs[].signed"], good=GOOD_IDS | {"bad"})

    def test_unreadable_default_config(self):
        """A default config that cannot be read (here a folder) is a warning; the built-in settings apply."""
        os.makedirs(self.path("xdg", "coordreport", "config.json"))
        result = run("report", self.records(), "--period", "2024-Q4", "-o", self.path("out"),
                     env={"XDG_CONFIG_HOME": self.path("xdg")})
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("default config", result.stderr)


class Options(Hostile):
    """Bad options and configs: usage errors (2), nothing written."""

    def usage(self, *args):
        result = run("report", self.records(), "-o", self.path("out"), *args)
        self.assertEqual(result.returncode, 2, result.stderr)
        self.assertFalse(glob.glob(self.path("out", "*.xlsx")))
        return result.stderr

    def test_bad_period_and_jobs(self):
        """A period that is no period, --jobs 0, a language we do not have."""
        self.usage("--period", "2024-Q5")
        self.usage("--period", "2024-Q4", "--jobs", "0")
        self.usage("--period", "2024-Q4", "--lang", "fr")

    def test_config_unknown_key_and_bad_name(self):
        """A config with an unknown key, or a file name without {period}, is named with its JSON path."""
        unknown = self.write("a.json", json.dumps({"colour": "blue"}))
        self.assertIn("/colour", self.usage("--period", "2024-Q4", "--config", unknown))
        name = self.write("b.json", json.dumps({"name": "report"}))
        self.assertIn("/name", self.usage("--period", "2024-Q4", "--config", name))

    def test_config_that_is_not_json(self):
        """A config that is not JSON (here a UTF-16 file) is a usage error naming it."""
        config = self.write("c.json", json.dumps({"language": "vi"}).encode("utf-16"), "wb")
        self.assertIn("c.json", self.usage("--period", "2024-Q4", "--config", config))

    def test_missing_templates_folder(self):
        """--templates naming no folder: an error before anything is written."""
        result = run("report", self.records(), "--period", "2024-Q4", "-o", self.path("out"),
                     "--templates", self.path("nowhere"))
        self.assertIn(result.returncode, (2, 3), result.stderr)
        self.assertFalse(glob.glob(self.path("out", "*.xlsx")))

    def test_extract_from_stdin_with_bad_lines(self):
        """extract on standard input: bad lines named "-:N", good records on standard output (exit 1)."""
        result = run("extract", "-", stdin=jsonl(GOOD[:1]) + "{oops\n" + jsonl(GOOD[1:]))
        self.assertEqual(result.returncode, 1, result.stderr)
        self.assertIn("-:2: error", result.stderr)
        self.assertEqual({json.loads(line)["id"] for line in result.stdout.splitlines()}, GOOD_IDS)



class Scale(Hostile):
    """Every scan linear: pages built to make a quadratic step take minutes finish, right. (The
    timeout is a hang guard, not a measurement: the linear run takes well under a second.)"""

    def extract(self, path):
        result = subprocess.run([os.environ.get("COORDREPORT_BIN", "build/coordreport"), "extract", "-q", path],
                                capture_output=True, text=True, timeout=60)
        self.assertEqual(result.returncode, 0, result.stderr)
        return [json.loads(line) for line in result.stdout.splitlines()]

    def test_page_of_scripts_and_styles(self):
        """3 MB of <script>/<style> blocks: dropped, the article text kept."""
        page = "<html><body><p>" + TEXT + "</p>" + "<script>var a = 1;</script><STYLE>p {}</STYLE>" * 70000 + "</body></html>"
        [record] = self.extract(self.write("scripts.html", page))
        self.assertEqual(record["event_date"], "2024-11-19")
        self.assertEqual([p["parties"] for p in record["programs"]], [["Ban Dân vận Tỉnh ủy", "Hội Nông dân tỉnh"]])

    def test_page_of_ampersands_and_open_brackets(self):
        """Hundreds of thousands of '&' without ';' and '<' without '>': read as text, in linear time."""
        page = "<p>" + TEXT + " " + "&amp; x & " * 200000 + "<a" * 300000 + "</p>"
        [record] = self.extract(self.write("amps.html", page))
        self.assertEqual(record["event_date"], "2024-11-19")

    def test_article_dense_with_agency_names(self):
        """27,000 distinct agency names in one sentence, and 13,500 sentences each pairing two."""
        import itertools
        syllables = ["An", "Bình", "Cao", "Đông", "Hòa", "Kim", "Long", "Minh", "Nam", "Phú", "Quang", "Sơn", "Tân",
                     "Thạnh", "Vĩnh", "Xuân", "Yên", "Lạc", "Mỹ", "Ninh", "Hải", "Bắc", "Trung", "Tây", "Hưng", "Thái",
                     "Gia", "Lâm", "Phước", "Thuận"]
        names = ["Công an xã " + " ".join(t) for t in itertools.product(syllables, repeat=3)]
        one = "Sáng 19/11/2024, " + ", ".join(names) + " phối hợp."
        pairs = "Sáng 19/11/2024. " + ". ".join(f"{a} phối hợp với {b}" for a, b in zip(names[::2], names[1::2])) + "."
        path = self.write("dense.jsonl", jsonl([{"id": "one", "text": one}, {"id": "pairs", "text": pairs}]))
        one_record, pairs_record = self.extract(path)
        # (A few triples spell a province, "Long An …", and read as a place.)
        self.assertGreater(len(one_record["agencies"]), 0.95 * len(names))
        self.assertGreater(len(pairs_record["agencies"]), 0.95 * len(names))

    def test_more_parties_than_a_sheet_has_columns(self):
        """17,000 distinct parties: the matrix shows the 300 with most programs and says where the rest are."""
        curated = [{"id": f"c{i}", "published": "2024-11-20", "text": "x", "agencies": [],
                    "programs": [{"instrument": "quy chế phối hợp", "parties": [f"Sở A{i}", f"Sở B{i}"],
                                  "action": "ký kết", "date": "2024-11-20"}]} for i in range(8500)]
        self.report(self.records(*curated), exit_code=0)
        wb = openpyxl.load_workbook(glob.glob(self.path("out", "*.xlsx"))[0], read_only=True)
        matrix = wb["Ma trận phối hợp"]
        self.assertLessEqual(matrix.max_column, 301)
        self.assertTrue(any("Cơ quan" in str(c.value) for row in matrix.iter_rows() for c in row if c.value))
        self.assertGreaterEqual(wb["Cơ quan"].max_row, 17000)


class Templates(Hostile):
    """A memo template that cannot render replaces nothing."""

    def templates(self, **files):
        source = os.path.join(os.environ.get("COORDREPORT_SOURCE", "."), "report_templates")
        folder = self.path("templates")
        shutil.copytree(source, folder)
        for name, text in files.items():
            with open(os.path.join(folder, "vi", name), "w", encoding="utf-8") as f:
                f.write(text)
        return folder

    def first_report(self):
        first = run("report", self.records(), "--period", "2024-Q4", "-o", self.path("out"))
        self.assertEqual(first.returncode, 0, first.stderr)
        outputs = {}
        for p in glob.glob(self.path("out", "coordination-*")):
            with open(p, "rb") as f:
                outputs[p] = f.read()
        return outputs

    def assert_unchanged(self, outputs):
        for p, content in outputs.items():
            with open(p, "rb") as f:
                self.assertEqual(f.read(), content, p)

    def test_partial_that_includes_itself(self):
        """A partial including itself is named (exit 3), no crash, and the last report stays."""
        outputs = self.first_report()
        folder = self.templates(**{"loop.md.mustache": "{{> loop}}", "summary.md.mustache": "# A\n{{> loop}}\n"})
        result = run("report", self.records(), "--period", "2024-Q4", "-o", self.path("out"), "--templates", folder)
        self.assertEqual(result.returncode, 3, result.stderr)
        self.assertIn("include each other without end", result.stderr)
        self.assert_unchanged(outputs)

    def test_broken_template_replaces_neither_output(self):
        """A template that does not parse: exit 3, and the workbook is not replaced either."""
        outputs = self.first_report()
        folder = self.templates(**{"summary.md.mustache": "# {{#programs}} unclosed\n"})
        result = run("report", self.records(), "--period", "2024-Q4", "-o", self.path("out"), "--templates", folder)
        self.assertEqual(result.returncode, 3, result.stderr)
        self.assertIn("summary.md.mustache", result.stderr)
        self.assert_unchanged(outputs)


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


class Listed(unittest.TestCase):
    def test_every_case_is_in_the_docs(self):
        """docs/hostile-input.md lists every case of this file."""
        with open(os.path.join(os.environ.get("COORDREPORT_SOURCE", "."), "docs", "hostile-input.md"),
                  encoding="utf-8") as f:
            doc = f.read()
        cases = [name for cls in (Strings, Loading, Records, Files, Commands, Options, Scale, Templates, Writes)
                 for name in dir(cls) if name.startswith("test_")]
        self.assertGreaterEqual(len(cases), 60)
        for name in cases:
            self.assertIn(f"`{name[5:]}`", doc)


if __name__ == "__main__":
    unittest.main()
