from typing import Literal

StandardElementOutputType = Literal["element"]

STANDARD_ELEMENT_OUTPUT_TYPE_VALUES: set[StandardElementOutputType] = {
    "element",
}


def check_standard_element_output_type(value: str) -> StandardElementOutputType:
    if value in STANDARD_ELEMENT_OUTPUT_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {STANDARD_ELEMENT_OUTPUT_TYPE_VALUES!r}"
    )
