from typing import Literal

ImageGenerationModelName = Literal[
    "kling-v1", "kling-v1-5", "kling-v2", "kling-v2-1", "kling-v2-new", "kling-v3"
]

IMAGE_GENERATION_MODEL_NAME_VALUES: set[ImageGenerationModelName] = {
    "kling-v1",
    "kling-v1-5",
    "kling-v2",
    "kling-v2-1",
    "kling-v2-new",
    "kling-v3",
}


def check_image_generation_model_name(value: str) -> ImageGenerationModelName:
    if value in IMAGE_GENERATION_MODEL_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {IMAGE_GENERATION_MODEL_NAME_VALUES!r}"
    )
