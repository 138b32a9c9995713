"""The simulator's state and rules, apart from HTTP: tasks, clock, auth, limits, faults, stats."""

from __future__ import annotations

import logging
import random
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from ._auth import check_authorization
from ._callbacks import CallbackDispatcher, CallbackSender
from ._checks import RequestInvalid, video_source
from ._config import FaultKind, FaultRule, SimulatorConfig
from ._errors import ApiError
from ._faces import Session, SessionStore
from ._families import (
    Family,
    OperationKind,
    family_by_key,
    image_count,
    is_set,
    requested_duration,
)
from ._faults import FaultEngine, Stats
from ._selection import SelectionStore
from ._state import Task, TaskStore, ms

log = logging.getLogger("kling_mock")
FAIL_MARKER = "[fail]"
_DAY = 86400.0
# name, id, type, total quantity
_VIDEO_PACK = ("Kling Mock Video Pack", "6b6c696e676d6f636b766964656f7061", "decreasing_total", 1e3)
_IMAGE_PACK = ("Kling Mock Image Pack", "6b6c696e676d6f636b696d6167657061", "constant_period", 5e3)


def _contains_marker(value: object) -> bool:
    if isinstance(value, str):
        return FAIL_MARKER in value
    if isinstance(value, dict):
        return any(_contains_marker(v) for v in value.values())
    if isinstance(value, list):
        return any(_contains_marker(v) for v in value)
    return False


class Simulator:
    """One simulated Kling account. ``create_app`` wraps it in HTTP; tests may use it directly."""

    def __init__(
        self,
        config: SimulatorConfig,
        clock: Callable[[], float],
        sleep: Callable[[float], Awaitable[None]],
        callback_sender: CallbackSender | None = None,
    ) -> None:
        self._initial = config
        self.config = config
        self.clock = clock
        self.sleep = sleep
        self._store = TaskStore()
        self._pending: list[tuple[float, Task]] = []
        """Created tasks a late-commit fault keeps from look-ups until their time."""
        self._answer_faults: dict[str, FaultRule] = {}
        """The after-commit fault of a create whose answer is still to be sent."""
        self.sessions = SessionStore()
        self.selections = SelectionStore()
        self.stats = Stats()
        self.faults = FaultEngine(config.faults, config.seed)
        self.callbacks = CallbackDispatcher(
            clock,
            sleep,
            callback_sender,
            self.stats.callbacks,
            webhook_secret=lambda: self.config.webhook_secret,
        )
        rng = random.Random(config.seed)
        self._id_base = 800_000_000_000_000_000 + rng.randrange(10**14) * 1000
        self._seq = 0

    def update_config(self, raw: Mapping[str, Any]) -> SimulatorConfig:
        """Apply a partial JSON configuration (raises ConfigError); fault budgets restart."""
        new = self.config.updated(raw)
        if "faults" in raw or "seed" in raw:
            self.faults.set_rules(new.faults, new.seed)
        self.config = new
        log.info("configuration updated: %s", ", ".join(sorted(raw)) or "nothing")
        return new

    def reset(self) -> None:
        """Forget all tasks and counters and return to the start-up configuration."""
        self._store.clear()
        self._pending.clear()
        self._answer_faults.clear()
        self.sessions.clear()
        self.selections.clear()
        self.stats.clear()
        self.faults.fired.clear()
        self.config = self._initial
        self.faults.set_rules(self._initial.faults, self._initial.seed)
        log.info("reset")

    def authenticate(self, header: str | None, *, jwt_allowed: bool = True) -> None:
        """Raise AuthFailure (401, 1001-1004) unless auth is off or the API key or token is good
        (``jwt_allowed=False``: API keys only, as on the new-standard API)."""
        if self.config.auth:
            config = self.config
            check_authorization(
                header,
                config.access_key,
                config.secret_key,
                self.clock(),
                config.api_keys,
                jwt_allowed=jwt_allowed,
            )

    def fault(
        self,
        operation: OperationKind,
        family: Family | None,
        kinds: tuple[FaultKind, ...],
        accept: Callable[[FaultRule], bool] = lambda rule: True,
    ) -> FaultRule | None:
        """The fault rule that hits this request, if any (logged)."""
        rule = self.faults.pick(operation, family.key if family else None, kinds, accept)
        if rule is not None:
            log.info("fault %s on %s %s", rule.kind, operation, family.key if family else "")
        return rule

    @property
    def store(self) -> TaskStore:
        """The committed tasks: a late-committed task joins them once its commit time passes."""
        if self._pending:
            now = self.clock()
            for at, task in [p for p in self._pending if p[0] <= now]:
                self._pending.remove((at, task))
                self._store.add(task)
                log.info("committed %s task %s late", task.family.key, task.task_id)
        return self._store

    def answer_fault(self, task: Task) -> FaultRule | None:
        """The after-commit fault that decides the answer to ``task``'s create, if any (once)."""
        return self._answer_faults.pop(task.task_id, None)

    def create_task(
        self,
        family: Family,
        body: dict[str, Any],
        base_url: str,
        make: Callable[..., Task] = Task,
    ) -> Task:
        """Store a new task for a validated body, or raise ApiError (1102, 1201, 1303);
        ``make`` builds it (the new standard passes its own task class)."""
        duration = self._duration(family, body)
        if self.fault("create", family, ("insufficient_balance",)):
            raise ApiError(1102, "resource pack exhausted or expired (simulated)")
        external_id = body.get("external_task_id") or ""
        unique = self.config.unique_external_task_id
        if external_id and unique and self.store.has_external_id(external_id):
            raise ApiError(1201, "external_task_id already exists")
        now = self.clock()
        images = image_count(family, body)
        limit = self.config.concurrency.get(family.resource)
        cost = images if family.counts_n else 1
        if limit is not None and self.store.active_slots(family.resource, now) + cost > limit:
            raise ApiError(1303, "parallel task over resource pack limit")
        scale = self.config.time_scale
        fail_reason = None
        if self.config.fail_all:
            fail_reason = "Simulated failure: fail_all is set"
        elif _contains_marker(body):
            fail_reason = f"Simulated failure: the request contains the {FAIL_MARKER} marker"
        seq = self._next_seq()
        task = make(
            seq=seq,
            task_id=str(self._id_base + seq),
            family=family,
            external_task_id=external_id,
            created=now,
            processing_at=now + self.config.processing_after * scale,
            done_at=now + self.config.succeed_after * scale,
            fail_reason=fail_reason,
            duration=duration,
            images=images,
            callback_url=body.get("callback_url") or None,
            base_url=(self.config.public_base_url or base_url).rstrip("/"),
            parent_video=self._parent(body) if family.key == "video_extend" else None,
            request=body,
        )
        late = self.fault("create", family, ("late_commit", "error_after_commit"))
        if late is not None:
            self._answer_faults[task.task_id] = late
        if late is not None and late.seconds > 0:
            self._pending.append((now + late.seconds, task))
        else:
            self._store.add(task)
        log.info("created %s task %s", family.key, task.task_id)
        if task.callback_url and self.config.callbacks:
            self.callbacks.follow(task)
        return task

    def _next_seq(self) -> int:
        self._seq += 1
        return self._seq

    def _parent(self, body: dict[str, Any]) -> dict[str, str]:
        video_id = str(body.get("video_id"))
        source = self.store.video(video_id)
        if source is None:
            return {"id": video_id, "url": "", "duration": "5"}
        return {"id": video_id, "url": source.video_url, "duration": source.duration}

    def _source_duration(self, body: dict[str, Any]) -> str:
        """Length of the input video: that of the simulator's video ``video_id``, else "5"."""
        video_id = body.get("video_id")
        source = self.store.video(video_id) if isinstance(video_id, str) else None
        return source.duration if source is not None else "5"

    def _session(self, body: dict[str, Any]) -> Session:
        """The identify-face session an advanced lip-sync body names (1201 if unknown)."""
        session = self.sessions.get(str(body["session_id"]))
        if session is None:
            raise RequestInvalid("session_id not found")
        face_id = body["face_choose"][0]["face_id"]
        if face_id not in {face["face_id"] for face in session.faces()}:
            raise RequestInvalid("face_choose[0].face_id not found in the session")
        return session

    def _duration(self, family: Family, body: dict[str, Any]) -> str:
        """The result's length in seconds, as Kling writes it."""
        if family.key == "text_to_audio":
            value = body.get("duration")  # a number from 3 to 10 when set (checked)
            return f"{float(value) if isinstance(value, int | float) else 5.0:.1f}"
        if family.key == "video_to_audio":
            return f"{float(self._source_duration(body)):.1f}"
        if family.key == "advanced_lip_sync":
            return self._session(body).duration
        if family.key == "multi_elements":
            return self._selection_duration(body)
        return requested_duration(family, body) or "5"

    def _selection_duration(self, body: dict[str, Any]) -> str:
        """A multi-elements create: its session must exist, with a selection unless it adds an
        element, and the duration must suit the video (5: 2-5 s, 10: 7-10 s)."""
        session = self.selections.find(body, self.clock())
        if body["edit_mode"] != "addition" and not session.frames:
            raise RequestInvalid("session_id: mark the element with add-selection first")
        duration = requested_duration(family_by_key("multi_elements"), body) or "5"
        if (duration == "10") != (session.seconds >= 7):
            raise RequestInvalid(f"duration {duration} does not suit a {session.seconds:g} s video")
        return duration

    def identify_face(self, body: object, base_url: str) -> Session:
        """Open a face-identification session for a body (raises RequestInvalid)."""
        if not isinstance(body, dict):
            raise RequestInvalid("request body must be a JSON object", code=1200)
        video_source(body)
        session = Session(
            session_id=str(self._id_base + self._next_seq()),
            created=self.clock(),
            duration=self._source_duration(body),
            base_url=(self.config.public_base_url or base_url).rstrip("/"),
        )
        self.sessions.add(session)
        log.info("identified faces: session %s", session.session_id)
        return session

    def account_costs(self, pack_name: str | None) -> dict[str, Any]:
        """The inner ``{code, msg, resource_pack_subscribe_infos}`` of GET /account/costs."""
        now = self.clock()
        packs = [
            (*_VIDEO_PACK, self.store.consumed(("video", "audio"), now)),
            (*_IMAGE_PACK, self.store.consumed(("image", "try_on"), now)),
        ]
        infos = [
            {
                "resource_pack_name": name,
                "resource_pack_id": pack_id,
                "resource_pack_type": kind,
                "total_quantity": total,
                "remaining_quantity": max(total - used, 0.0),
                "purchase_time": ms(now - 30 * _DAY),
                "effective_time": ms(now - 30 * _DAY),
                "invalid_time": ms(now + 335 * _DAY),
                "status": "online" if used < total else "runOut",
            }
            for name, pack_id, kind, total, used in packs
            if not is_set(pack_name) or pack_name == name
        ]
        return {"code": 0, "msg": "success", "resource_pack_subscribe_infos": infos}

    def stats_dict(self) -> dict[str, Any]:
        """What ``GET /__sim/stats`` returns."""
        return {
            "requests": dict(self.stats.requests),
            "operations": dict(self.stats.operations),
            "tasks_created": len(self.store) + len(self._pending),
            "tasks_not_yet_visible": len(self._pending),
            "identify_sessions": len(self.sessions),
            "created_by_external_task_id": self.store.created_by_external_id(),
            "faults_fired": dict(self.faults.fired),
            "faults_remaining": self.faults.remaining(),
            "callbacks": dict(self.stats.callbacks),
        }

    async def aclose(self) -> None:
        """Stop pending callbacks."""
        await self.callbacks.aclose()
