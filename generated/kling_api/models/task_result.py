from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_audio import TaskAudio
    from ..models.task_image import TaskImage
    from ..models.task_video import TaskVideo


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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if videos is not UNSET:
            field_dict["videos"] = videos
        if images is not UNSET:
            field_dict["images"] = images
        if audios is not UNSET:
            field_dict["audios"] = audios

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.task_audio import TaskAudio  # noqa: PLC0415
        from ..models.task_image import TaskImage  # noqa: PLC0415
        from ..models.task_video import TaskVideo  # noqa: PLC0415

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

        task_result = cls(
            videos=videos,
            images=images,
            audios=audios,
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
