from typing import Literal

MultiImageToImageModelName = Literal["kling-v2"]

MULTI_IMAGE_TO_IMAGE_MODEL_NAME_VALUES: set[MultiImageToImageModelName] = {
    "kling-v2",
}


def check_multi_image_to_image_model_name(value: str) -> MultiImageToImageModelName:
    if value in MULTI_IMAGE_TO_IMAGE_MODEL_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MULTI_IMAGE_TO_IMAGE_MODEL_NAME_VALUES!r}"
    )
