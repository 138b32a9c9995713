from typing import Literal

StandardCharacterOrientation = Literal["image", "video"]

STANDARD_CHARACTER_ORIENTATION_VALUES: set[StandardCharacterOrientation] = {
    "image",
    "video",
}


def check_standard_character_orientation(value: str) -> StandardCharacterOrientation:
    if value in STANDARD_CHARACTER_ORIENTATION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STANDARD_CHARACTER_ORIENTATION_VALUES!r}"
    )
