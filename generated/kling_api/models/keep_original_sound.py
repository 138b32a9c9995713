from typing import Literal

KeepOriginalSound = Literal["no", "yes"]

KEEP_ORIGINAL_SOUND_VALUES: set[KeepOriginalSound] = {
    "no",
    "yes",
}


def check_keep_original_sound(value: str) -> KeepOriginalSound:
    if value in KEEP_ORIGINAL_SOUND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {KEEP_ORIGINAL_SOUND_VALUES!r}")
