from typing import Literal

StandardAspectRatio = Literal["16:9", "1:1", "9:16"]

STANDARD_ASPECT_RATIO_VALUES: set[StandardAspectRatio] = {
    "16:9",
    "1:1",
    "9:16",
}


def check_standard_aspect_ratio(value: str) -> StandardAspectRatio:
    if value in STANDARD_ASPECT_RATIO_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STANDARD_ASPECT_RATIO_VALUES!r}")
