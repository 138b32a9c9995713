from typing import Literal

BillingPackageFilterKey = Literal["api_key_name", "package_id", "package_name", "product_type"]

BILLING_PACKAGE_FILTER_KEY_VALUES: set[BillingPackageFilterKey] = {
    "api_key_name",
    "package_id",
    "package_name",
    "product_type",
}


def check_billing_package_filter_key(value: str) -> BillingPackageFilterKey:
    if value in BILLING_PACKAGE_FILTER_KEY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BILLING_PACKAGE_FILTER_KEY_VALUES!r}"
    )
