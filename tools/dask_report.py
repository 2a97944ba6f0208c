#!/usr/bin/python3
"""Extraction spread over a Dask cluster, then one report.

Splits a JSONL archive into shards of whole lines, has the cluster's
workers pipe each shard through `coordreport extract` (the same streaming
filter Hadoop Streaming or Spark would call), gathers the extracted parts
in input order into one JSONL file, and runs `coordreport report` on it
here. The workbook and memo are byte-identical to a single-machine run on
the same archive.

  tools/dask_report.py SCHEDULER ARCHIVE.jsonl --out DIR [--shard-lines N]
                       [--coordreport PATH] [--worker-coordreport PATH] -- REPORT OPTIONS

SCHEDULER is a Dask scheduler address (tcp://host:8786). Every worker needs
coordreport installed (the Debian package); --worker-coordreport names it
when it is not on the workers' PATH. Everything after "--" goes to
`coordreport report` (for example --period last-quarter or --by quarter).
"""
import argparse
import os
import subprocess
import sys
import tempfile

from distributed import Client


def extract_shard(coordreport, lines):
    """On a worker: the shard's lines through `coordreport extract`; returns
    (exit code, extracted JSONL bytes, diagnostics)."""
    result = subprocess.run([coordreport, "extract", "--jobs", "1", "-"], input=lines, capture_output=True)
    return result.returncode, result.stdout, result.stderr.decode("utf-8", "replace")


def shards(path, shard_lines):
    with open(path, "rb") as f:
        shard = []
        for line in f:
            shard.append(line)
            if len(shard) == shard_lines:
                yield b"".join(shard)
                shard = []
        if shard:
            yield b"".join(shard)


def main(argv):
    if "--" in argv:
        split = argv.index("--")
        argv, report_args = argv[:split], argv[split + 1:]
    else:
        report_args = []
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("scheduler")
    ap.add_argument("archive")
    ap.add_argument("--out", required=True)
    ap.add_argument("--shard-lines", type=int, default=2000)
    ap.add_argument("--coordreport", default="coordreport", help="here, for the report")
    ap.add_argument("--worker-coordreport", default="coordreport", help="on the workers, for extraction")
    args = ap.parse_args(argv)

    with Client(args.scheduler) as client:
        futures = [client.submit(extract_shard, args.worker_coordreport, shard, pure=False)
                   for shard in shards(args.archive, args.shard_lines)]
        parts = client.gather(futures)  # in submission order: the archive's order
    worst = 0
    with tempfile.TemporaryDirectory(prefix="coordreport-dask-") as tmp:
        # The merged file keeps the archive's name: diagnostics of the report
        # name it as a single-machine run would.
        merged = os.path.join(tmp, os.path.basename(args.archive))
        with open(merged, "wb") as f:
            for code, extracted, diagnostics in parts:
                worst = max(worst, code)
                sys.stderr.write(diagnostics)
                f.write(extracted)
        os.makedirs(args.out, exist_ok=True)
        report = subprocess.run([args.coordreport, "report", merged, "-o", args.out, *report_args], cwd=tmp)
    return report.returncode if report.returncode != 0 else (1 if worst == 1 else 0)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
