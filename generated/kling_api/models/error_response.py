from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_code import ErrorCode, check_error_code
from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """Envelope of every non-2xx response. Decide on `code` (table in `ErrorCode`), not on the HTTP status alone.
    `request_id` is missing from some error bodies; `data` is null or absent.

    """

    code: ErrorCode | int
    """ Business code (`ErrorCode`); codes this document does not know parse as plain integers. """
    message: str | Unset = UNSET
    """ Human-readable error text; free text, may name the offending parameter. """
    request_id: str | Unset = UNSET
    """ Server trace id, opaque. Missing from some error bodies (1102, 1201 seen). """
    data: Any | Unset = UNSET
    """ Null or absent on errors; any value is tolerated. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: int
        if isinstance(self.code, int):
            code = self.code
        else:
            code = self.code

        message = self.message

        request_id = self.request_id

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
        d = dict(src_dict)

        def _parse_code(data: object) -> ErrorCode | int:
            try:
                if not isinstance(data, int):
                    raise TypeError()
                code_type_0 = check_error_code(data)

                return code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ErrorCode | int, data)

        code = _parse_code(d.pop("code"))

        message = d.pop("message", UNSET)

        request_id = d.pop("request_id", UNSET)

        data = d.pop("data", UNSET)

        error_response = cls(
            code=code,
            message=message,
            request_id=request_id,
            data=data,
        )

        error_response.additional_properties = d
        return error_response

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
