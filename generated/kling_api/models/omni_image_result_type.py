from typing import Literal

OmniImageResultType = Literal["series", "single"]

OMNI_IMAGE_RESULT_TYPE_VALUES: set[OmniImageResultType] = {
    "series",
    "single",
}


def check_omni_image_result_type(value: str) -> OmniImageResultType:
    if value in OMNI_IMAGE_RESULT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OMNI_IMAGE_RESULT_TYPE_VALUES!r}"
    )
