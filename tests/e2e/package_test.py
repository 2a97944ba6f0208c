"""The Debian package as a packager and an office's server see it: cpack
builds it from this build tree, dpkg-deb shows its metadata and contents,
lintian finds nothing, the unpacked binary makes a report with only its
installed templates, systemd-analyze accepts the units, and the man page
renders without warnings and documents every option --help lists."""
import glob
import os
import re
import shutil
import subprocess
import unittest

import openpyxl

from harness import BIN, SOURCE, TempDirTest, run

BUILD = os.path.dirname(os.path.abspath(BIN))
MAN = os.path.join(SOURCE, "packaging", "coordreport.1")


class Package(TempDirTest):
    def build(self):
        result = subprocess.run(["cpack", "-G", "DEB", "--config", os.path.join(BUILD, "CPackConfig.cmake"),
                                 "-B", self.path("pkg")], capture_output=True, text=True, timeout=600)
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        [deb] = glob.glob(self.path("pkg", "coordreport_*_*.deb"))
        return deb

    def test_package_metadata_contents_and_a_report_from_the_unpacked_binary(self):
        deb = self.build()
        info = subprocess.run(["dpkg-deb", "-I", deb], capture_output=True, text=True, check=True).stdout
        self.assertRegex(info, r"Package: coordreport\n")
        self.assertRegex(info, r"Version: \d+\.\d+\.\d+")
        # Computed by dpkg-shlibdeps from the binary, not written by hand.
        depends = re.search(r"Depends: (.*)", info).group(1)
        for library in ("libxlsxwriter4", "libicu72", "libminizip1", "libstdc++6", "libc6"):
            self.assertIn(library, depends)
        self.assertIn("Description: quarterly reports", info)
        contents = subprocess.run(["dpkg-deb", "-c", deb], capture_output=True, text=True, check=True).stdout
        for path in ("./usr/bin/coordreport", "./usr/share/coordreport/templates/vi/summary.md.mustache",
                     "./usr/share/coordreport/templates/en/summary.md.mustache", "./usr/share/man/man1/coordreport.1.gz",
                     "./lib/systemd/system/coordreport.service", "./lib/systemd/system/coordreport.timer",
                     "./usr/share/bash-completion/completions/coordreport", "./usr/share/doc/coordreport/copyright",
                     "./usr/share/doc/coordreport/changelog.gz", "./usr/share/doc/coordreport/record.schema.json",
                     "./usr/share/doc/coordreport/examples/records.jsonl"):
            self.assertIn(path, contents)
        if shutil.which("lintian"):
            lint = subprocess.run(["lintian", "--tag-display-limit", "0", deb], capture_output=True, text=True,
                                  timeout=600)
            tags = [l for l in lint.stdout.splitlines() if re.match(r"[EW]: ", l)]
            self.assertEqual(tags, [], lint.stdout)

        root = self.path("root")
        subprocess.run(["dpkg-deb", "-x", deb, root], check=True)
        env = {k: v for k, v in os.environ.items() if not k.startswith("COORDREPORT_")}
        env["HOME"] = self.tmp
        # Only the installed templates: the binary must not reach for this checkout.
        result = subprocess.run([os.path.join(root, "usr", "bin", "coordreport"), "report",
                                 os.path.join(root, "usr", "share", "doc", "coordreport", "examples"),
                                 "--by", "quarter", "-o", self.path("out")],
                                capture_output=True, text=True, env=env, cwd=self.tmp, timeout=300)
        self.assertEqual(result.returncode, 0, result.stderr)
        wb = openpyxl.load_workbook(self.path("out", "coordination-2024-Q3..2026-Q2.xlsx"))
        self.assertGreater(wb["Chương trình"].max_row, 8)
        with open(self.path("out", "coordination-2024-Q3..2026-Q2.md"), encoding="utf-8") as f:
            memo = f.read()
        self.assertIn("# Báo cáo", memo)
        self.assertIn("## Cần chú ý", memo)  # the installed templates have the new partial

        # The units, against the unpacked tree (with the host's targets).
        units = os.path.join(root, "lib", "systemd", "system")
        targets = os.path.join(root, "usr", "lib", "systemd", "system")
        os.makedirs(targets)
        for target in glob.glob("/lib/systemd/system/*.target"):
            shutil.copy(target, targets)
        verify = subprocess.run(["systemd-analyze", "verify", "--man=no", f"--root={root}",
                                 os.path.join(units, "coordreport.service"), os.path.join(units, "coordreport.timer")],
                                capture_output=True, text=True)
        self.assertEqual(verify.returncode, 0, verify.stderr)
        with open(os.path.join(units, "coordreport.timer")) as f:
            timer = f.read()
        self.assertIn("Persistent=true", timer)
        self.assertIn("OnCalendar=*-01,04,07,10-01", timer)

    def test_a_broken_unit_fails_verification(self):
        """systemd-analyze does fail: a misspelt setting is caught."""
        root = self.path("root")
        units = os.path.join(root, "lib", "systemd", "system")
        os.makedirs(units)
        with open(os.path.join(SOURCE, "packaging", "coordreport.timer")) as f:
            broken = f.read().replace("OnCalendar=", "OnCalender=")
        with open(os.path.join(units, "coordreport.timer"), "w") as f:
            f.write(broken)
        targets = os.path.join(root, "usr", "lib", "systemd", "system")
        os.makedirs(targets)
        for target in glob.glob("/lib/systemd/system/*.target"):
            shutil.copy(target, targets)
        verify = subprocess.run(["systemd-analyze", "verify", "--man=no", f"--root={root}",
                                 os.path.join(units, "coordreport.timer")], capture_output=True, text=True)
        self.assertIn("OnCalender", verify.stderr)


class Completion(unittest.TestCase):
    SCRIPT = """
source /usr/share/bash-completion/bash_completion
source "$1"
complete_words() {
  COMP_WORDS=("$@"); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
  COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}
  COMPREPLY=(); _coordreport coordreport "${COMP_WORDS[-1]}" "${COMP_WORDS[-2]}"
  echo "${COMPREPLY[*]}"
}
complete_words coordreport ""
complete_words coordreport report --period last-
complete_words coordreport report --lang ""
complete_words coordreport report --by ""
complete_words coordreport eval --co
complete_words coordreport report --fo
"""

    def test_subcommands_options_periods_and_languages(self):
        result = subprocess.run(["bash", "-c", self.SCRIPT, "bash", os.path.join(SOURCE, "packaging",
                                                                                 "coordreport.bash-completion")],
                                capture_output=True, text=True)
        self.assertEqual(result.stderr, "")
        self.assertEqual(result.stdout.splitlines(), [
            "report extract validate eval --help --version",
            "last-quarter last-month last-half last-year",
            "vi en",
            "month quarter half year",
            "--config --corrections",
            "--format"])


class ManPage(unittest.TestCase):
    def render(self):
        result = subprocess.run(["man", "--warnings", "--nh", "--nj", "-E", "UTF-8", "-l", MAN], capture_output=True,
                                text=True, env=dict(os.environ, MANWIDTH="200", LC_ALL="C.UTF-8"))
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stderr, "")
        return result.stdout

    def test_renders_without_warnings_and_covers_every_option_of_help(self):
        page = self.render()
        for command in ("report", "extract", "validate", "eval"):
            self.assertIn(f"coordreport {command}", page)
            help_text = run(command, "--help").stdout
            for option in re.findall(r"^\s+(?:-\w,)?(--[\w-]+)", help_text, re.M):
                self.assertIn(option, page, f"{command} {option}")
        for code in ("0", "1", "2", "3"):
            self.assertRegex(page, rf"\n\s+{code}\s+\S")
        for variable in ("COORDREPORT_CONFIG", "XDG_CONFIG_HOME", "COORDREPORT_TEMPLATES", "SOURCE_DATE_EPOCH"):
            self.assertIn(variable, page)

    def test_every_environment_variable_the_code_reads_is_documented(self):
        page = self.render()
        for source in glob.glob(os.path.join(SOURCE, "src", "**", "*.cc"), recursive=True):
            with open(source, encoding="utf-8") as f:
                for variable in re.findall(r'getenv\("(\w+)"\)', f.read()):
                    self.assertIn(variable, page, source)


if __name__ == "__main__":
    unittest.main()
