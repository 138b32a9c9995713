from typing import Literal

CharacterOrientation = Literal["image", "video"]

CHARACTER_ORIENTATION_VALUES: set[CharacterOrientation] = {
    "image",
    "video",
}


def check_character_orientation(value: str) -> CharacterOrientation:
    if value in CHARACTER_ORIENTATION_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CHARACTER_ORIENTATION_VALUES!r}")
