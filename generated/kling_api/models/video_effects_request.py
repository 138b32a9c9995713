from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.effect_scene import EffectScene, check_effect_scene
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.video_effects_input import VideoEffectsInput
    from ..models.watermark_info import WatermarkInfo


T = TypeVar("T", bound="VideoEffectsRequest")


@_attrs_define
class VideoEffectsRequest:
    """Body of `POST /v1/videos/effects`: `effect_scene` at the top level, model, mode and duration
    inside `input`. Server defaults when unset (dual-character scenes): `input.model_name`
    kling-v1, `input.mode` std.

    - Dual-character scenes (`hug`, `kiss`, `heart_gesture`): `input.images` (exactly 2
      portraits, the first placed on the left) and `input.duration` are required;
      `input.model_name` kling-v1 (server default), kling-v1-5 or kling-v1-6 (the sources
      disagree on whether it is required: optional here); `input.mode` std (default) or pro;
      duration "5" or "10".
    - Single-image scenes (`squish`, `expansion`, `fuzzyfuzzy`): `input.image`,
      `input.duration` ("5" only) and `input.model_name` (kling-v1-6 only) are required; no
      `input.mode`. Later official code sends these scenes without `model_name` and with
      `mode`, so both of those rules are warnings.
    - `bloombloom`, `dizzydizzy` (single-image, added in spring 2025): the same rules as the
      baseline single-image scenes (kling-v1-6, "5"), in their own rules and table so that the
      baseline ones stay as they were.
    - `fight` (dual-character, after the baseline): kling-v1-6 only. Per-scene rules of the
      newer scenes have low confidence, so its rules (two portraits, duration, model) are
      warnings and it has no capability table.
    - The other single-image scenes of October 2025 (`baseball` ... `rocketrocket`): known
      names, but their per-scene rules are unknown and some newer scenes take neither
      `model_name` nor `duration`, so the baseline single-image rules are not forced on them:
      not judged (the official client sends `input.image`, `input.mode` and
      `input.duration`).
    - Other scenes: not judged (open enum; the input shapes of later scenes vary).

    """

    effect_scene: EffectScene | str
    """ The effect. Open enum. """
    input_: VideoEffectsInput
    """ The `input` object of video effects. One object for both scene kinds: dual-character scenes use
    `model_name`, `mode`, `images` and `duration`; single-image scenes use `model_name`, `image` and `duration`.
    Which fields a scene needs is in `VideoEffectsRequest`'s `x-kling-rules`. """
    callback_url: str | Unset = UNSET
    """ URL that receives the bare task object by POST at every status change (unsigned). An empty string means "not
    set". """
    external_task_id: str | Unset = UNSET
    """ The caller's own task id: unique within the account, does not replace `task_id`, and usable in place of it
    in the get-one operation. Documented for video effects at the baseline. Our client always sends one: it is how a
    retried create finds the task it may already have started instead of paying for a second one. An empty string
    means "not set". """
    watermark_info: WatermarkInfo | Unset = UNSET
    """ Watermark option (after the baseline). On a create, `enabled` true asks for a watermarked copy of each
    result as well, returned as `watermark_url` beside the normal `url`. In a task, the echo of that option. Server
    default when unset: no watermarked copy (our reading). An empty object means "not set". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        effect_scene: str
        if isinstance(self.effect_scene, str):
            effect_scene = self.effect_scene
        else:
            effect_scene = self.effect_scene

        input_ = self.input_.to_dict()

        callback_url = self.callback_url

        external_task_id = self.external_task_id

        watermark_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.watermark_info, Unset):
            watermark_info = self.watermark_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "effect_scene": effect_scene,
                "input": input_,
            }
        )
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if external_task_id is not UNSET:
            field_dict["external_task_id"] = external_task_id
        if watermark_info is not UNSET:
            field_dict["watermark_info"] = watermark_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.video_effects_input import VideoEffectsInput  # noqa: PLC0415
        from ..models.watermark_info import WatermarkInfo  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_effect_scene(data: object) -> EffectScene | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effect_scene_type_0 = check_effect_scene(data)

                return effect_scene_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EffectScene | str, data)

        effect_scene = _parse_effect_scene(d.pop("effect_scene"))

        input_ = VideoEffectsInput.from_dict(d.pop("input"))

        callback_url = d.pop("callback_url", UNSET)

        external_task_id = d.pop("external_task_id", UNSET)

        _watermark_info = d.pop("watermark_info", UNSET)
        watermark_info: WatermarkInfo | Unset
        if isinstance(_watermark_info, Unset):
            watermark_info = UNSET
        else:
            watermark_info = WatermarkInfo.from_dict(_watermark_info)

        video_effects_request = cls(
            effect_scene=effect_scene,
            input_=input_,
            callback_url=callback_url,
            external_task_id=external_task_id,
            watermark_info=watermark_info,
        )

        video_effects_request.additional_properties = d
        return video_effects_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
