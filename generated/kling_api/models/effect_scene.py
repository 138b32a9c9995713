from typing import Literal

EffectScene = Literal["expansion", "fuzzyfuzzy", "heart_gesture", "hug", "kiss", "squish"]

EFFECT_SCENE_VALUES: set[EffectScene] = {
    "expansion",
    "fuzzyfuzzy",
    "heart_gesture",
    "hug",
    "kiss",
    "squish",
}


def check_effect_scene(value: str) -> EffectScene:
    if value in EFFECT_SCENE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EFFECT_SCENE_VALUES!r}")
