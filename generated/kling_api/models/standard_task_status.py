from typing import Literal

StandardTaskStatus = Literal["failed", "processing", "submitted", "succeeded"]

STANDARD_TASK_STATUS_VALUES: set[StandardTaskStatus] = {
    "failed",
    "processing",
    "submitted",
    "succeeded",
}


def check_standard_task_status(value: str) -> StandardTaskStatus:
    if value in STANDARD_TASK_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {STANDARD_TASK_STATUS_VALUES!r}")
