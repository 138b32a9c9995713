"""The testing guide's code is run as written: the "Testing your code" section (of the guide, and
of the README once it carries the section) in a fresh project through the pytest plugin, the
guide's other test blocks likewise, and its plain-Python blocks (``serve()``, ``in_process()``) in
a new interpreter."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.testing_with_mock._project import run_user_tests

ROOT = Path(__file__).resolve().parents[2]
GUIDE = ROOT / "docs" / "testing.md"
README = ROOT / "README.md"
SECTION = "Testing your code"
_BLOCK = re.compile(r"^```python\n(.*?)^```$", re.MULTILINE | re.DOTALL)


def python_blocks(text: str) -> list[str]:
    """Every fenced ``python`` block of a Markdown text, in order."""
    return _BLOCK.findall(text)


def _section(path: Path, heading: str) -> str:
    """The text of ``path`` from the heading ``heading`` (any level) on."""
    text = path.read_text(encoding="utf-8")
    match = re.search(rf"^#+ {re.escape(heading)}\n", text, re.MULTILINE)
    assert match is not None, f"{path.name} has no heading {heading!r}"
    return text[match.start() :]


def section_snippet(path: Path, heading: str = SECTION) -> str:
    """The first ``python`` block after the heading ``heading`` of ``path``."""
    return python_blocks(_section(path, heading))[0]


def _with_the_section() -> list[Path]:
    """The guide, and the README when it has the section."""
    has_it = re.compile(rf"^#+ {SECTION}$", re.MULTILINE)
    return [GUIDE, *([README] if has_it.search(README.read_text(encoding="utf-8")) else [])]


@pytest.mark.parametrize("page", _with_the_section(), ids=lambda p: p.name)
def test_the_section_is_at_most_15_lines_and_needs_no_conftest(page: Path) -> None:
    section = _section(page, SECTION)
    snippet = section_snippet(page)
    through_the_block = section[: section.index(snippet) + len(snippet)].splitlines()
    assert len(through_the_block) + 1 <= 15  # + the closing fence
    assert not section.split("\n## ", 1)[0][section.index(snippet) + len(snippet) :].strip("`\n")
    assert "kling_client" in snippet
    assert "async_kling_client" in snippet
    assert "conftest" not in snippet


@pytest.mark.parametrize("page", _with_the_section(), ids=lambda p: p.name)
def test_the_testing_your_code_snippet_passes_as_a_user_test_file(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, page: Path
) -> None:
    pytester.makepyfile(test_videos=section_snippet(page))
    result = run_user_tests(pytester, monkeypatch, "-v")
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines(["*test_video PASSED*", "*test_failure*PASSED*"])


def test_every_test_block_of_the_guide_passes(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocks = [b for b in python_blocks(GUIDE.read_text(encoding="utf-8")) if "def test_" in b]
    assert len(blocks) >= 2
    tests = 0
    for index, block in enumerate(blocks):
        pytester.makepyfile(**{f"test_block_{index}": block})
        tests += block.count("\ndef test_") + block.count("\nasync def test_")
    run_user_tests(pytester, monkeypatch).assert_outcomes(passed=tests)


def test_the_plain_python_blocks_run(tmp_path: Path) -> None:
    blocks = [b for b in python_blocks(GUIDE.read_text(encoding="utf-8")) if "def test_" not in b]
    assert len(blocks) >= 2
    for block in blocks:
        done = subprocess.run(
            [sys.executable, "-W", "error", "-c", block],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
