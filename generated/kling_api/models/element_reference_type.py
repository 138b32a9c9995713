from typing import Literal

ElementReferenceType = Literal["image_refer", "video_refer"]

ELEMENT_REFERENCE_TYPE_VALUES: set[ElementReferenceType] = {
    "image_refer",
    "video_refer",
}


def check_element_reference_type(value: str) -> ElementReferenceType:
    if value in ELEMENT_REFERENCE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ELEMENT_REFERENCE_TYPE_VALUES!r}"
    )
