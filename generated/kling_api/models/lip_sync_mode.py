from typing import Literal

LipSyncMode = Literal["audio2video", "text2video"]

LIP_SYNC_MODE_VALUES: set[LipSyncMode] = {
    "audio2video",
    "text2video",
}


def check_lip_sync_mode(value: str) -> LipSyncMode:
    if value in LIP_SYNC_MODE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIP_SYNC_MODE_VALUES!r}")
