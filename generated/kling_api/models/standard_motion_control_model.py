from typing import Literal

StandardMotionControlModel = Literal["kling-2.6", "kling-3.0"]

STANDARD_MOTION_CONTROL_MODEL_VALUES: set[StandardMotionControlModel] = {
    "kling-2.6",
    "kling-3.0",
}


def check_standard_motion_control_model(value: str) -> StandardMotionControlModel:
    if value in STANDARD_MOTION_CONTROL_MODEL_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STANDARD_MOTION_CONTROL_MODEL_VALUES!r}"
    )
