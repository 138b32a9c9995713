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

    Rules (`x-kling-rules`): `image` is required when `image_reference` is set;
    `human_fidelity` only with `image_reference=subject`; `negative_prompt` is not supported
    with `image` (warning); kling-v1-5 needs `image_reference` whenever `image` is set.

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
    (permissive reading). `element_list` needs kling-v3 (elements plus images at most 10).

    """

    prompt: str
    """ What the image shows, at most 2500 characters (500 at the 2025-03-25 baseline). """
    model_name: ImageGenerationModelName | str | Unset = UNSET
    """ Model. Server default when unset: `kling-v1`. Newer models: kling-v2, kling-v2-new, kling-v2-1, kling-v3.
    Open enum. """
    model: str | Unset = UNSET
    """ Legacy name of `model_name` (renamed 2025-02-14). The server still accepts it but treats it like an unset
    `model_name` (so the default model is used): use `model_name`. """
    negative_prompt: str | Unset = UNSET
    """ What the image must not show, at most 2500 characters (200 at the 2025-03-25 baseline). Not supported
    together with `image` (image to image). """
    image: str | Unset = UNSET
    """ An image (or mask) as an http(s) URL that Kling can reach, or as **raw Base64 without** a
    `data:image/...;base64,` prefix (a prefix is refused). Formats .jpg, .jpeg, .png; at most 10 MB; width and
    height at least 300 px; for first frames, effects images and reference images an aspect ratio between 1:2.5 and
    2.5:1. An empty string means "not set". """
    image_reference: ImageReference | Unset = UNSET
    """ How the reference image guides the generation: `subject` keeps the whole character or subject; `face` keeps
    the face only (the image must contain exactly one face). """
    image_fidelity: float | Unset = UNSET
    """ How strongly the reference image is followed. Server default when unset: 0.5. """
    human_fidelity: float | Unset = UNSET
    """ How closely the face follows the reference; only with `image_reference=subject`. Server default when unset:
    0.45. """
    n: int | Unset = UNSET
    """ Number of images; each takes one concurrency slot. Server default when unset: 1. """
    aspect_ratio: ImageAspectRatio | Unset = UNSET
    """ Width:height of a generated image (21:9 added 2025-03-12). """
    resolution: ImageResolution | Unset = UNSET
    """ Resolution class of generated images (after the baseline). """
    element_list: list[ElementReference] | Unset = UNSET
    """ Elements of the element library (after the baseline; kling-v3). Elements plus images at most 10. """
    watermark_info: WatermarkInfo | Unset = UNSET
    """ Watermark option (after the baseline). On a create, `enabled` true asks for a watermarked copy of each
    result as well, returned as `watermark_url` beside the normal `url`. In a task, the echo of that option. Server
    default when unset: no watermarked copy (our reading). An empty object means "not set". """
    callback_url: str | Unset = UNSET
    """ URL that receives the bare task object by POST at every status change (unsigned). An empty string means "not
    set". """
    external_task_id: str | Unset = UNSET
    """ The caller's own task id, usable in place of `task_id` in the get-one operation. Not documented for image
    generation at the baseline; included as the permissive, forward-compatible reading (the video families document
    it). Our client always sends one: it is how a retried create finds the task it may already have started instead
    of paying for a second one. An empty string means "not set". """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        model_name: str | Unset
        if isinstance(self.model_name, Unset):
            model_name = UNSET
        elif isinstance(self.model_name, str):
            model_name = self.model_name
        else:
            model_name = self.model_name

        model = self.model

        negative_prompt = self.negative_prompt

        image = self.image

        image_reference: str | Unset = UNSET
        if not isinstance(self.image_reference, Unset):
            image_reference = self.image_reference

        image_fidelity = self.image_fidelity

        human_fidelity = self.human_fidelity

        n = self.n

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        resolution: str | Unset = UNSET
        if not isinstance(self.resolution, Unset):
            resolution = self.resolution

        element_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.element_list, Unset):
            element_list = []
            for element_list_item_data in self.element_list:
                element_list_item = element_list_item_data.to_dict()
                element_list.append(element_list_item)

        watermark_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.watermark_info, Unset):
            watermark_info = self.watermark_info.to_dict()

        callback_url = self.callback_url

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

        def _parse_model_name(data: object) -> ImageGenerationModelName | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                model_name_type_0 = check_image_generation_model_name(data)

                return model_name_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ImageGenerationModelName | str | Unset, data)

        model_name = _parse_model_name(d.pop("model_name", UNSET))

        model = d.pop("model", UNSET)

        negative_prompt = d.pop("negative_prompt", UNSET)

        image = d.pop("image", UNSET)

        _image_reference = d.pop("image_reference", UNSET)
        image_reference: ImageReference | Unset
        if isinstance(_image_reference, Unset):
            image_reference = UNSET
        else:
            image_reference = check_image_reference(_image_reference)

        image_fidelity = d.pop("image_fidelity", UNSET)

        human_fidelity = d.pop("human_fidelity", UNSET)

        n = d.pop("n", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: ImageAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_image_aspect_ratio(_aspect_ratio)

        _resolution = d.pop("resolution", UNSET)
        resolution: ImageResolution | Unset
        if isinstance(_resolution, Unset):
            resolution = UNSET
        else:
            resolution = check_image_resolution(_resolution)

        _element_list = d.pop("element_list", UNSET)
        element_list: list[ElementReference] | Unset = UNSET
        if _element_list is not UNSET:
            element_list = []
            for element_list_item_data in _element_list:
                element_list_item = ElementReference.from_dict(element_list_item_data)

                element_list.append(element_list_item)

        _watermark_info = d.pop("watermark_info", UNSET)
        watermark_info: WatermarkInfo | Unset
        if isinstance(_watermark_info, Unset):
            watermark_info = UNSET
        else:
            watermark_info = WatermarkInfo.from_dict(_watermark_info)

        callback_url = d.pop("callback_url", UNSET)

        external_task_id = d.pop("external_task_id", UNSET)

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
