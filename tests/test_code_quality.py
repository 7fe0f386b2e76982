"""The house style's tooling, run on src/: ruff (lint) and mypy --strict must stay clean."""
from __future__ import annotations

import subprocess
import sys

from .conftest import ROOT


def test_ruff_is_clean():
    r = subprocess.run([sys.executable, "-m", "ruff", "check", "src", "--select", "E,F,W,I,B", "--ignore", "B008",
                        "--line-length", "120"], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr


def test_mypy_strict_is_clean():
    r = subprocess.run([sys.executable, "-m", "mypy", "--strict", "src"], cwd=ROOT, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
