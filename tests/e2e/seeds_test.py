"""The real seed articles (../shared/seeds), when that folder exists."""
import json
import os
import unittest

import openpyxl

from harness import SEEDS, TempDirTest, run


@unittest.skipUnless(os.path.isdir(SEEDS), "no shared/seeds folder")
class Seeds(TempDirTest):
    def test_report_names_the_seed_agencies(self):
        result = run("report", SEEDS, "--period", "2020-01-01..2024-12-31", "-o", self.tmp)
        self.assertEqual(result.returncode, 0, result.stderr)
        wb = openpyxl.load_workbook(self.path("coordination-2020-01-01..2024-12-31.xlsx"))
        # Names are shown as the articles write them, whose case varies
        # ("Ban Cán sự đảng", "Ban cán sự đảng"), followed by their province
        # when the article says which ("Ban Dân vận Tỉnh ủy Nghệ An").
        agencies = [row[0].value.casefold() for row in wb["Cơ quan"].iter_rows(min_row=2)]
        for name in ["Ban Tuyên giáo Tỉnh ủy", "Trường Chính trị tỉnh", "Ban Dân vận Tỉnh ủy",
                     "Đảng ủy Khối Các cơ quan tỉnh", "Ban cán sự đảng UBND tỉnh", "Học viện Chính trị khu vực IV"]:
            key = name.casefold()
            self.assertTrue(any(a == key or a.startswith(key + " ") for a in agencies), (name, agencies))
        self.assertIn("ban dân vận tỉnh ủy nghệ an", agencies)
        programs = [row[1].value for row in wb["Chương trình"].iter_rows(min_row=2)]
        # The Nghệ An seed names its province (and "Hồ Chí Minh" only as the
        # person's name), so its parties carry it.
        self.assertIn("Ban Tuyên giáo Tỉnh ủy Nghệ An; Trường Chính trị tỉnh Nghệ An", programs)

    def test_extract_keeps_related_lists_out(self):
        result = run("extract", SEEDS)
        self.assertEqual(result.returncode, 0, result.stderr)
        records = {r["id"]: r for r in map(json.loads, result.stdout.splitlines())}
        self.assertEqual(len(records), 5)
        cited = {d["id"] for r in records.values() for d in r["references"]}
        for leaked in ["37-CT/TW", "173-TB/TW", "43-CT/TW", "44-CT/TW", "08-NQ/TU", "100-KL/TW", "19-CT/TU"]:
            self.assertNotIn(leaked, cited)
        self.assertEqual(records["000_fc63037c321770f8"]["event_date"], "2024-11-19")
        self.assertEqual(records["004_1b29d25f03bcf498"]["event_date"], "2023-04-12")


if __name__ == "__main__":
    unittest.main()
