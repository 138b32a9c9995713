from typing import Literal

ImageReference = Literal["face", "subject"]

IMAGE_REFERENCE_VALUES: set[ImageReference] = {
    "face",
    "subject",
}


def check_image_reference(value: str) -> ImageReference:
    if value in IMAGE_REFERENCE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {IMAGE_REFERENCE_VALUES!r}")
