from typing import Literal

OmniImageRequestSeriesAmountType1 = Literal["auto"]

OMNI_IMAGE_REQUEST_SERIES_AMOUNT_TYPE_1_VALUES: set[OmniImageRequestSeriesAmountType1] = {
    "auto",
}


def check_omni_image_request_series_amount_type_1(value: str) -> OmniImageRequestSeriesAmountType1:
    if value in OMNI_IMAGE_REQUEST_SERIES_AMOUNT_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OMNI_IMAGE_REQUEST_SERIES_AMOUNT_TYPE_1_VALUES!r}"
    )
