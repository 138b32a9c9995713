from typing import Literal

OmniVideoImageType = Literal["end_frame", "first_frame"]

OMNI_VIDEO_IMAGE_TYPE_VALUES: set[OmniVideoImageType] = {
    "end_frame",
    "first_frame",
}


def check_omni_video_image_type(value: str) -> OmniVideoImageType:
    if value in OMNI_VIDEO_IMAGE_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OMNI_VIDEO_IMAGE_TYPE_VALUES!r}")
