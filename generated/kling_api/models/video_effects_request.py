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
    """Body of `POST /v1/videos/effects`: `effect_scene` at the top level and an `input` object
    whose fields vary by scene. The 2026 documentation lists 219 scenes: 204 single-image
    scenes take `input.image`, 15 dual-image scenes take `input.images` (two portraits, the
    first placed on the left). `EffectScene`'s `x-kling-single-image` and `x-kling-dual-image`
    tell every known scene apart (the 2026 ones and the older ones) and the rules read them
    (`{$from: <pointer>}` in a condition stands for the list the pointer names). The 2026 page
    documents no `model_name`, `mode` or `duration`: they stay optional, none is required
    (FACTS-2026 section 7), and the result videos carry no duration.

    Ten scenes are discontinued (`x-kling-lifecycle` on `EffectScene`): still sent, with a
    warning, and answered by Kling with an error (the simulator answers 1201, HTTP 400).

    Older scenes, kept for the clients that still send them (open enum):
    - Dual-character `hug`, `kiss`, `heart_gesture` (2025): `input.duration` "5" or "10",
      `input.model_name` kling-v1 (server default), kling-v1-5 or kling-v1-6, `input.mode` std
      (default) or pro. The duration was documented as required: now a warning.
    - Single-image `squish`, `expansion`, `fuzzyfuzzy`, `bloombloom`, `dizzydizzy`: duration
      "5" only, `input.model_name` kling-v1-6 only; no `input.mode` (warnings when the
      duration or the model is missing or a mode is sent).
    - `fight` (dual-character, kling-v1-6 only): warnings only.
    - Scenes outside both lists: not judged (open enum; the input shapes of later scenes vary).

    """

    effect_scene: EffectScene | str
    """ The effect. Open enum. """
    input_: VideoEffectsInput
    """ The `input` object of video effects. One object for both scene kinds: dual-character scenes use
    `model_name`, `mode`, `images` and `duration`; single-image scenes use `model_name`, `image` and `duration`.
    Which fields a scene needs is in `VideoEffectsRequest`'s `x-kling-rules`. """
    callback_url: None | str | Unset = UNSET
    """ URL that receives the bare task object by POST at every status change (unsigned). An empty string means "not
    set". """
    external_task_id: None | str | Unset = UNSET
    """ The caller's own task id: unique within the account, does not replace `task_id`, and usable in place of it
    in the get-one operation. Documented for video effects at the baseline. Our client always sends one: it is how a
    retried create finds the task it may already have started instead of paying for a second one. An empty string
    means "not set". """
    watermark_info: None | Unset | WatermarkInfo = UNSET
    """ Also produce a watermarked copy of the video (`watermark_url`). Documented for most creates after the
    baseline; included here as the permissive reading. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.watermark_info import WatermarkInfo  # noqa: PLC0415

        effect_scene: str
        if isinstance(self.effect_scene, str):
            effect_scene = self.effect_scene
        else:
            effect_scene = self.effect_scene

        input_ = self.input_.to_dict()

        callback_url: None | str | Unset
        if isinstance(self.callback_url, Unset):
            callback_url = UNSET
        else:
            callback_url = self.callback_url

        external_task_id: None | str | Unset
        if isinstance(self.external_task_id, Unset):
            external_task_id = UNSET
        else:
            external_task_id = self.external_task_id

        watermark_info: dict[str, Any] | None | Unset
        if isinstance(self.watermark_info, Unset):
            watermark_info = UNSET
        elif isinstance(self.watermark_info, WatermarkInfo):
            watermark_info = self.watermark_info.to_dict()
        else:
            watermark_info = self.watermark_info

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

        def _parse_callback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_url = _parse_callback_url(d.pop("callback_url", UNSET))

        def _parse_external_task_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_task_id = _parse_external_task_id(d.pop("external_task_id", UNSET))

        def _parse_watermark_info(data: object) -> None | Unset | WatermarkInfo:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                watermark_info_type_0 = WatermarkInfo.from_dict(data)

                return watermark_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WatermarkInfo, data)

        watermark_info = _parse_watermark_info(d.pop("watermark_info", UNSET))

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
