"""A user's test file that uses only the plugin's fixtures passes with both clients, and every
control (fail, stall, 1303, faults, clock jump, reset between tests) does what it says."""

from __future__ import annotations

import pytest

from tests.testing_with_mock._project import run_user_tests

USER_TESTS = """
import os

import pytest

from kling_ext import ConcurrencyLimitError, RateLimitError, TaskFailedError, WaitTimeoutError
from kling_mock import DEFAULT_API_KEY, FAIL_MARKER


def test_sync_client_creates_waits_and_downloads(kling_client, tmp_path):
    task = kling_client.videos.text2video.create(prompt="a red fox in snow")
    done = kling_client.videos.text2video.wait(task, timeout=20)
    (path,) = kling_client.download(done, tmp_path)
    assert path.read_bytes()[4:8] == b"ftyp"


@pytest.mark.anyio
async def test_async_client_creates_waits_and_downloads(async_kling_client, tmp_path):
    task = await async_kling_client.images.generations.create(prompt="a fox", n=2)
    done = await async_kling_client.images.generations.wait(task, timeout=20)
    paths = await async_kling_client.download(done, tmp_path)
    assert [p.read_bytes()[:4] for p in paths] == [b"\\x89PNG"] * 2


def test_each_test_starts_from_a_reset_simulator(kling_mock_server):
    assert kling_mock_server.stats()["tasks_created"] == 0
    assert kling_mock_server.config()["fail_all"] is False
    kling_mock_server.fail_tasks()  # left on: the next test must not see it


def test_failed_tasks(kling_client, kling_mock_server):
    assert kling_mock_server.stats()["tasks_created"] == 0
    kling_mock_server.fail_tasks()
    task = kling_client.videos.text2video.create(prompt="a fox")
    with pytest.raises(TaskFailedError, match="fail_all"):
        kling_client.videos.text2video.wait(task, timeout=20)
    kling_mock_server.fail_tasks(False)
    task = kling_client.videos.text2video.create(prompt=f"a fox {FAIL_MARKER}")
    with pytest.raises(TaskFailedError, match="marker"):
        kling_client.videos.text2video.wait(task, timeout=20)


@pytest.mark.anyio
async def test_stalled_tasks_end_when_the_clock_jumps(async_kling_client, kling_mock_server):
    kling_mock_server.stall_tasks()
    task = await async_kling_client.videos.text2video.create(prompt="a fox")
    with pytest.raises(WaitTimeoutError):
        await async_kling_client.videos.text2video.wait(task, timeout=0.3)
    kling_mock_server.jump(86400)
    done = await async_kling_client.videos.text2video.wait(task, timeout=20)
    assert done.status == "succeed"


def test_concurrency_limit_and_faults(kling_client, kling_mock_server):
    kling_mock_server.limit_concurrency(0)
    with pytest.raises(ConcurrencyLimitError) as caught:
        kling_client.videos.text2video.create(prompt="a fox")
    assert caught.value.code == 1303
    kling_mock_server.limit_concurrency(None)
    kling_mock_server.add_fault("rate_limit", count=1, operations=["create"])
    with pytest.raises(RateLimitError):
        kling_client.videos.text2video.create(prompt="a fox")
    assert kling_client.videos.text2video.create(prompt="a fox").task_id


def test_code_that_reads_the_environment(kling_mock_env):
    from kling_ext import Kling

    assert os.environ["KLING_API_KEY"] == DEFAULT_API_KEY
    with Kling() as client:
        assert client.videos.text2video.create(prompt="a fox").status == "submitted"
"""


def test_a_user_test_file_using_only_the_fixtures_passes(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytester.makepyfile(test_app=USER_TESTS)
    result = run_user_tests(pytester, monkeypatch, "-v")
    result.assert_outcomes(passed=7)


def test_a_failing_user_test_fails(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The fixtures do not swallow failures: a wrong expectation is reported."""
    pytester.makepyfile(
        test_wrong="""
        def test_wrong(kling_client):
            task = kling_client.videos.text2video.create(prompt="a fox")
            assert task.status == "succeed"
        """
    )
    result = run_user_tests(pytester, monkeypatch)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*assert 'submitted' == 'succeed'*"])


def test_the_start_up_configuration_can_be_overridden(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytester.makeconftest(
        """
        import pytest

        @pytest.fixture(scope="session")
        def kling_mock_config():
            return {"fail_all": True, "succeed_after": 0.1, "processing_after": 0.0}
        """
    )
    pytester.makepyfile(
        test_conf="""
        import pytest
        from kling_ext import TaskFailedError

        @pytest.mark.parametrize("attempt", [1, 2])  # a reset keeps the start-up configuration
        def test_configured(kling_client, kling_mock_server, attempt):
            task = kling_client.videos.text2video.create(prompt="a fox")
            with pytest.raises(TaskFailedError):
                kling_client.videos.text2video.wait(task, timeout=20)
        """
    )
    run_user_tests(pytester, monkeypatch).assert_outcomes(passed=2)
