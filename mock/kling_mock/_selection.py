"""Multi-elements selection sessions (``/v1/videos/multi-elements/*-selection``): synchronous,
stateful, not tasks.

``init-selection`` opens a session on a video (24 h); ``add-selection`` and ``delete-selection``
mark and unmark points of one frame (at most 10 frames, 10 points each) and answer the masks of
that frame; ``clear-selection`` forgets every point; ``preview-selection`` answers a masked video.
A multi-elements create must name a session issued here.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from typing import Any

from ._checks import RequestInvalid, exactly_one, require
from ._media import png_bytes

FPS = 30.0
WIDTH, HEIGHT = 720, 1280
MAX_FRAMES = MAX_POINTS = 10
SESSION_SECONDS = 24 * 3600.0
Point = tuple[float, float]


@dataclass
class Selection:
    """One session: the video's facts and the points marked per frame."""

    session_id: str
    created: float
    seconds: float
    base_url: str
    frames: dict[int, list[Point]] = field(default_factory=dict)

    @property
    def total_frame(self) -> int:
        """Frames of the video."""
        return round(self.seconds * FPS)

    def facts(self) -> dict[str, Any]:
        """The ``data`` of init-selection."""
        return {
            **self.base(),
            "fps": FPS,
            "original_duration": round(self.seconds * 1000),
            "width": WIDTH,
            "height": HEIGHT,
            "total_frame": self.total_frame,
            "normalized_video": self.media("normalized.mp4", self.seconds),
        }

    def base(self) -> dict[str, Any]:
        """What every selection answer carries."""
        return {"status": 0, "session_id": self.session_id, "final_unit_deduction": "0"}

    def media(self, name: str, seconds: float | None = None) -> str:
        """URL of a file of the session under ``/media``."""
        query = f"?d={seconds:g}" if seconds is not None else ""
        return f"{self.base_url}/media/{self.session_id}/{name}{query}"

    def masks(self, frame: int) -> dict[str, Any]:
        """The ``data`` of add/delete-selection: one mask per marked point of ``frame``."""
        png = base64.b64encode(png_bytes()).decode("ascii")
        size = [HEIGHT, WIDTH]
        items = [
            {
                "object_id": n,
                "rle_mask": {"size": size, "counts": f"{round(x * WIDTH)}:{round(y * HEIGHT)}"},
                "png_mask": {"size": size, "base64": png},
            }
            for n, (x, y) in enumerate(self.frames.get(frame, []))
        ]
        return {**self.base(), "res": {"frame_index": frame, "rle_mask_list": items}}

    def preview(self) -> dict[str, Any]:
        """The ``data`` of preview-selection."""
        res = {
            "video": self.media("preview.mp4", self.seconds),
            "video_cover": self.media("preview-cover.png"),
            "tracking_output": self.media("tracking.png"),
        }
        return {**self.base(), "res": res}


class SelectionStore:
    """The selection sessions of the (single) simulated account."""

    def __init__(self) -> None:
        self._sessions: dict[str, Selection] = {}

    def __len__(self) -> int:
        return len(self._sessions)

    def clear(self) -> None:
        """Forget every session."""
        self._sessions.clear()

    def open(self, session: Selection) -> Selection:
        """Remember a new session."""
        self._sessions[session.session_id] = session
        return session

    def find(self, body: dict[str, Any], now: float) -> Selection:
        """The live session a body names (1201 when unknown or older than 24 h)."""
        require(body, "session_id")
        found = self._sessions.get(str(body["session_id"]))
        if found is None or now - found.created > SESSION_SECONDS:
            raise RequestInvalid("session_id not found or expired")
        return found


def check_source(body: dict[str, Any], seconds: float) -> None:
    """init-selection: exactly one video, 2-5 s or 7-10 s long."""
    exactly_one(body, "video_id", "video_url")
    if not (2 <= seconds <= 5 or 7 <= seconds <= 10):
        raise RequestInvalid("video must last 2-5 s or 7-10 s")


def points_of(body: dict[str, Any], session: Selection) -> tuple[int, list[Point]]:
    """The frame and points of an add/delete-selection body (1201 when out of range)."""
    frame = body.get("frame_index")
    if (
        isinstance(frame, bool)
        or not isinstance(frame, int)
        or not 0 <= frame < session.total_frame
    ):
        raise RequestInvalid(f"frame_index must be an integer from 0 to {session.total_frame - 1}")
    raw = body.get("points")
    if not isinstance(raw, list) or not 1 <= len(raw) <= MAX_POINTS:
        raise RequestInvalid(f"points must be a list of 1 to {MAX_POINTS} points")
    points = []
    for n, point in enumerate(raw):
        x, y = (point.get(k) if isinstance(point, dict) else None for k in ("x", "y"))
        if not all(
            isinstance(v, int | float) and not isinstance(v, bool) and 0 <= v <= 1 for v in (x, y)
        ):
            raise RequestInvalid(f"points[{n}]: x and y must be numbers from 0 to 1")
        points.append((float(x), float(y)))  # type: ignore[arg-type]
    return frame, points


def add(session: Selection, frame: int, points: list[Point]) -> None:
    """Mark points (1201 past 10 frames or 10 points on a frame)."""
    if frame not in session.frames and len(session.frames) >= MAX_FRAMES:
        raise RequestInvalid(f"frame_index: at most {MAX_FRAMES} frames can be marked")
    marked = session.frames.setdefault(frame, [])
    marked.extend(p for p in points if p not in marked)
    if len(marked) > MAX_POINTS:
        del marked[MAX_POINTS:]
        raise RequestInvalid(f"points: at most {MAX_POINTS} points per frame")


def delete(session: Selection, frame: int, points: list[Point]) -> None:
    """Unmark points (those not marked are ignored); a frame left empty is unmarked."""
    marked = [p for p in session.frames.get(frame, []) if p not in points]
    if marked:
        session.frames[frame] = marked
    else:
        session.frames.pop(frame, None)
