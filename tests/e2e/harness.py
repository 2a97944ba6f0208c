"""Shared helpers for the end-to-end tests: run the real binary, read its
real outputs. ctest passes COORDREPORT_BIN and COORDREPORT_SOURCE."""
import json
import os
import subprocess
import tempfile
import unittest

BIN = os.environ.get("COORDREPORT_BIN", "build/coordreport")
SOURCE = os.environ.get("COORDREPORT_SOURCE", ".")
EXAMPLES = os.path.join(SOURCE, "examples")
SEEDS = os.path.normpath(os.path.join(SOURCE, "..", "shared", "seeds"))


def run(*args, stdin=None, env=None):
    """Runs coordreport; returns the CompletedProcess (text mode)."""
    full_env = dict(os.environ)
    full_env.update(env or {})
    return subprocess.run([BIN, *args], input=stdin, capture_output=True, text=True, env=full_env, timeout=300)


class TempDirTest(unittest.TestCase):
    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory(prefix="coordreport-e2e-")
        self.tmp = self._tmp.name

    def tearDown(self):
        self._tmp.cleanup()

    def path(self, *parts):
        return os.path.join(self.tmp, *parts)

    def write(self, name, content, mode="w"):
        p = self.path(name)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, mode) as f:
            f.write(content)
        return p


def jsonl(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
