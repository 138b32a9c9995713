from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.billing_ledger_page import BillingLedgerPage


T = TypeVar("T", bound="BillingResponse")


@_attrs_define
class BillingResponse:
    """Envelope of the billing ledgers. Lenient: only `code` is required."""

    code: int
    """ Business code; 0 on success (see `ErrorCode`). """
    message: str | Unset = UNSET
    """ Free text. """
    request_id: str | Unset = UNSET
    """ Server trace id, opaque. """
    data: BillingLedgerPage | None | Unset = UNSET
    """ One cursor page. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.billing_ledger_page import BillingLedgerPage  # noqa: PLC0415

        code = self.code

        message = self.message

        request_id = self.request_id

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, BillingLedgerPage):
            data = self.data.to_dict()
        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if request_id is not UNSET:
            field_dict["request_id"] = request_id
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_ledger_page import BillingLedgerPage  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message", UNSET)

        request_id = d.pop("request_id", UNSET)

        def _parse_data(data: object) -> BillingLedgerPage | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = BillingLedgerPage.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BillingLedgerPage | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        billing_response = cls(
            code=code,
            message=message,
            request_id=request_id,
            data=data,
        )

        billing_response.additional_properties = d
        return billing_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
