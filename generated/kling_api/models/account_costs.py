from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.resource_pack import ResourcePack


T = TypeVar("T", bound="AccountCosts")


@_attrs_define
class AccountCosts:
    """Inner object of the account-costs query, with its own `code` and `msg` (note: `msg`, not `message`)."""

    code: int | Unset = UNSET
    """ Inner status code; 0 on success. """
    msg: str | Unset = UNSET
    """ Inner status text. """
    resource_pack_subscribe_infos: list[ResourcePack] | None | Unset = UNSET
    """ The resource packs in the window. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        msg = self.msg

        resource_pack_subscribe_infos: list[dict[str, Any]] | None | Unset
        if isinstance(self.resource_pack_subscribe_infos, Unset):
            resource_pack_subscribe_infos = UNSET
        elif isinstance(self.resource_pack_subscribe_infos, list):
            resource_pack_subscribe_infos = []
            for (
                resource_pack_subscribe_infos_type_0_item_data
            ) in self.resource_pack_subscribe_infos:
                resource_pack_subscribe_infos_type_0_item = (
                    resource_pack_subscribe_infos_type_0_item_data.to_dict()
                )
                resource_pack_subscribe_infos.append(resource_pack_subscribe_infos_type_0_item)

        else:
            resource_pack_subscribe_infos = self.resource_pack_subscribe_infos

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if msg is not UNSET:
            field_dict["msg"] = msg
        if resource_pack_subscribe_infos is not UNSET:
            field_dict["resource_pack_subscribe_infos"] = resource_pack_subscribe_infos

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.resource_pack import ResourcePack  # noqa: PLC0415

        d = dict(src_dict)
        code = d.pop("code", UNSET)

        msg = d.pop("msg", UNSET)

        def _parse_resource_pack_subscribe_infos(data: object) -> list[ResourcePack] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                resource_pack_subscribe_infos_type_0 = []
                _resource_pack_subscribe_infos_type_0 = data
                for (
                    resource_pack_subscribe_infos_type_0_item_data
                ) in _resource_pack_subscribe_infos_type_0:
                    resource_pack_subscribe_infos_type_0_item = ResourcePack.from_dict(
                        resource_pack_subscribe_infos_type_0_item_data
                    )

                    resource_pack_subscribe_infos_type_0.append(
                        resource_pack_subscribe_infos_type_0_item
                    )

                return resource_pack_subscribe_infos_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ResourcePack] | None | Unset, data)

        resource_pack_subscribe_infos = _parse_resource_pack_subscribe_infos(
            d.pop("resource_pack_subscribe_infos", UNSET)
        )

        account_costs = cls(
            code=code,
            msg=msg,
            resource_pack_subscribe_infos=resource_pack_subscribe_infos,
        )

        account_costs.additional_properties = d
        return account_costs

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
