"""Face identification (``POST /v1/videos/identify-face``): synchronous sessions, not tasks.

Every call opens a session with two faces. The face pictures are the simulator's PNG, served at
``/files/{session_id}/face-{face_id}.png``; an advanced lip-sync create must name one of the
sessions (and one of its faces) issued here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

FACE_IDS = ("0", "1")


@dataclass(frozen=True)
class Session:
    """One identify-face answer: the session, the video's length and where its files live."""

    session_id: str
    created: float
    duration: str
    base_url: str

    @property
    def duration_ms(self) -> int:
        """The video's length in milliseconds."""
        return round(float(self.duration) * 1000)

    def file_names(self) -> list[str]:
        """Names of the face pictures under ``/files/{session_id}/``."""
        return [f"face-{face_id}.png" for face_id in FACE_IDS]

    def faces(self) -> list[dict[str, Any]]:
        """``face_data``: face 0 is seen throughout, face 1 from a third of the video on."""
        end = self.duration_ms
        starts = {"0": 0, "1": end // 3}
        return [
            {
                "face_id": face_id,
                "face_image": f"{self.base_url}/files/{self.session_id}/{name}",
                "start_time": starts[face_id],
                "end_time": end,
            }
            for face_id, name in zip(FACE_IDS, self.file_names(), strict=True)
        ]

    def answer(self) -> dict[str, Any]:
        """The ``data`` of the identify-face envelope (identification is free here)."""
        return {
            "session_id": self.session_id,
            "final_unit_deduction": "0",
            "face_data": self.faces(),
        }


class SessionStore:
    """The sessions issued to the (single) simulated account."""

    def __init__(self) -> None:
        self._sessions: dict[str, Session] = {}

    def __len__(self) -> int:
        return len(self._sessions)

    def add(self, session: Session) -> None:
        """Remember a new session."""
        self._sessions[session.session_id] = session

    def get(self, session_id: str) -> Session | None:
        """A session by id."""
        return self._sessions.get(session_id)

    def clear(self) -> None:
        """Forget every session."""
        self._sessions.clear()
