from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_audio import TaskAudio
    from ..models.task_element import TaskElement
    from ..models.task_image import TaskImage
    from ..models.task_video import TaskVideo
    from ..models.task_voice import TaskVoice


T = TypeVar("T", bound="TaskResult")


@_attrs_define
class TaskResult:
    """Results of a succeeded task: `videos` for the video families, `images` for the image families, `audios` for the
    audio families (after the baseline). All optional and nullable (a proxy was seen sending `images: null` beside
    `videos`; a failed task sent `{}`). Generated files are deleted after 30 days.

    """

    videos: list[TaskVideo] | None | Unset = UNSET
    """ Generated videos; in practice one per task. """
    images: list[TaskImage] | None | Unset = UNSET
    """ Generated images, numbered by `index`. """
    audios: list[TaskAudio] | None | Unset = UNSET
    """ Generated audio (text to audio, video to audio; after the baseline). """
    result_type: None | str | Unset = UNSET
    """ Omni image: `single` (results in `images`) or `series` (in `series_images`). """
    series_images: list[TaskImage] | None | Unset = UNSET
    """ Omni image with `result_type` series: the images of the series. """
    voices: list[TaskVoice] | None | Unset = UNSET
    """ Custom and preset voices (FACTS-2026 §4.3). """
    elements: list[TaskElement] | None | Unset = UNSET
    """ Custom and preset elements of the element library (FACTS-2026 §4.4). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        videos: list[dict[str, Any]] | None | Unset
        if isinstance(self.videos, Unset):
            videos = UNSET
        elif isinstance(self.videos, list):
            videos = []
            for videos_type_0_item_data in self.videos:
                videos_type_0_item = videos_type_0_item_data.to_dict()
                videos.append(videos_type_0_item)

        else:
            videos = self.videos

        images: list[dict[str, Any]] | None | Unset
        if isinstance(self.images, Unset):
            images = UNSET
        elif isinstance(self.images, list):
            images = []
            for images_type_0_item_data in self.images:
                images_type_0_item = images_type_0_item_data.to_dict()
                images.append(images_type_0_item)

        else:
            images = self.images

        audios: list[dict[str, Any]] | None | Unset
        if isinstance(self.audios, Unset):
            audios = UNSET
        elif isinstance(self.audios, list):
            audios = []
            for audios_type_0_item_data in self.audios:
                audios_type_0_item = audios_type_0_item_data.to_dict()
                audios.append(audios_type_0_item)

        else:
            audios = self.audios

        result_type: None | str | Unset
        if isinstance(self.result_type, Unset):
            result_type = UNSET
        else:
            result_type = self.result_type

        series_images: list[dict[str, Any]] | None | Unset
        if isinstance(self.series_images, Unset):
            series_images = UNSET
        elif isinstance(self.series_images, list):
            series_images = []
            for series_images_type_0_item_data in self.series_images:
                series_images_type_0_item = series_images_type_0_item_data.to_dict()
                series_images.append(series_images_type_0_item)

        else:
            series_images = self.series_images

        voices: list[dict[str, Any]] | None | Unset
        if isinstance(self.voices, Unset):
            voices = UNSET
        elif isinstance(self.voices, list):
            voices = []
            for voices_type_0_item_data in self.voices:
                voices_type_0_item = voices_type_0_item_data.to_dict()
                voices.append(voices_type_0_item)

        else:
            voices = self.voices

        elements: list[dict[str, Any]] | None | Unset
        if isinstance(self.elements, Unset):
            elements = UNSET
        elif isinstance(self.elements, list):
            elements = []
            for elements_type_0_item_data in self.elements:
                elements_type_0_item = elements_type_0_item_data.to_dict()
                elements.append(elements_type_0_item)

        else:
            elements = self.elements

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if videos is not UNSET:
            field_dict["videos"] = videos
        if images is not UNSET:
            field_dict["images"] = images
        if audios is not UNSET:
            field_dict["audios"] = audios
        if result_type is not UNSET:
            field_dict["result_type"] = result_type
        if series_images is not UNSET:
            field_dict["series_images"] = series_images
        if voices is not UNSET:
            field_dict["voices"] = voices
        if elements is not UNSET:
            field_dict["elements"] = elements

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task_audio import TaskAudio  # noqa: PLC0415
        from ..models.task_element import TaskElement  # noqa: PLC0415
        from ..models.task_image import TaskImage  # noqa: PLC0415
        from ..models.task_video import TaskVideo  # noqa: PLC0415
        from ..models.task_voice import TaskVoice  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_videos(data: object) -> list[TaskVideo] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                videos_type_0 = []
                _videos_type_0 = data
                for videos_type_0_item_data in _videos_type_0:
                    videos_type_0_item = TaskVideo.from_dict(videos_type_0_item_data)

                    videos_type_0.append(videos_type_0_item)

                return videos_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaskVideo] | None | Unset, data)

        videos = _parse_videos(d.pop("videos", UNSET))

        def _parse_images(data: object) -> list[TaskImage] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                images_type_0 = []
                _images_type_0 = data
                for images_type_0_item_data in _images_type_0:
                    images_type_0_item = TaskImage.from_dict(images_type_0_item_data)

                    images_type_0.append(images_type_0_item)

                return images_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaskImage] | None | Unset, data)

        images = _parse_images(d.pop("images", UNSET))

        def _parse_audios(data: object) -> list[TaskAudio] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                audios_type_0 = []
                _audios_type_0 = data
                for audios_type_0_item_data in _audios_type_0:
                    audios_type_0_item = TaskAudio.from_dict(audios_type_0_item_data)

                    audios_type_0.append(audios_type_0_item)

                return audios_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaskAudio] | None | Unset, data)

        audios = _parse_audios(d.pop("audios", UNSET))

        def _parse_result_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        result_type = _parse_result_type(d.pop("result_type", UNSET))

        def _parse_series_images(data: object) -> list[TaskImage] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                series_images_type_0 = []
                _series_images_type_0 = data
                for series_images_type_0_item_data in _series_images_type_0:
                    series_images_type_0_item = TaskImage.from_dict(series_images_type_0_item_data)

                    series_images_type_0.append(series_images_type_0_item)

                return series_images_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaskImage] | None | Unset, data)

        series_images = _parse_series_images(d.pop("series_images", UNSET))

        def _parse_voices(data: object) -> list[TaskVoice] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                voices_type_0 = []
                _voices_type_0 = data
                for voices_type_0_item_data in _voices_type_0:
                    voices_type_0_item = TaskVoice.from_dict(voices_type_0_item_data)

                    voices_type_0.append(voices_type_0_item)

                return voices_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaskVoice] | None | Unset, data)

        voices = _parse_voices(d.pop("voices", UNSET))

        def _parse_elements(data: object) -> list[TaskElement] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                elements_type_0 = []
                _elements_type_0 = data
                for elements_type_0_item_data in _elements_type_0:
                    elements_type_0_item = TaskElement.from_dict(elements_type_0_item_data)

                    elements_type_0.append(elements_type_0_item)

                return elements_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TaskElement] | None | Unset, data)

        elements = _parse_elements(d.pop("elements", UNSET))

        task_result = cls(
            videos=videos,
            images=images,
            audios=audios,
            result_type=result_type,
            series_images=series_images,
            voices=voices,
            elements=elements,
        )

        task_result.additional_properties = d
        return task_result

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
