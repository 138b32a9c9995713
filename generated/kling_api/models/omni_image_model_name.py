from typing import Literal

OmniImageModelName = Literal["kling-image-o1", "kling-v3-omni"]

OMNI_IMAGE_MODEL_NAME_VALUES: set[OmniImageModelName] = {
    "kling-image-o1",
    "kling-v3-omni",
}


def check_omni_image_model_name(value: str) -> OmniImageModelName:
    if value in OMNI_IMAGE_MODEL_NAME_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {OMNI_IMAGE_MODEL_NAME_VALUES!r}")
