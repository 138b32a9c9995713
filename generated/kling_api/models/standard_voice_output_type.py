from typing import Literal

StandardVoiceOutputType = Literal["voice"]

STANDARD_VOICE_OUTPUT_TYPE_VALUES: set[StandardVoiceOutputType] = {
    "voice",
}


def check_standard_voice_output_type(value: str) -> StandardVoiceOutputType:
    if value in STANDARD_VOICE_OUTPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STANDARD_VOICE_OUTPUT_TYPE_VALUES!r}"
    )
