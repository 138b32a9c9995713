from typing import Literal

BillingFilterKey = Literal["api_key_name"]

BILLING_FILTER_KEY_VALUES: set[BillingFilterKey] = {
    "api_key_name",
}


def check_billing_filter_key(value: str) -> BillingFilterKey:
    if value in BILLING_FILTER_KEY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {BILLING_FILTER_KEY_VALUES!r}")
