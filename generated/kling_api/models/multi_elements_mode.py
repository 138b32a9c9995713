from typing import Literal

MultiElementsMode = Literal["pro", "std"]

MULTI_ELEMENTS_MODE_VALUES: set[MultiElementsMode] = {
    "pro",
    "std",
}


def check_multi_elements_mode(value: str) -> MultiElementsMode:
    if value in MULTI_ELEMENTS_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MULTI_ELEMENTS_MODE_VALUES!r}")
