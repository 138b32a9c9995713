from typing import Literal

MotionControlModelName = Literal["kling-v2-6", "kling-v3"]

MOTION_CONTROL_MODEL_NAME_VALUES: set[MotionControlModelName] = {
    "kling-v2-6",
    "kling-v3",
}


def check_motion_control_model_name(value: str) -> MotionControlModelName:
    if value in MOTION_CONTROL_MODEL_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MOTION_CONTROL_MODEL_NAME_VALUES!r}"
    )
