"""tools/dask_report.py on a real Dask cluster: a scheduler and two worker
processes (Debian's python3-distributed commands) on 127.0.0.1; the
driver's workbook and memo are byte-identical to a single-machine run."""
import os
import socket
import subprocess
import sys
import time
import unittest

from harness import BIN, SOURCE, TempDirTest, run

DRIVER = os.path.join(SOURCE, "tools", "dask_report.py")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class DaskCluster(TempDirTest):
    def setUp(self):
        super().setUp()
        self.port = free_port()
        address = f"tcp://127.0.0.1:{self.port}"
        self.address = address
        common = dict(stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=self.tmp)
        self.processes = [subprocess.Popen(["dask-scheduler", "--host", "127.0.0.1", "--port", str(self.port),
                                            "--no-dashboard"], **common)]
        self.wait_for_port()
        for i in range(2):
            self.processes.append(subprocess.Popen(["dask-worker", address, "--nworkers", "1", "--nthreads", "1",
                                                    "--no-dashboard", "--name", f"w{i}",
                                                    "--local-directory", self.path(f"w{i}")], **common))
        self.wait_for_workers(2)

    def tearDown(self):
        for p in reversed(self.processes):
            p.terminate()
        for p in self.processes:
            try:
                p.wait(timeout=30)
            except subprocess.TimeoutExpired:
                p.kill()
        super().tearDown()

    def wait_for_port(self):
        for _ in range(300):
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", self.port)) == 0:
                    return
            time.sleep(0.1)
        self.fail("the scheduler did not start")

    def wait_for_workers(self, n):
        from distributed import Client
        with Client(self.address, timeout=60) as client:
            client.wait_for_workers(n, timeout=120)

    def test_driver_output_equals_a_single_machine_run(self):
        generate = os.path.join(os.path.dirname(BIN), "coordreport_generate")
        corpus = subprocess.run([generate, "1500", "7"], capture_output=True, check=True).stdout
        os.makedirs(self.path("in"))
        with open(self.path("in", "archive.jsonl"), "wb") as f:
            f.write(corpus)
        single = subprocess.run([BIN, "report", "archive.jsonl", "--by", "quarter", "-o", self.path("single")],
                                cwd=self.path("in"), capture_output=True, text=True)
        self.assertEqual(single.returncode, 0, single.stderr)
        driver = subprocess.run([sys.executable, DRIVER, self.address, self.path("in", "archive.jsonl"),
                                 "--out", self.path("dask"), "--shard-lines", "200", "--coordreport", BIN,
                                 "--worker-coordreport", BIN, "--", "--by", "quarter"],
                                capture_output=True, text=True, timeout=600)
        self.assertEqual(driver.returncode, 0, driver.stderr)
        names = sorted(os.listdir(self.path("single")))
        self.assertEqual(sorted(n for n in os.listdir(self.path("dask")) if not n.startswith(".")),
                         [n for n in names if not n.startswith(".")])
        for name in names:
            if name.startswith("."):
                continue
            with open(self.path("single", name), "rb") as a, open(self.path("dask", name), "rb") as b:
                self.assertEqual(a.read(), b.read(), name)


if __name__ == "__main__":
    unittest.main()
