from typing import Literal

ResourcePackType = Literal["constant_period", "decreasing_total"]

RESOURCE_PACK_TYPE_VALUES: set[ResourcePackType] = {
    "constant_period",
    "decreasing_total",
}


def check_resource_pack_type(value: str) -> ResourcePackType:
    if value in RESOURCE_PACK_TYPE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESOURCE_PACK_TYPE_VALUES!r}")
