"""The polling schedule, the deadline and the per-family wait timeouts."""

from __future__ import annotations

import math
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kling_ext._core._polling import (
    DEFAULT_TIMEOUTS,
    KNOWN_STATUSES,
    TERMINAL_STATUSES,
    Deadline,
    PollSchedule,
    default_timeout,
    is_terminal,
    poll_delays,
)


class FakeClock:
    """A monotonic clock that moves only when told to."""

    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@st.composite
def schedules(draw: st.DrawFn) -> PollSchedule:
    initial = draw(st.floats(min_value=0.05, max_value=100.0))
    factor = draw(st.floats(min_value=1.0, max_value=10.0))
    cap = initial * draw(st.floats(min_value=1.0, max_value=1000.0))
    jitter = draw(st.floats(min_value=0.0, max_value=0.99))
    return PollSchedule(initial=initial, factor=factor, cap=max(cap, initial), jitter=jitter)


attempts = st.integers(min_value=0, max_value=100_000)
seeds = st.integers(min_value=0, max_value=2**32)


@given(schedules(), attempts, seeds)
def test_delay_stays_between_floor_and_cap(schedule: PollSchedule, attempt: int, seed: int) -> None:
    delay = schedule.delay(attempt, random.Random(seed))
    assert schedule.initial * (1 - schedule.jitter) <= delay <= schedule.cap
    assert schedule.floor == schedule.initial * (1 - schedule.jitter)


@given(schedules(), attempts, attempts)
def test_base_delay_never_decreases(schedule: PollSchedule, a: int, b: int) -> None:
    low, high = sorted((a, b))
    assert schedule.base_delay(low) <= schedule.base_delay(high) <= schedule.cap


@given(schedules(), st.integers(min_value=0, max_value=50), seeds)
def test_delay_is_the_base_times_at_most_the_jitter(
    schedule: PollSchedule, attempt: int, seed: int
) -> None:
    base = schedule.base_delay(attempt)
    delay = schedule.delay(attempt, random.Random(seed))
    tolerance = 1e-9 * base
    assert delay <= base * (1 + schedule.jitter) + tolerance
    assert delay >= min(base * (1 - schedule.jitter), schedule.cap) - tolerance


def test_default_schedule_grows_from_one_second_to_the_cap() -> None:
    schedule = PollSchedule()
    assert [schedule.base_delay(n) for n in range(3)] == [1.0, 1.5, 2.25]
    assert schedule.base_delay(10) == 15.0
    assert schedule.base_delay(10**9) == 15.0  # no OverflowError
    assert schedule.base_delay(-1) == 1.0  # negative attempts count as the first


def test_delay_is_reproducible_from_the_seed() -> None:
    schedule = PollSchedule()
    first = [schedule.delay(n, random.Random(7)) for n in range(5)]
    assert first == [schedule.delay(n, random.Random(7)) for n in range(5)]


def test_no_jitter_gives_the_base_delay() -> None:
    schedule = PollSchedule(initial=2.0, factor=2.0, cap=10.0, jitter=0.0)
    assert [schedule.delay(n, random.Random(0)) for n in range(4)] == [2.0, 4.0, 8.0, 10.0]


@pytest.mark.parametrize(
    ("kwargs", "name"),
    [
        ({"initial": 0.0}, "initial"),
        ({"initial": -1.0}, "initial"),
        ({"initial": math.nan}, "initial"),
        ({"initial": math.inf, "cap": math.inf}, "initial"),
        ({"factor": 0.5}, "factor"),
        ({"factor": math.nan}, "factor"),
        ({"cap": 0.5}, "cap"),
        ({"cap": math.inf}, "cap"),
        ({"jitter": -0.1}, "jitter"),
        ({"jitter": 1.0}, "jitter"),
        ({"jitter": math.nan}, "jitter"),
    ],
)
def test_invalid_schedule_names_the_parameter(kwargs: dict[str, float], name: str) -> None:
    with pytest.raises(ValueError, match=name):
        PollSchedule(**kwargs)


def test_schedule_is_frozen() -> None:
    schedule = PollSchedule()
    with pytest.raises(AttributeError):
        schedule.cap = 1.0  # type: ignore[misc]


@given(
    st.one_of(st.none(), st.floats(min_value=0.0, max_value=1e6)),
    st.lists(st.floats(min_value=0.0, max_value=1e6), max_size=5),
    st.floats(allow_nan=False),
)
def test_clamp_never_exceeds_remaining_nor_goes_below_zero(
    timeout: float | None, steps: list[float], delay: float
) -> None:
    clock = FakeClock()
    deadline = Deadline(timeout, clock=clock)
    for step in steps:
        clock.advance(step)
    clamped = deadline.clamp(delay)
    assert 0.0 <= clamped <= deadline.remaining()
    if delay >= 0:
        assert clamped == min(delay, deadline.remaining())


def test_deadline_with_a_fake_clock() -> None:
    clock = FakeClock()
    deadline = Deadline(10.0, clock=clock)
    assert (deadline.elapsed(), deadline.remaining(), deadline.expired()) == (0.0, 10.0, False)
    clock.advance(4.0)
    assert (deadline.elapsed(), deadline.remaining(), deadline.expired()) == (4.0, 6.0, False)
    assert deadline.clamp(15.0) == 6.0
    assert deadline.clamp(2.5) == 2.5
    clock.advance(6.0)
    assert deadline.expired()
    assert deadline.remaining() == 0.0
    assert deadline.clamp(3.0) == 0.0
    assert "timeout=10.0" in repr(deadline)


def test_deadline_without_timeout_never_expires() -> None:
    clock = FakeClock()
    deadline = Deadline(None, clock=clock)
    clock.advance(1e9)
    assert not deadline.expired()
    assert deadline.remaining() == math.inf
    assert deadline.clamp(5.0) == 5.0


def test_zero_timeout_is_expired_at_once() -> None:
    assert Deadline(0.0, clock=FakeClock()).expired()


def test_clock_going_backwards_does_not_add_time() -> None:
    clock = FakeClock()
    deadline = Deadline(5.0, clock=clock)
    clock.advance(-100.0)
    assert deadline.elapsed() == 0.0
    assert deadline.remaining() == 5.0


@pytest.mark.parametrize("timeout", [-1.0, math.nan])
def test_invalid_timeout(timeout: float) -> None:
    with pytest.raises(ValueError, match="timeout"):
        Deadline(timeout)


def test_default_deadline_uses_the_monotonic_clock() -> None:
    deadline = Deadline(60.0)
    assert 0.0 <= deadline.elapsed() < 60.0
    assert not deadline.expired()


@given(schedules(), st.floats(min_value=0.0, max_value=60.0), seeds)
def test_poll_delays_never_sleep_past_the_deadline(
    schedule: PollSchedule, timeout: float, seed: int
) -> None:
    clock = FakeClock(0.0)
    deadline = Deadline(timeout, clock=clock)
    # A fake clock can absorb a tiny step near the deadline (a real one keeps moving), so stop
    # after the most polls the floor allows, plus a couple for rounding.
    budget = int(timeout / schedule.floor) + 3
    slept = 0.0
    for count, delay in enumerate(poll_delays(schedule, deadline, random.Random(seed))):
        assert 0.0 <= delay <= min(schedule.cap, timeout - slept + 1e-9)
        clock.advance(delay)
        slept += delay
        if count >= budget:
            break
    assert slept <= timeout + 1e-9


def test_poll_delays_follow_the_schedule() -> None:
    clock = FakeClock()
    schedule = PollSchedule(initial=1.0, factor=2.0, cap=4.0, jitter=0.0)
    delays: list[float] = []
    for delay in poll_delays(schedule, Deadline(10.0, clock=clock), random.Random(0)):
        delays.append(delay)
        clock.advance(delay)
    assert delays == [1.0, 2.0, 4.0, 3.0]


VIDEO_FAMILIES = (
    "text_to_video",
    "image_to_video",
    "video_extend",
    "lip_sync",
    "video_effects",
    # added after the 2025-03-25 baseline (FACTS section 3)
    "multi_image_to_video",
    "motion_control",
    "avatar",
    "omni_video",
    "advanced_lip_sync",
    "multi_elements",  # FACTS-2026 §4.7
)
SHORT_FAMILIES = (  # image and audio families
    "image_generation",
    "virtual_try_on",
    "multi_image_to_image",
    "image_expansion",
    "text_to_audio",
    "video_to_audio",
    *("omni_image", "custom_voice", "element_library", "ai_multi_shot"),  # FACTS-2026 §4
)


def test_every_family_has_a_default_timeout() -> None:
    assert set(DEFAULT_TIMEOUTS) == {*VIDEO_FAMILIES, *SHORT_FAMILIES}


@pytest.mark.parametrize("family", VIDEO_FAMILIES)
def test_video_families_wait_30_minutes(family: str) -> None:
    assert default_timeout(family) == DEFAULT_TIMEOUTS[family] == 30 * 60


@pytest.mark.parametrize("family", SHORT_FAMILIES)
def test_image_and_audio_families_wait_10_minutes(family: str) -> None:
    assert default_timeout(family) == DEFAULT_TIMEOUTS[family] == 10 * 60
    assert default_timeout(family) < default_timeout("text_to_video")


@pytest.mark.parametrize("family", ["future_family", "", "TEXT_TO_VIDEO"])
def test_unknown_family_gets_the_video_timeout(family: str) -> None:
    assert family not in DEFAULT_TIMEOUTS
    assert default_timeout(family) == default_timeout("text_to_video")


def test_default_timeouts_are_read_only() -> None:
    with pytest.raises(TypeError):
        DEFAULT_TIMEOUTS["text_to_video"] = 1.0  # type: ignore[index]


@pytest.mark.parametrize(
    ("status", "terminal"),
    [
        ("succeed", True),
        ("failed", True),
        ("submitted", False),
        ("processing", False),
        ("queued", False),  # a status we do not know yet keeps the wait going
        ("SUCCEED", False),
        ("", False),
        (None, False),
    ],
)
def test_is_terminal(status: str | None, terminal: bool) -> None:
    assert is_terminal(status) is terminal


def test_status_sets() -> None:
    assert sorted(TERMINAL_STATUSES) == ["failed", "succeed", "succeeded"]
    assert sorted(KNOWN_STATUSES) == ["failed", "processing", "submitted", "succeed", "succeeded"]
