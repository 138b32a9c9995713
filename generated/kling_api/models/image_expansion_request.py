from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.watermark_info import WatermarkInfo


T = TypeVar("T", bound="ImageExpansionRequest")


@_attrs_define
class ImageExpansionRequest:
    """Body of `POST /v1/images/editing/expand` (after the baseline). The four ratios are
    required, each in [0, 2] and relative to the original image: `up_expansion_ratio` 0.5 adds
    half the original height above it, `left_expansion_ratio` 0.5 half the original width to
    the left.

    The new image area must stay at or below 3 times the original, that is
    (1 + left + right) x (1 + up + down) <= 3. Neither JSON Schema nor an x-kling rule kind
    can express a product of fields, so this is described only; the server refuses a request
    that breaks it. The server default of `n` is not documented (1 in image generation).

    """

    image: str
    """ An image (or mask) as an http(s) URL that Kling can reach, or as **raw Base64 without** a
    `data:image/...;base64,` prefix (a prefix is refused). Formats .jpg, .jpeg, .png; at most 10 MB; width and
    height at least 300 px; for first frames, effects images and reference images an aspect ratio between 1:2.5 and
    2.5:1. An empty string means "not set". `x-kling-media` is what the client checks in a file or bytes it encodes
    itself (10 MB read as MiB, 10485760 bytes: the permissive reading; the format by the file's content). """
    up_expansion_ratio: float
    """ Area added above the image, as a fraction of the original height, in [0, 2]. """
    down_expansion_ratio: float
    """ Area added below the image, as a fraction of the original height, in [0, 2]. """
    left_expansion_ratio: float
    """ Area added left of the image, as a fraction of the original width, in [0, 2]. """
    right_expansion_ratio: float
    """ Area added right of the image, as a fraction of the original width, in [0, 2]. """
    prompt: None | str | Unset = UNSET
    """ What the added areas show (optional). No length limit is documented. """
    n: int | None | Unset = UNSET
    """ Number of images. The maximum is not documented (9 in image generation), so it is not enforced here
    (permissive reading). """
    watermark_info: None | Unset | WatermarkInfo = UNSET
    """ Also produce a watermarked copy of each image (`watermark_url`). Documented for most creates after the
    baseline; included here as the permissive reading. """
    callback_url: None | str | Unset = UNSET
    """ URL that receives the bare task object by POST at every status change (unsigned). An empty string means "not
    set". """
    external_task_id: None | str | Unset = UNSET
    """ The caller's own task id: unique within the account, does not replace `task_id`, and usable in place of it
    in the get-one operation. Documented for image expansion. Our client always sends one: it is how a retried
    create finds the task it may already have started instead of paying for a second one. An empty string means "not
    set". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.watermark_info import WatermarkInfo  # noqa: PLC0415

        image = self.image

        up_expansion_ratio = self.up_expansion_ratio

        down_expansion_ratio = self.down_expansion_ratio

        left_expansion_ratio = self.left_expansion_ratio

        right_expansion_ratio = self.right_expansion_ratio

        prompt: None | str | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        else:
            prompt = self.prompt

        n: int | None | Unset
        if isinstance(self.n, Unset):
            n = UNSET
        else:
            n = self.n

        watermark_info: dict[str, Any] | None | Unset
        if isinstance(self.watermark_info, Unset):
            watermark_info = UNSET
        elif isinstance(self.watermark_info, WatermarkInfo):
            watermark_info = self.watermark_info.to_dict()
        else:
            watermark_info = self.watermark_info

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image": image,
                "up_expansion_ratio": up_expansion_ratio,
                "down_expansion_ratio": down_expansion_ratio,
                "left_expansion_ratio": left_expansion_ratio,
                "right_expansion_ratio": right_expansion_ratio,
            }
        )
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if n is not UNSET:
            field_dict["n"] = n
        if watermark_info is not UNSET:
            field_dict["watermark_info"] = watermark_info
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if external_task_id is not UNSET:
            field_dict["external_task_id"] = external_task_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.watermark_info import WatermarkInfo  # noqa: PLC0415

        d = dict(src_dict)
        image = d.pop("image")

        up_expansion_ratio = d.pop("up_expansion_ratio")

        down_expansion_ratio = d.pop("down_expansion_ratio")

        left_expansion_ratio = d.pop("left_expansion_ratio")

        right_expansion_ratio = d.pop("right_expansion_ratio")

        def _parse_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        def _parse_n(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        n = _parse_n(d.pop("n", UNSET))

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

        image_expansion_request = cls(
            image=image,
            up_expansion_ratio=up_expansion_ratio,
            down_expansion_ratio=down_expansion_ratio,
            left_expansion_ratio=left_expansion_ratio,
            right_expansion_ratio=right_expansion_ratio,
            prompt=prompt,
            n=n,
            watermark_info=watermark_info,
            callback_url=callback_url,
            external_task_id=external_task_id,
        )

        image_expansion_request.additional_properties = d
        return image_expansion_request

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
