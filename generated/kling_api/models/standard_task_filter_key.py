from typing import Literal

StandardTaskFilterKey = Literal["product_type", "status"]

STANDARD_TASK_FILTER_KEY_VALUES: set[StandardTaskFilterKey] = {
    "product_type",
    "status",
}


def check_standard_task_filter_key(value: str) -> StandardTaskFilterKey:
    if value in STANDARD_TASK_FILTER_KEY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STANDARD_TASK_FILTER_KEY_VALUES!r}"
    )
