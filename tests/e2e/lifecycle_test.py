"""Issue 16 on the example archive (one province, 2024-Q3..2026-Q2): programs
and agencies as tracked entities, read back from the real workbook
(openpyxl) and the memo rendered by cmark-gfm. The expected lists are
written out by hand from examples/README.md, not taken from a run."""
import datetime
import glob
import html.parser
import subprocess
import unittest

import openpyxl

from harness import EXAMPLES, TempDirTest, jsonl, run

BASE = "coordination-2024-Q3..2026-Q2"
CA_QS = "Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh; Công an tỉnh Hà Tĩnh"
# What a director acts on at 30/06/2026, in the list's order: ending,
# ended without tổng kết, silent, new (new ones by period end).
ATTENTION = [
    ("Sắp hết hạn", "quy chế phối hợp", "Sở Nội vụ tỉnh Hà Tĩnh; Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh", "2024-2026"),
    ("Hết hạn, chưa tổng kết", "thỏa thuận hợp tác",
     "Chi nhánh Ngân hàng Chính sách xã hội tỉnh Hà Tĩnh; Hội Nông dân tỉnh Hà Tĩnh", "2024-2025"),
    ("Không có tin từ 4 quý", "chương trình phối hợp",
     "Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh; Trường Chính trị tỉnh Hà Tĩnh", "2024-2028"),
    ("Mới trong kỳ", "chương trình phối hợp",
     "Ban Tuyên giáo và Dân vận Tỉnh ủy Hà Tĩnh; Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An", "2026-2028"),
    ("Mới trong kỳ", "chương trình phối hợp", CA_QS, "2026-2030"),
]


class Tables(html.parser.HTMLParser):
    """The rows of each table of an HTML page, under the heading before it."""

    def __init__(self):
        super().__init__()
        self.tables, self.heading, self.cell, self.row = {}, None, None, None
        self.in_heading = False

    def handle_starttag(self, tag, attrs):
        if tag == "h2":
            self.in_heading, self.heading = True, ""
        elif tag == "tr":
            self.row = []
        elif tag in ("td", "th"):
            self.cell = ""

    def handle_endtag(self, tag):
        if tag == "h2":
            self.in_heading = False
        elif tag in ("td", "th"):
            self.row.append(self.cell.strip())
            self.cell = None
        elif tag == "tr":
            self.tables.setdefault(self.heading, []).append(self.row)

    def handle_data(self, data):
        if self.in_heading:
            self.heading += data
        elif self.cell is not None:
            self.cell += data


def rows(wb, sheet):
    ws = wb[sheet]
    header = [c.value for c in ws[1]]
    return [dict(zip(header, row)) for row in ws.iter_rows(min_row=2)]


class ExampleArchive(TempDirTest):
    def setUp(self):
        super().setUp()
        result = run("report", EXAMPLES, "--by", "quarter", "-o", self.tmp)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.wb = openpyxl.load_workbook(self.path(BASE + ".xlsx"))

    def test_attention_sheet_is_exactly_the_programs_to_act_on(self):
        got = [(r["Tình trạng"].value, r["Hình thức"].value, r["Các bên"].value, r["Giai đoạn"].value)
               for r in rows(self.wb, "Cần chú ý")]
        self.assertEqual(got, ATTENTION)
        by_parties = {r["Các bên"].value: r for r in rows(self.wb, "Cần chú ý")}
        ended = by_parties[ATTENTION[1][2]]
        self.assertEqual(ended["Hết hạn"].value, datetime.datetime(2025, 12, 31))
        self.assertEqual(ended["Hoạt động gần nhất"].value, "sơ kết")
        self.assertEqual(ended["Ngày"].value, datetime.datetime(2025, 4, 22))
        # A scraped record links to its page; a saved file to its Sources row.
        self.assertEqual(ended["Nguồn"].hyperlink.target,
                         "https://example.org/ha-tinh/so-ket-thoa-thuan-uy-thac-2025")
        silent = by_parties[ATTENTION[2][2]]
        self.assertEqual(silent["Ngày"].value, datetime.datetime(2024, 8, 20))
        self.assertIn("Nguồn", silent["Nguồn"].hyperlink.location)

    def test_summary_counts_them_and_links_the_sheet(self):
        ws = self.wb["Tóm tắt"]
        self.assertEqual((ws["A5"].value, ws["B5"].value), ("Cần chú ý", len(ATTENTION)))
        self.assertIn("Cần chú ý", ws["C5"].hyperlink.location)

    def test_memo_prints_the_same_attention_list_first(self):
        with open(self.path(BASE + ".md"), encoding="utf-8") as f:
            md = f.read()
        page = subprocess.run(["cmark-gfm", "-e", "table", "-e", "autolink"], input=md, capture_output=True,
                              text=True, check=True).stdout
        tables = Tables()
        tables.feed(page)
        attention = tables.tables["Cần chú ý"]
        self.assertEqual(attention[0][:4], ["Tình trạng", "Hình thức", "Các bên", "Giai đoạn"])
        self.assertEqual([tuple(r[:4]) for r in attention[1:]], ATTENTION)
        self.assertEqual(attention[2][4], "sơ kết (22/04/2025)")
        # "hội nghị đánh giá kết quả thực hiện Quy chế": the review is the action.
        self.assertEqual(attention[1][4], "đánh giá (06/11/2025)")
        self.assertLess(md.index("## Cần chú ý"), md.index("## Chương trình phối hợp trong kỳ"))

    def test_a_renewed_program_is_two_rows_with_their_statuses(self):
        programs = [r for r in rows(self.wb, "Chương trình") if r["Các bên"].value == CA_QS]
        got = sorted((r["Giai đoạn"].value, r["Tình trạng"].value, r["Bắt đầu"].value, r["Hết hạn"].value)
                     for r in programs)
        self.assertEqual(got, [("2021-2025", "Đã tổng kết", datetime.datetime(2021, 1, 1), datetime.datetime(2025, 12, 31)),
                               ("2026-2030", "Mới trong kỳ", datetime.datetime(2026, 1, 1), datetime.datetime(2030, 12, 31))])
        old = next(r for r in programs if r["Giai đoạn"].value == "2021-2025")
        self.assertIn("tổng kết (16/12/2025, 2025-12-congan-quansu-tongket)", old["Hoạt động"].value)
        self.assertIn("sơ kết (25/09/2024, 2024-09-congan-quansu-soket)", old["Hoạt động"].value)
        # Each status has its own colour.
        fills = {r["Tình trạng"].value: r["Tình trạng"].fill.fgColor.rgb for r in rows(self.wb, "Chương trình")}
        self.assertEqual(len(set(fills.values())), len(fills), fills)
        self.assertEqual(len(fills), 6, fills)  # every status appears in the examples

    def test_two_spellings_of_one_agency_are_one_row_with_both_names(self):
        agencies = {r["Cơ quan"].value: r for r in rows(self.wb, "Cơ quan")}
        self.assertNotIn("Sở Nội vụ", agencies)
        self.assertEqual(agencies["Sở Nội vụ tỉnh Hà Tĩnh"]["Tên khác"].value, "Sở Nội vụ")
        for shown, written in [("Ủy ban nhân dân tỉnh Hà Tĩnh", {"UBND tỉnh", "Ủy ban nhân dân tỉnh"}),
                               ("Liên đoàn Lao động tỉnh Hà Tĩnh", {"LĐLĐ tỉnh", "Liên đoàn Lao động tỉnh"}),
                               ("Công an tỉnh Hà Tĩnh", {"Công an tỉnh"})]:
            self.assertEqual(set(agencies[shown]["Tên khác"].value.split("; ")), written, shown)
            self.assertEqual(agencies[shown]["Tỉnh, thành phố"].value, "Hà Tĩnh")
        for gone in ["UBND tỉnh", "LĐLĐ tỉnh", "Công an tỉnh", "BHXH tỉnh"]:
            self.assertNotIn(gone, agencies)

    def test_an_agency_of_another_province_stays_apart(self):
        agencies = {r["Cơ quan"].value: r for r in rows(self.wb, "Cơ quan")}
        ha_tinh = agencies["Ban Tuyên giáo và Dân vận Tỉnh ủy Hà Tĩnh"]
        nghe_an = agencies["Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An"]
        self.assertEqual((ha_tinh["Tỉnh, thành phố"].value, nghe_an["Tỉnh, thành phố"].value), ("Hà Tĩnh", "Nghệ An"))
        self.assertEqual(ha_tinh["Đối tác"].value, "Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An")
        # National bodies take no province.
        self.assertIsNone(agencies["Bộ Công an"]["Tỉnh, thành phố"].value)


class OneOfficeScope(TempDirTest):
    def report(self, *scope):
        result = run("report", EXAMPLES, "--by", "quarter", "-o", self.tmp, *scope)
        self.assertEqual(result.returncode, 0, result.stderr)
        return openpyxl.load_workbook(glob.glob(self.path("*.xlsx"))[0])

    def test_agency_keeps_only_its_programs(self):
        wb = self.report("--agency", "Công an tỉnh")
        programs = rows(wb, "Chương trình")
        self.assertEqual(sorted(r["Giai đoạn"].value for r in programs), ["2021-2025", "2026-2030"])
        for r in programs:
            self.assertIn("Công an tỉnh Hà Tĩnh", r["Các bên"].value.split("; "))
        self.assertEqual(sorted(r["Cơ quan"].value for r in rows(wb, "Cơ quan")),
                         ["Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh", "Công an tỉnh Hà Tĩnh"])
        self.assertEqual(sorted(r["Mã bài"].value for r in rows(wb, "Nguồn")),
                         ["2024-09-congan-quansu-soket", "2025-12-congan-quansu-tongket",
                          "2026-04-congan-quansu-kyket"])

    def test_agency_by_its_abbreviation_and_by_two_names(self):
        wb = self.report("--agency", "LĐLĐ tỉnh Hà Tĩnh", "--agency", "Sở Nội vụ")
        parties = sorted(r["Các bên"].value for r in rows(wb, "Chương trình"))
        self.assertEqual(parties, ["Bảo hiểm xã hội tỉnh Hà Tĩnh; Liên đoàn Lao động tỉnh Hà Tĩnh",
                                   "Sở Nội vụ tỉnh Hà Tĩnh; Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh"])

    def test_agency_by_the_users_alias(self):
        config = self.path("config.json")
        with open(config, "w", encoding="utf-8") as f:
            f.write('{"agencies": {"aliases": {"CA tỉnh": "Công an tỉnh"}}}')
        wb = self.report("--agency", "CA tỉnh", "--config", config)
        self.assertEqual(sorted(r["Giai đoạn"].value for r in rows(wb, "Chương trình")), ["2021-2025", "2026-2030"])

    def test_province_keeps_its_programs(self):
        wb = self.report("--province", "Nghệ An")
        self.assertEqual([r["Các bên"].value for r in rows(wb, "Chương trình")],
                         ["Ban Tuyên giáo và Dân vận Tỉnh ủy Hà Tĩnh; Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An"])
        self.assertEqual([r["Mã bài"].value for r in rows(wb, "Nguồn")], ["2026-05-tgdv-hatinh-nghean"])

    def test_an_agency_that_matches_nothing_is_said(self):
        result = run("report", EXAMPLES, "--period", "2026-Q2", "-o", self.tmp, "--agency", "Sở Ngoại vụ")
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn('--agency: "Sở Ngoại vụ" matches no agency of the input', result.stderr)
        wb = openpyxl.load_workbook(self.path("coordination-2026-Q2.xlsx"))
        self.assertEqual(rows(wb, "Chương trình")[0]["Hình thức"].value, "(không có)")
        self.assertIn('--agency: "Sở Ngoại vụ" matches no agency of the input',
                      [r["Nội dung"].value for r in rows(wb, "Cảnh báo")])

    def test_an_unknown_province_is_a_usage_error(self):
        result = run("report", EXAMPLES, "--by", "quarter", "-o", self.tmp, "--province", "Atlantis")
        self.assertEqual(result.returncode, 2, result.stderr)
        self.assertIn("--province", result.stderr)


class ManyToAttendTo(TempDirTest):
    def test_external_links_stop_at_ten_thousand(self):
        # 10,050 programs, each signed once in 2020 and silent since.
        records = [{"id": f"r{i}", "url": f"https://example.org/a/{i}", "site": "example.org",
                    "published": "2020-03-01", "title": f"Bài {i}", "province": "Hà Tĩnh",
                    "agencies": [{"name": f"Hội {i} tỉnh", "mentions": 1}, {"name": "Sở Nội vụ", "mentions": 1}],
                    "programs": [{"instrument": "chương trình phối hợp", "parties": [f"Hội {i} tỉnh", "Sở Nội vụ"],
                                  "period": "2020-2025", "action": "ký kết", "date": "2020-03-01",
                                  "evidence": f"Ký kết {i}."}],
                    "references": [], "periods": ["2020-2025"], "counts": [], "warnings": []}
                   for i in range(10050)]
        path = self.path("many.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            f.write(jsonl(records))
        result = run("report", path, "--period", "2024-Q4", "-o", self.tmp)
        self.assertEqual(result.returncode, 0, result.stderr)
        wb = openpyxl.load_workbook(self.path("coordination-2024-Q4.xlsx"))
        sources = [r["Nguồn"] for r in rows(wb, "Cần chú ý")]
        self.assertEqual(len(sources), 10050)
        external = [c for c in sources if c.hyperlink is not None and c.hyperlink.target]
        self.assertEqual(len(external), 10000)
        self.assertTrue(all(c.value for c in sources[10000:]))  # the article still named


class English(TempDirTest):
    def test_attention_in_english(self):
        result = run("report", EXAMPLES, "--period", "2026-Q2", "--lang", "en", "-o", self.tmp)
        self.assertEqual(result.returncode, 0, result.stderr)
        wb = openpyxl.load_workbook(self.path("coordination-2026-Q2.xlsx"))
        statuses = [r["Status"].value for r in rows(wb, "Attention")]
        self.assertEqual(statuses, ["Ending soon", "Ended, no tổng kết", "Silent for 4 quarters", "New", "New"])
        with open(self.path("coordination-2026-Q2.md"), encoding="utf-8") as f:
            self.assertIn("## Needs attention", f.read())


if __name__ == "__main__":
    unittest.main()
