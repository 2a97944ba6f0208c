"""Reports on the mixed archive (tests/corpus/mixed-archive, the examples
until issue 16: five provinces, no sites): the workbook read back with
openpyxl, the summary rendered with cmark-gfm, byte-identical reruns. The
example archive's lifecycle is tested in lifecycle_test.py."""
import datetime
import os
import subprocess
import unittest

import openpyxl

from harness import SOURCE, TempDirTest, run

ARCHIVE = os.path.join(SOURCE, "tests", "corpus", "mixed-archive")

SHEETS_VI = ["Tóm tắt", "Cần chú ý", "Chương trình", "Cơ quan", "Ma trận phối hợp", "Văn bản", "Theo kỳ", "Nguồn", "Cảnh báo"]
SHEETS_EN = ["Summary", "Attention", "Programs", "Agencies", "Agency matrix", "Documents cited", "By period", "Sources", "Warnings"]


class ExamplesByQuarter(TempDirTest):
    def setUp(self):
        super().setUp()
        result = run("report", ARCHIVE, "--by", "quarter", "-o", self.tmp)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.xlsx = self.path("coordination-2024-Q1..2025-Q2.xlsx")
        self.md = self.path("coordination-2024-Q1..2025-Q2.md")
        self.wb = openpyxl.load_workbook(self.xlsx)

    def rows(self, sheet):
        ws = self.wb[sheet]
        header = [c.value for c in ws[1]]
        return header, [dict(zip(header, [c for c in row])) for row in ws.iter_rows(min_row=2)]

    def test_sheets_and_tables(self):
        self.assertEqual(self.wb.sheetnames, SHEETS_VI)
        tables = sum(len(self.wb[s].tables) for s in self.wb.sheetnames)
        self.assertGreaterEqual(tables, 9)
        for name in SHEETS_VI[1:]:
            ws = self.wb[name]
            self.assertEqual(len(ws.tables), 1, name)
            # The matrix also keeps its agency-name column in view.
            self.assertEqual(ws.freeze_panes, "B2" if name == "Ma trận phối hợp" else "A2", name)
            table = list(ws.tables.values())[0]
            self.assertTrue(table.ref.startswith("A1:"), table.ref)

    def test_every_quarter_in_the_series(self):
        header, rows = self.rows("Theo kỳ")
        self.assertEqual([r["Kỳ"].value for r in rows],
                         ["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2"])
        for r in rows:
            self.assertIsInstance(r["Từ ngày"].value, datetime.datetime)
            self.assertEqual(r["Bài viết"].data_type, "n")
        self.assertEqual([r["Bài viết"].value for r in rows], [2, 2, 3, 3, 3, 3])

    def test_programs_documents_agencies(self):
        _, programs = self.rows("Chương trình")
        parties = {r["Các bên"].value for r in programs}
        # One quy chế by its number: its parties written with and without
        # the province are one body each, shown with it.
        self.assertIn("Ban Tổ chức Tỉnh ủy Thanh Hóa; Sở Nội vụ tỉnh Thanh Hóa", parties)
        self.assertIn("Ban Dân vận Tỉnh ủy; Ủy ban MTTQ Việt Nam tỉnh", parties)
        _, documents = self.rows("Văn bản")
        ids = [r["Số hiệu"].value for r in documents]
        self.assertEqual(ids[0], "144-QĐ/TW")  # cited by two articles
        self.assertIn("13/2022/QH15", ids)
        self.assertIn("21-KL/TW", ids)  # written "21-KL/TƯ"
        for leaked in ["18-CT/TW", "06-NQ/TU", "96-QĐ/TW", "57-NQ/TW", "03-QCPH/BTGTU-ĐTH", "46-CT/TW"]:
            self.assertNotIn(leaked, ids, "related-article list leaked")
        issued = {r["Số hiệu"].value: r["Ngày ban hành"] for r in documents}
        self.assertEqual(issued["35-NQ/TW"].value, datetime.datetime(2018, 10, 22))
        self.assertEqual(issued["35-NQ/TW"].number_format, "dd/mm/yyyy")
        _, agencies = self.rows("Cơ quan")
        names = [r["Cơ quan"].value for r in agencies]
        self.assertLess(names.index("Ban Tổ chức Tỉnh ủy Thanh Hóa"), names.index("Đảng ủy Khối Các cơ quan tỉnh Nghệ An"))
        self.assertLess(names.index("Đảng ủy Khối Các cơ quan tỉnh Nghệ An"), names.index("Ủy ban Kiểm tra Tỉnh ủy"))
        self.assertNotIn("Sở Nội vụ", names)

    def test_text_that_looks_like_a_formula_stays_text(self):
        for ws in self.wb.worksheets:
            for row in ws.iter_rows():
                for cell in row:
                    self.assertNotEqual(cell.data_type, "f", f"{ws.title}!{cell.coordinate} = {cell.value!r}")
        _, sources = self.rows("Nguồn")
        titles = [r["Tiêu đề"].value for r in sources]
        self.assertTrue(any(t.startswith("=HYPERLINK(") for t in titles), titles)
        evidence = [r["Trích dẫn"].value or "" for r in sources]
        self.assertTrue(any(e.startswith("+ Đánh giá") for e in evidence), evidence)

    def test_links_charts_heat_map(self):
        _, sources = self.rows("Nguồn")
        linked = [r["Đường dẫn"] for r in sources if r["Đường dẫn"].value]
        self.assertTrue(linked)
        for cell in linked:
            self.assertTrue(cell.hyperlink.target.startswith("https://"), cell.hyperlink)
        _, programs = self.rows("Chương trình")
        internal = [r["Nguồn đầu tiên"].hyperlink for r in programs if r["Nguồn đầu tiên"].hyperlink]
        self.assertTrue(internal)
        self.assertTrue(all("Nguồn" in (h.location or "") for h in internal), internal)
        self.assertGreaterEqual(len(self.wb["Tóm tắt"]._charts), 2)
        rules = [r for cf in self.wb["Ma trận phối hợp"].conditional_formatting for r in cf.rules]
        self.assertTrue(any(r.type == "colorScale" for r in rules))

    def test_summary_figures_are_numbers(self):
        ws = self.wb["Tóm tắt"]
        self.assertEqual(ws["A1"].value, "Báo cáo tình hình phối hợp giữa các cơ quan")
        self.assertEqual(ws["A7"].value, "Bài viết")
        self.assertEqual(ws["B7"].value, 16)
        self.assertEqual(ws["B7"].data_type, "n")

    def test_markdown_renders_with_tables(self):
        with open(self.md, encoding="utf-8") as f:
            md = f.read()
        html = subprocess.run(["cmark-gfm", "-e", "table", "-e", "autolink"], input=md, capture_output=True,
                              text=True, check=True).stdout
        self.assertGreaterEqual(html.count("<table>"), 4)
        self.assertIn("<h1>Báo cáo tình hình phối hợp giữa các cơ quan</h1>", html)
        self.assertIn("<td>2024-Q4</td>", html)
        self.assertNotIn("{{", md)
        self.assertTrue(md.endswith("\n") and not md.endswith("\n\n"))
        for line in md.splitlines():
            self.assertEqual(line, line.rstrip(), "trailing space")

    def test_rerun_is_byte_identical(self):
        with open(self.xlsx, "rb") as f:
            first = f.read()
        with open(self.md, "rb") as f:
            first_md = f.read()
        result = run("report", ARCHIVE, "--by", "quarter", "-o", self.tmp, "--jobs", "1")
        self.assertEqual(result.returncode, 0, result.stderr)
        with open(self.xlsx, "rb") as f:
            self.assertEqual(f.read(), first)
        with open(self.md, "rb") as f:
            self.assertEqual(f.read(), first_md)
        # Only the two outputs and the run lock: no temporary files left behind.
        self.assertEqual(sorted(os.listdir(self.tmp)),
                         sorted([".coordreport.lock", os.path.basename(self.xlsx), os.path.basename(self.md)]))


class EnglishQuarter(TempDirTest):
    def test_english_names_and_previous_period(self):
        result = run("report", ARCHIVE, "--period", "2024-Q4", "-o", self.tmp, "--lang", "en")
        self.assertEqual(result.returncode, 0, result.stderr)
        wb = openpyxl.load_workbook(self.path("coordination-2024-Q4.xlsx"))
        self.assertEqual(wb.sheetnames, SHEETS_EN)
        periods = [row[0].value for row in wb["By period"].iter_rows(min_row=2)]
        self.assertEqual(periods, ["2024-Q3", "2024-Q4"])
        with open(self.path("coordination-2024-Q4.md"), encoding="utf-8") as f:
            md = f.read()
        self.assertIn("| Articles | 3 | 3 | 0 | +0.0% |", md)
        self.assertIn("| Documents cited | 6 | 4 | +2 | +50.0% |", md)


if __name__ == "__main__":
    unittest.main()
