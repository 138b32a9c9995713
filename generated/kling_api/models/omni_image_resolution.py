from typing import Literal

OmniImageResolution = Literal["1k", "2k", "4k"]

OMNI_IMAGE_RESOLUTION_VALUES: set[OmniImageResolution] = {
    "1k",
    "2k",
    "4k",
}


def check_omni_image_resolution(value: str) -> OmniImageResolution:
    if value in OMNI_IMAGE_RESOLUTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OMNI_IMAGE_RESOLUTION_VALUES!r}")
