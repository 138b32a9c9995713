from typing import Literal

MultiElementsEditMode = Literal["addition", "removal", "swap"]

MULTI_ELEMENTS_EDIT_MODE_VALUES: set[MultiElementsEditMode] = {
    "addition",
    "removal",
    "swap",
}


def check_multi_elements_edit_mode(value: str) -> MultiElementsEditMode:
    if value in MULTI_ELEMENTS_EDIT_MODE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MULTI_ELEMENTS_EDIT_MODE_VALUES!r}"
    )
