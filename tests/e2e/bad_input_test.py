"""Bad input never crashes and never silently disappears; exit codes."""
import os
import unittest

import openpyxl

from harness import EXAMPLES, TempDirTest, jsonl, run

GOOD = {"id": "good-1", "published": "2024-11-20",
        "text": "Sáng 19/11/2024, Ban Dân vận Tỉnh ủy và Hội Nông dân tỉnh ký kết chương trình phối hợp năm 2025."}


class BadInput(TempDirTest):
    def test_broken_lines_are_named_and_good_records_reported(self):
        path = self.write("news.jsonl", jsonl([GOOD]) + '{"id": "x", "text": \n' +
                          jsonl([{"id": "bad-type", "text": 7},
                                 dict(GOOD, id="good-2", text=GOOD["text"].replace("Hội Nông dân", "Tỉnh đoàn"))]))
        result = run("report", path, "--period", "2024-Q4", "-o", self.path("out"))
        self.assertEqual(result.returncode, 1, result.stderr)
        self.assertIn(f"{path}:2: error: malformed JSON", result.stderr)
        self.assertIn(f"{path}:3: error: record rejected", result.stderr)
        wb = openpyxl.load_workbook(self.path("out", "coordination-2024-Q4.xlsx"))
        ids = [row[6].value for row in wb["Nguồn"].iter_rows(min_row=2)]
        self.assertEqual(ids, ["good-1", "good-2"])
        origins = [row[0].value for row in wb["Cảnh báo"].iter_rows(min_row=2)]
        self.assertIn(f"{path}:2", origins)

    def test_strict_makes_rejections_fatal_and_writes_nothing(self):
        path = self.write("news.jsonl", jsonl([GOOD]) + "{oops\n")
        result = run("report", path, "--period", "2024-Q4", "-o", self.path("out"), "--strict")
        self.assertEqual(result.returncode, 3, result.stderr)
        self.assertFalse(os.path.exists(self.path("out", "coordination-2024-Q4.xlsx")))

    def test_unknown_flag_is_a_usage_error(self):
        result = run("report", EXAMPLES, "--perod", "2024-Q4")
        self.assertEqual(result.returncode, 2)
        self.assertIn("--perod", result.stderr)

    def test_relative_period_resolves_against_today(self):
        result = run("report", EXAMPLES, "--period", "last-quarter", "--today", "2025-01-15", "-o", self.tmp)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertTrue(os.path.exists(self.path("coordination-2024-Q4.xlsx")))
        self.assertTrue(os.path.exists(self.path("coordination-2024-Q4.md")))

    def test_stdin_and_json_log_format(self):
        result = run("report", "-", "--period", "2024-Q4", "-o", self.tmp, "--log-format", "json",
                     stdin=jsonl([GOOD]) + "nope\n")
        self.assertEqual(result.returncode, 1)
        import json
        events = [json.loads(line) for line in result.stderr.splitlines()]
        self.assertEqual(events[0]["origin"], "-:2")
        self.assertEqual(events[0]["level"], "error")

    def test_nul_bom_crlf_invalid_utf8_and_empty_files(self):
        self.write("a/bom.txt", b"\xef\xbb\xbfTi\xc3\xaau \xc4\x91\xe1\xbb\x81\r\n\r\nS\xc3\xa1ng 19/11/2024, n\xe1\xbb\x99i \x00dung \xff.\r\n", "wb")
        self.write("a/empty.txt", "")
        result = run("extract", self.path("a"))
        self.assertEqual(result.returncode, 1, result.stderr)
        self.assertIn("empty.txt: error: empty article", result.stderr)
        self.assertIn("NUL bytes removed", result.stderr)
        self.assertIn("invalid UTF-8", result.stderr)
        self.assertIn('"event_date":"2024-11-19"', result.stdout)

    def test_huge_field_is_cut_visibly_never_silently(self):
        huge = dict(GOOD, id="huge", title="Tiêu đề rất dài " + "ủy ban " * 6000)
        path = self.write("huge.jsonl", jsonl([huge]))
        result = run("report", path, "--period", "2024-Q4", "-o", self.tmp)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn("32,767", result.stderr)
        wb = openpyxl.load_workbook(self.path("coordination-2024-Q4.xlsx"))
        title = [row[1].value for row in wb["Nguồn"].iter_rows(min_row=2)][0]
        self.assertEqual(len(title), 32767)
        self.assertTrue(title.endswith("…[đã cắt bớt]"))
        messages = [row[1].value for row in wb["Cảnh báo"].iter_rows(min_row=2)]
        self.assertTrue(any("32,767" in m for m in messages), messages)

    def test_unwritable_output_exits_three(self):
        result = run("report", EXAMPLES, "--period", "2024-Q4", "-o", "/proc/coordreport-cannot-write")
        self.assertEqual(result.returncode, 3)
        self.assertIn("error", result.stderr)


if __name__ == "__main__":
    unittest.main()
