from typing import Literal

ImageResolution = Literal["1k", "2k"]

IMAGE_RESOLUTION_VALUES: set[ImageResolution] = {
    "1k",
    "2k",
}


def check_image_resolution(value: str) -> ImageResolution:
    if value in IMAGE_RESOLUTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMAGE_RESOLUTION_VALUES!r}")
