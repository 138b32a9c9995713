from typing import Literal

VoiceLanguage = Literal["en", "zh"]

VOICE_LANGUAGE_VALUES: set[VoiceLanguage] = {
    "en",
    "zh",
}


def check_voice_language(value: str) -> VoiceLanguage:
    if value in VOICE_LANGUAGE_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VOICE_LANGUAGE_VALUES!r}")
