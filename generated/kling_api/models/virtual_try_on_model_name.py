from typing import Literal

VirtualTryOnModelName = Literal["kolors-virtual-try-on-v1", "kolors-virtual-try-on-v1-5"]

VIRTUAL_TRY_ON_MODEL_NAME_VALUES: set[VirtualTryOnModelName] = {
    "kolors-virtual-try-on-v1",
    "kolors-virtual-try-on-v1-5",
}


def check_virtual_try_on_model_name(value: str) -> VirtualTryOnModelName:
    if value in VIRTUAL_TRY_ON_MODEL_NAME_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {VIRTUAL_TRY_ON_MODEL_NAME_VALUES!r}"
    )
