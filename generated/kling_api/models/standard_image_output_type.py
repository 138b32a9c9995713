from typing import Literal

StandardImageOutputType = Literal["image"]

STANDARD_IMAGE_OUTPUT_TYPE_VALUES: set[StandardImageOutputType] = {
    "image",
}


def check_standard_image_output_type(value: str) -> StandardImageOutputType:
    if value in STANDARD_IMAGE_OUTPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STANDARD_IMAGE_OUTPUT_TYPE_VALUES!r}"
    )
