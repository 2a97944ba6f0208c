"""The workbook opened by LibreOffice (headless, CSV export of every sheet)
and every rendered summary through markdownlint-cli with the committed
config: what a director's office software and a memo pipeline will see."""
import glob
import os
import subprocess
import unittest

from harness import EXAMPLES, SEEDS, SOURCE, TempDirTest, run

MARKDOWNLINT = os.path.join(SOURCE, "build", "tools", "node_modules", ".bin", "markdownlint")
# The filter the extraction issue names, plus: cells as shown, every sheet.
CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1"


class LibreOffice(TempDirTest):
    def test_every_sheet_converts_and_vietnamese_survives(self):
        result = run("report", EXAMPLES, "--by", "quarter", "-o", self.tmp)
        self.assertEqual(result.returncode, 0, result.stderr)
        xlsx = self.path("coordination-2024-Q3..2026-Q2.xlsx")
        profile = "file://" + self.path("lo-profile")
        convert = subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to",
                                  CSV_FILTER, "--outdir", self.path("csv"), xlsx],
                                 capture_output=True, text=True, timeout=300)
        self.assertEqual(convert.returncode, 0, convert.stderr)
        self.assertNotIn("Error", convert.stderr + convert.stdout)
        sheets = sorted(os.path.basename(p) for p in glob.glob(self.path("csv", "*.csv")))
        self.assertEqual(len(sheets), 9, sheets)
        with open(self.path("csv", "coordination-2024-Q3..2026-Q2-Cơ quan.csv"), encoding="utf-8") as f:
            agencies = f.read()
        self.assertIn("Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh", agencies)
        self.assertIn("Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An", agencies)
        with open(self.path("csv", "coordination-2024-Q3..2026-Q2-Nguồn.csv"), encoding="utf-8") as f:
            sources = f.read()
        self.assertIn("20/08/2024,", sources)  # a date cell shown in the Vietnamese format
        self.assertIn("=HYPERLINK(", sources)    # text, not a formula


class Markdownlint(TempDirTest):
    def lint(self, md):
        self.assertTrue(os.path.exists(MARKDOWNLINT), "run .ci/install-tools first")
        result = subprocess.run([MARKDOWNLINT, "--config", os.path.join(SOURCE, ".markdownlint.jsonc"), md],
                                capture_output=True, text=True, timeout=120)
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)

    def test_every_summary_passes(self):
        runs = [("vi", EXAMPLES, ["--by", "quarter"]), ("en", EXAMPLES, ["--period", "2024-Q4"]),
                ("vi", EXAMPLES, ["--period", "2023-Q1"])]  # an empty quarter
        if os.path.isdir(SEEDS):
            runs.append(("vi", SEEDS, ["--period", "2020-01-01..2024-12-31"]))
        for i, (lang, inputs, period) in enumerate(runs):
            out = self.path(f"run{i}")
            result = run("report", inputs, *period, "--lang", lang, "-o", out, "--format", "md")
            self.assertIn(result.returncode, (0, 1), result.stderr)
            mds = glob.glob(os.path.join(out, "*.md"))
            self.assertEqual(len(mds), 1)
            self.lint(mds[0])

    def test_the_linter_does_fail(self):
        bad = self.write("bad.md", "# Title\n\n\n## Skipped blank lines and a trailing space \n")
        result = subprocess.run([MARKDOWNLINT, "--config", os.path.join(SOURCE, ".markdownlint.jsonc"), bad],
                                capture_output=True, text=True)
        self.assertNotEqual(result.returncode, 0)


if __name__ == "__main__":
    unittest.main()
