from typing import Literal

StandardResolution = Literal["1080p", "4k", "720p"]

STANDARD_RESOLUTION_VALUES: set[StandardResolution] = {
    "1080p",
    "4k",
    "720p",
}


def check_standard_resolution(value: str) -> StandardResolution:
    if value in STANDARD_RESOLUTION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STANDARD_RESOLUTION_VALUES!r}")
