"""``kling video identify-face``: the synchronous call of a family (its ``call`` operation),
whose answer feeds that family's create command (advanced lip sync)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import click

from kling_ext.spec import Family, load_spec

from . import _options as opt
from . import _output as out
from ._state import State
from ._types import family_name, group_name

if TYPE_CHECKING:
    from kling_api.models import IdentifyFaceResult

NOTES = "Prints the session id and each face's id, time range and picture."


def _summary(fam: Family) -> str:
    op = fam.operation("call")
    found = load_spec()["paths"][op.path][op.method]
    return opt.plain(str(found.get("summary") or found.get("description") or ""))


def identify_face_command(fam: Family) -> click.Command:
    """The ``identify-face`` command of ``fam`` (the family whose ``call`` finds the faces)."""
    use = f"kling {group_name(fam)} {family_name(fam)}"

    @click.command("identify-face", help=f"{_summary(fam)}\n\n{NOTES} Then: {use}.")
    @opt.request_options(fam.operation("call").request_schema or "", arguments=())
    @opt.no_validate_option()
    @opt.json_option("the faces found")
    @click.pass_obj
    def identify_face(state: State, /, no_validate: bool, as_json: bool, **params: Any) -> None:
        with state.client() as client:
            found = client.identify_face(opt.given(params), validate=False if no_validate else None)
        if as_json:
            click.echo(out.to_json(found.to_dict()))
        else:
            out.print_rows(state.stdout, face_rows(found, use))

    return identify_face


def _seconds(ms: object) -> str:
    return f"{ms / 1000:g}" if isinstance(ms, int) and not isinstance(ms, bool) else "?"


def face_rows(result: IdentifyFaceResult, use: str) -> list[tuple[str, str]]:
    """(label, value) rows of an identify-face result, with the command ``use`` that takes it."""
    data = result.to_dict()
    faces, session = [out.as_dict(f) for f in data.get("face_data") or ()], data.get("session_id")
    rows = [("session", session), ("units", data.get("final_unit_deduction"))]
    for face in faces:
        span = "-".join(_seconds(face.get(key)) for key in ("start_time", "end_time"))
        rows.append((f"face {face.get('face_id', '')}", f"{span} s  {face.get('face_image', '')}"))
    use = f"{use} --session-id {session} --face FACE_ID:AUDIO_ID"
    rows.append(("next", use) if faces else ("faces", "none found"))
    return [(label, str(value).strip()) for label, value in rows if value not in (None, "")]
