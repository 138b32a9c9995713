from typing import Literal

ResourcePackStatus = Literal["expired", "online", "runOut", "toBeOnline"]

RESOURCE_PACK_STATUS_VALUES: set[ResourcePackStatus] = {
    "expired",
    "online",
    "runOut",
    "toBeOnline",
}


def check_resource_pack_status(value: str) -> ResourcePackStatus:
    if value in RESOURCE_PACK_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RESOURCE_PACK_STATUS_VALUES!r}")
