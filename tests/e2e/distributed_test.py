"""`coordreport extract` as a streaming filter: JSONL in on stdin, JSONL
out on stdout in input order, so extraction can be split across machines
(Hadoop Streaming, Spark RDD.pipe) and merged before `report`."""
import os
import subprocess
import unittest

from harness import BIN, EXAMPLES, TempDirTest, run


def generated(n, seed):
    gen = os.path.join(os.path.dirname(BIN), "coordreport_generate")
    return subprocess.run([gen, str(n), str(seed)], capture_output=True, check=True).stdout


class Distributed(TempDirTest):
    def setUp(self):
        super().setUp()
        self.cwd = os.getcwd()

    def tearDown(self):
        os.chdir(self.cwd)
        super().tearDown()

    def test_report_of_merged_parts_equals_report_of_the_whole(self):
        a, b = generated(300, 1), generated(200, 2)
        whole = subprocess.run([BIN, "extract", "-"], input=a + b, capture_output=True, check=True).stdout
        part_a = subprocess.run([BIN, "extract"], input=a, capture_output=True, check=True).stdout
        part_b = subprocess.run([BIN, "extract", "--jobs", "1"], input=b, capture_output=True, check=True).stdout
        self.assertEqual(part_a + part_b, whole)  # a pure filter: order kept, nothing shared between records
        # Same file name in each folder: warnings name their file:line, and
        # the two generated parts share ids, so there are duplicate warnings.
        self.write("whole/corpus.jsonl", whole.decode())
        self.write("merged/corpus.jsonl", (part_a + part_b).decode())
        self.write("raw/corpus.jsonl", (a + b).decode())
        outputs = {}
        for name in ("whole", "merged", "raw"):
            out = self.path("out-" + name)
            os.chdir(self.path(name))
            result = run("report", "corpus.jsonl", "--by", "quarter", "-o", out)
            self.assertEqual(result.returncode, 0, result.stderr)
            [xlsx] = [f for f in os.listdir(out) if f.endswith(".xlsx")]
            with open(os.path.join(out, xlsx), "rb") as f:
                outputs[name] = f.read()
        self.assertEqual(outputs["merged"], outputs["whole"])
        # Extracted records are trusted as they are, so reporting on them
        # gives the same workbook as reporting on the raw articles.
        self.assertEqual(outputs["raw"], outputs["whole"])

    def test_stdin_is_streamed_line_by_line(self):
        proc = subprocess.Popen([BIN, "extract", "-"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE)
        first = generated(1, 3)
        proc.stdin.write(first * 1)
        proc.stdin.flush()
        proc.stdin.write('{"id": "x", "text": "Ngày 2/3/2024, hai bên họp."}\n'.encode())
        out, err = proc.communicate(timeout=60)
        self.assertEqual(proc.returncode, 0, err)
        self.assertEqual(len(out.splitlines()), 2)

    def test_extract_to_a_file_is_atomic(self):
        target = self.path("records.jsonl")
        result = run("extract", EXAMPLES, "-o", target)
        self.assertEqual(result.returncode, 0, result.stderr)
        with open(target, encoding="utf-8") as f:
            self.assertEqual(len(f.readlines()), 14)
        self.assertEqual([n for n in os.listdir(self.tmp) if ".tmp-" in n], [])


if __name__ == "__main__":
    unittest.main()
