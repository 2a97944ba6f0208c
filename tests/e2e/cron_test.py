"""Unattended operation: kills, locks, full disks, duplicates and
oversized or odd input; the last good report always survives."""
import fcntl
import json
import os
import signal
import subprocess
import threading
import time
import unittest

import openpyxl

from harness import BIN, EXAMPLES, TempDirTest, jsonl, run

ARTICLE = ("Sáng {day}/11/2024, Ban Dân vận Tỉnh ủy và Hội Nông dân tỉnh ký kết chương trình phối hợp giai đoạn "
           "2024 - 2026 theo Nghị quyết số {n}-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương. ")


def corpus(n, repeat=8):
    return jsonl({"id": f"a{i}", "published": "2024-11-30",
                  "text": ARTICLE.format(day=1 + i % 28, n=10 + i % 50) * repeat} for i in range(n))


class Interrupted(TempDirTest):
    def test_kill_9_never_damages_the_last_good_report(self):
        out = self.path("out")
        result = run("report", EXAMPLES, "--period", "2024-Q4", "-o", out)
        self.assertEqual(result.returncode, 0, result.stderr)
        xlsx = os.path.join(out, "coordination-2024-Q4.xlsx")
        with open(xlsx, "rb") as f:
            good = f.read()
        big = self.write("big.jsonl", corpus(6000))
        for delay in (0.05, 0.3, 0.8, 1.5):
            proc = subprocess.Popen([BIN, "report", big, "--period", "2024-Q4", "-o", out, "--jobs", "2"],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(delay)
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            with open(xlsx, "rb") as f:
                now = f.read()
            # Either the old report or a complete new one, never half of one.
            if now != good:
                good = now
            openpyxl.load_workbook(xlsx)
        result = run("report", EXAMPLES, "--period", "2024-Q4", "-o", out)
        self.assertEqual(result.returncode, 0, result.stderr)
        leftovers = [n for n in os.listdir(out) if ".tmp-" in n]
        self.assertEqual(leftovers, [])

    def test_second_run_waits_for_the_first(self):
        out = self.path("out")
        os.makedirs(out)
        with open(os.path.join(out, ".coordreport.lock"), "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            proc = subprocess.Popen([BIN, "report", EXAMPLES, "--period", "2024-Q4", "-o", out],
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            time.sleep(1.0)
            self.assertIsNone(proc.poll(), "the run must wait for the lock")
            self.assertFalse(os.path.exists(os.path.join(out, "coordination-2024-Q4.xlsx")))
            fcntl.flock(lock, fcntl.LOCK_UN)
        _, err = proc.communicate(timeout=60)
        self.assertEqual(proc.returncode, 0, err)
        self.assertIn("waiting", err)
        self.assertTrue(os.path.exists(os.path.join(out, "coordination-2024-Q4.xlsx")))


class FullDisk(TempDirTest):
    def setUp(self):
        super().setUp()
        self.mnt = self.path("full")
        os.makedirs(self.mnt)
        mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=96k", "tmpfs", self.mnt], capture_output=True)
        if mounted.returncode != 0:
            self.skipTest("cannot mount a small tmpfs here: " + mounted.stderr.decode())

    def tearDown(self):
        subprocess.run(["umount", self.mnt], capture_output=True)
        super().tearDown()

    def test_full_disk_keeps_the_previous_report_and_exits_3(self):
        previous = os.path.join(self.mnt, "coordination-2024-Q4.md")
        with open(previous, "w") as f:
            f.write("last good report\n")
        with open(os.path.join(self.mnt, "filler"), "wb") as f:
            try:
                f.write(b"x" * 80_000)
            except OSError:
                pass
        result = run("report", EXAMPLES, "--period", "2024-Q4", "-o", self.mnt)
        self.assertEqual(result.returncode, 3, result.stderr)
        self.assertIn("error", result.stderr)
        with open(previous) as f:
            self.assertEqual(f.read(), "last good report\n")
        self.assertEqual([n for n in os.listdir(self.mnt) if ".tmp-" in n], [])

    def test_extract_to_dev_full_fails(self):
        with open("/dev/full", "w") as full:
            proc = subprocess.run([BIN, "extract", EXAMPLES], stdout=full, stderr=subprocess.PIPE, text=True)
        self.assertEqual(proc.returncode, 3)
        self.assertIn("cannot write", proc.stderr)


class OddInput(TempDirTest):
    def test_duplicates_by_id_url_and_text_count_once(self):
        a = {"id": "a", "url": "https://x.vn/a", "text": ARTICLE.format(day=3, n=19)}
        records = [a, dict(a, url="https://x.vn/other"), dict(a, id="b"), dict(a, id="c", url="https://x.vn/c")]
        path = self.write("dup.jsonl", jsonl(records))
        result = run("report", path, "--period", "2024-Q4", "-o", self.tmp)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stderr.count("duplicate article"), 3)
        wb = openpyxl.load_workbook(self.path("coordination-2024-Q4.xlsx"))
        self.assertEqual([r[6].value for r in wb["Nguồn"].iter_rows(min_row=2)], ["a"])

    def test_unknown_fields_are_reported_once_per_file(self):
        path = self.write("x.jsonl", jsonl({"id": f"r{i}", "text": ARTICLE.format(day=2, n=19 + i), "tags": []}
                                           for i in range(5)))
        result = run("validate", path)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stderr.count('unknown field "tags"'), 1)
        self.assertIn(f"{path}:1: warning", result.stderr)

    def test_huge_and_long_fields(self):
        path = self.write("huge.jsonl", jsonl([
            {"id": "huge", "text": ARTICLE.format(day=4, n=19) + "x" * (50 << 20)},
            {"id": "long-line", "text": ARTICLE.format(day=5, n=20) + "ủy ban " * 15000}]))
        result = run("report", path, "--period", "2024-Q4", "-o", self.tmp)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn(f"{path}:1: warning: record \"huge\": text of 50 MiB cut to 8 MiB", result.stderr)
        wb = openpyxl.load_workbook(self.path("coordination-2024-Q4.xlsx"))
        self.assertEqual(sorted(r[6].value for r in wb["Nguồn"].iter_rows(min_row=2)), ["huge", "long-line"])

    def test_impossible_dates_are_named_and_the_record_kept(self):
        path = self.write("dates.jsonl", jsonl([
            {"id": "a", "published": "2024-02-31", "text": ARTICLE.format(day=6, n=19)},
            {"id": "b", "published": "0201-11-05", "text": "Ngày 31/02/2024 hai bên họp. " + ARTICLE.format(day=7, n=20)}]))
        result = run("report", path, "--period", "2024-Q4", "-o", self.tmp)
        self.assertEqual(result.returncode, 1)
        self.assertIn(f"{path}:1: error", result.stderr)
        self.assertIn(f"{path}:2: error", result.stderr)
        self.assertIn("2024-02-31", result.stderr)
        wb = openpyxl.load_workbook(self.path("coordination-2024-Q4.xlsx"))
        self.assertEqual(len(list(wb["Nguồn"].iter_rows(min_row=2))), 2)

    @unittest.skipIf(os.geteuid() == 0, "root can read any file")
    def test_unreadable_file_is_named(self):
        path = self.write("secret.jsonl", jsonl([{"id": "a", "text": "x"}]))
        os.chmod(path, 0)
        result = run("validate", path)
        self.assertEqual(result.returncode, 3)
        self.assertIn(f"{path}: error: cannot open", result.stderr)

    def test_config_errors_are_usage_errors_with_json_paths(self):
        config = self.write("c.json", json.dumps({"langauge": "vi", "name": "report"}))
        result = run("report", EXAMPLES, "--period", "2024-Q4", "-o", self.tmp, "--config", config)
        self.assertEqual(result.returncode, 2, result.stderr)
        self.assertIn("/langauge: unknown key", result.stderr)
        self.assertIn("/name: must contain {period}", result.stderr)

    def test_config_name_pattern_and_sites(self):
        config = self.write("c.json", json.dumps({"name": "baocao-{period}", "sites": {"x.vn": "Nghệ An"}}))
        path = self.write("s.jsonl", jsonl([{"id": "a", "site": "x.vn", "text": ARTICLE.format(day=8, n=19)}]))
        result = run("report", path, "--period", "2024-Q4", "-o", self.tmp, "--config", config)
        self.assertEqual(result.returncode, 0, result.stderr)
        wb = openpyxl.load_workbook(self.path("baocao-2024-Q4.xlsx"))
        names = [r[0].value for r in wb["Cơ quan"].iter_rows(min_row=2)]
        self.assertIn("Ban Dân vận Tỉnh ủy Nghệ An", names)


if __name__ == "__main__":
    unittest.main()
