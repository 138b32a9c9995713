from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.image_aspect_ratio import ImageAspectRatio, check_image_aspect_ratio
from ..models.image_generation_model_name import (
    ImageGenerationModelName,
    check_image_generation_model_name,
)
from ..models.image_reference import ImageReference, check_image_reference
from ..models.image_resolution import ImageResolution, check_image_resolution
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.element_reference import ElementReference
    from ..models.watermark_info import WatermarkInfo


T = TypeVar("T", bound="ImageGenerationRequest")


@_attrs_define
class ImageGenerationRequest:
    """Body of `POST /v1/images/generations`. Server defaults when a field is unset: `model_name`
    kling-v1, `aspect_ratio` 16:9, `n` 1, `image_fidelity` 0.5, `human_fidelity` 0.45,
    `resolution` 1k.

    Limits: `prompt` and `negative_prompt` at most 2500 characters each (raised after the
    baseline; at the 2025-03-25 baseline they were 500 and 200).

    Rules (`x-kling-rules`): `image` is required when `image_reference` is set; kling-v1-5
    needs `image_reference` whenever `image` is set. Warnings, not refusals (Kling ignores the
    field; Kuaishou's own client sends `image_fidelity` 0.5 and `human_fidelity` 0.45 on every
    generation): `human_fidelity` without `image_reference=subject`, `image_fidelity` without
    `image`, `negative_prompt` with `image`.

    Capabilities (`x-kling-capabilities`): kling-v1 supports a general reference (`image` with
    `image_fidelity`, no `image_reference`) and no subject/face reference; kling-v1-5 supports
    subject and face references and no general reference. Both accept all 8 aspect ratios:
    the May 2025 map lists 21:9 for kling-v1-5 only in text to image but marks kling-v1
    image to image with 21:9 as supported, so 21:9 is not refused for kling-v1 (permissive
    reading). The default aspect ratio is 16:9 (a proxy's 1:1 and `output_format` are not
    used).

    Newer models (after the baseline): kling-v2 takes all 8 aspect ratios and, per the May 2025
    capability map, no reference image at all (neither general nor subject/face). kling-v2-new,
    kling-v2-1 and kling-v3 have no documented capability map: every reference mode is allowed
    (permissive reading; the 2026 page names `image_reference` and the fidelities for
    kling-v2-1 only). kling-v3 (2026): `resolution` 1k or 2k, the 8 aspect ratios including
    21:9, `n` 1 to 9, `element_list` (elements plus images at most 10; needs kling-v3).

    """

    prompt: str
    """ What the image shows, at most 2500 characters (500 at the 2025-03-25 baseline). """
    model_name: ImageGenerationModelName | None | str | Unset = UNSET
    """ Model. Server default when unset: `kling-v1`. Newer models: kling-v2, kling-v2-new, kling-v2-1, kling-v3.
    Open enum. """
    model: None | str | Unset = UNSET
    """ Legacy name of `model_name` (renamed 2025-02-14). The server still accepts it but treats it like an unset
    `model_name` (so the default model is used): use `model_name`. """
    negative_prompt: None | str | Unset = UNSET
    """ What the image must not show, at most 2500 characters (200 at the 2025-03-25 baseline). Not supported
    together with `image` (image to image). """
    image: None | str | Unset = UNSET
    """ Reference image: URL or raw Base64; jpg/jpeg/png, at most 10 MB, at least 300x300 px, aspect ratio between
    1:2.5 and 2.5:1. Required when `image_reference` is set. """
    image_reference: ImageReference | None | Unset = UNSET
    """ Reference mode (kling-v1-5): `subject` or `face`. Required with kling-v1-5 when `image` is set; not
    supported by kling-v1. """
    image_fidelity: float | None | Unset = UNSET
    """ How strongly the reference image is followed. Server default when unset: 0.5. """
    human_fidelity: float | None | Unset = UNSET
    """ How closely the face follows the reference; only with `image_reference=subject`. Server default when unset:
    0.45. """
    n: int | None | Unset = UNSET
    """ Number of images; each takes one concurrency slot. Server default when unset: 1. """
    aspect_ratio: ImageAspectRatio | None | Unset = UNSET
    """ Width:height of the images. Server default when unset: `16:9`. """
    resolution: ImageResolution | None | Unset = UNSET
    """ Resolution class (after the baseline). Server default when unset: `1k`. """
    element_list: list[ElementReference] | None | Unset = UNSET
    """ Elements of the element library (after the baseline; kling-v3). Elements plus images at most 10. """
    watermark_info: None | Unset | WatermarkInfo = UNSET
    """ Also produce a watermarked copy of each image (`watermark_url`). After the baseline. """
    callback_url: None | str | Unset = UNSET
    """ URL that receives the bare task object by POST at every status change (unsigned). An empty string means "not
    set". """
    external_task_id: None | str | Unset = UNSET
    """ The caller's own task id, usable in place of `task_id` in the get-one operation. Not documented for image
    generation at the baseline; included as the permissive, forward-compatible reading (the video families document
    it). Our client always sends one: it is how a retried create finds the task it may already have started instead
    of paying for a second one. An empty string means "not set". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.watermark_info import WatermarkInfo  # noqa: PLC0415

        prompt = self.prompt

        model_name: None | str | Unset
        if isinstance(self.model_name, Unset):
            model_name = UNSET
        elif isinstance(self.model_name, str):
            model_name = self.model_name
        else:
            model_name = self.model_name

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        negative_prompt: None | str | Unset
        if isinstance(self.negative_prompt, Unset):
            negative_prompt = UNSET
        else:
            negative_prompt = self.negative_prompt

        image: None | str | Unset
        if isinstance(self.image, Unset):
            image = UNSET
        else:
            image = self.image

        image_reference: None | str | Unset
        if isinstance(self.image_reference, Unset):
            image_reference = UNSET
        elif isinstance(self.image_reference, str):
            image_reference = self.image_reference
        else:
            image_reference = self.image_reference

        image_fidelity: float | None | Unset
        if isinstance(self.image_fidelity, Unset):
            image_fidelity = UNSET
        else:
            image_fidelity = self.image_fidelity

        human_fidelity: float | None | Unset
        if isinstance(self.human_fidelity, Unset):
            human_fidelity = UNSET
        else:
            human_fidelity = self.human_fidelity

        n: int | None | Unset
        if isinstance(self.n, Unset):
            n = UNSET
        else:
            n = self.n

        aspect_ratio: None | str | Unset
        if isinstance(self.aspect_ratio, Unset):
            aspect_ratio = UNSET
        elif isinstance(self.aspect_ratio, str):
            aspect_ratio = self.aspect_ratio
        else:
            aspect_ratio = self.aspect_ratio

        resolution: None | str | Unset
        if isinstance(self.resolution, Unset):
            resolution = UNSET
        elif isinstance(self.resolution, str):
            resolution = self.resolution
        else:
            resolution = self.resolution

        element_list: list[dict[str, Any]] | None | Unset
        if isinstance(self.element_list, Unset):
            element_list = UNSET
        elif isinstance(self.element_list, list):
            element_list = []
            for element_list_type_0_item_data in self.element_list:
                element_list_type_0_item = element_list_type_0_item_data.to_dict()
                element_list.append(element_list_type_0_item)

        else:
            element_list = self.element_list

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
                "prompt": prompt,
            }
        )
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if model is not UNSET:
            field_dict["model"] = model
        if negative_prompt is not UNSET:
            field_dict["negative_prompt"] = negative_prompt
        if image is not UNSET:
            field_dict["image"] = image
        if image_reference is not UNSET:
            field_dict["image_reference"] = image_reference
        if image_fidelity is not UNSET:
            field_dict["image_fidelity"] = image_fidelity
        if human_fidelity is not UNSET:
            field_dict["human_fidelity"] = human_fidelity
        if n is not UNSET:
            field_dict["n"] = n
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if element_list is not UNSET:
            field_dict["element_list"] = element_list
        if watermark_info is not UNSET:
            field_dict["watermark_info"] = watermark_info
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url
        if external_task_id is not UNSET:
            field_dict["external_task_id"] = external_task_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.element_reference import ElementReference  # noqa: PLC0415
        from ..models.watermark_info import WatermarkInfo  # noqa: PLC0415

        d = dict(src_dict)
        prompt = d.pop("prompt")

        def _parse_model_name(data: object) -> ImageGenerationModelName | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                model_name_type_0 = check_image_generation_model_name(data)

                return model_name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageGenerationModelName | None | str | Unset, data)

        model_name = _parse_model_name(d.pop("model_name", UNSET))

        def _parse_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        model = _parse_model(d.pop("model", UNSET))

        def _parse_negative_prompt(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        negative_prompt = _parse_negative_prompt(d.pop("negative_prompt", UNSET))

        def _parse_image(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image = _parse_image(d.pop("image", UNSET))

        def _parse_image_reference(data: object) -> ImageReference | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                image_reference_type_0 = check_image_reference(data)

                return image_reference_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageReference | None | Unset, data)

        image_reference = _parse_image_reference(d.pop("image_reference", UNSET))

        def _parse_image_fidelity(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        image_fidelity = _parse_image_fidelity(d.pop("image_fidelity", UNSET))

        def _parse_human_fidelity(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        human_fidelity = _parse_human_fidelity(d.pop("human_fidelity", UNSET))

        def _parse_n(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        n = _parse_n(d.pop("n", UNSET))

        def _parse_aspect_ratio(data: object) -> ImageAspectRatio | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                aspect_ratio_type_0 = check_image_aspect_ratio(data)

                return aspect_ratio_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageAspectRatio | None | Unset, data)

        aspect_ratio = _parse_aspect_ratio(d.pop("aspect_ratio", UNSET))

        def _parse_resolution(data: object) -> ImageResolution | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resolution_type_0 = check_image_resolution(data)

                return resolution_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageResolution | None | Unset, data)

        resolution = _parse_resolution(d.pop("resolution", UNSET))

        def _parse_element_list(data: object) -> list[ElementReference] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                element_list_type_0 = []
                _element_list_type_0 = data
                for element_list_type_0_item_data in _element_list_type_0:
                    element_list_type_0_item = ElementReference.from_dict(
                        element_list_type_0_item_data
                    )

                    element_list_type_0.append(element_list_type_0_item)

                return element_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ElementReference] | None | Unset, data)

        element_list = _parse_element_list(d.pop("element_list", UNSET))

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

        image_generation_request = cls(
            prompt=prompt,
            model_name=model_name,
            model=model,
            negative_prompt=negative_prompt,
            image=image,
            image_reference=image_reference,
            image_fidelity=image_fidelity,
            human_fidelity=human_fidelity,
            n=n,
            aspect_ratio=aspect_ratio,
            resolution=resolution,
            element_list=element_list,
            watermark_info=watermark_info,
            callback_url=callback_url,
            external_task_id=external_task_id,
        )

        image_generation_request.additional_properties = d
        return image_generation_request

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
