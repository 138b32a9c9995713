from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_status import TaskStatus, check_task_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.balance_deduction import BalanceDeduction
    from ..models.task_info import TaskInfo
    from ..models.task_result import TaskResult
    from ..models.watermark_info import WatermarkInfo


T = TypeVar("T", bound="Task")


@_attrs_define
class Task:
    """A generation task: the `data` of create and get-one responses, an item of list responses, and the bare body of
    status callbacks. Lenient: no field is required and unknown fields are allowed (servers add fields before any
    document does). Create responses of 2024-2025 often carry no `task_info`; `task_status_msg` and `task_result` come
    only from queries and callbacks. `final_unit_deduction` and `watermark_info` came after the baseline.

    """

    task_id: str | Unset = UNSET
    """ System task id; opaque string (seen as 18-digit numeric strings and 22-character base64-like strings).
    Always a JSON string. """
    task_status: str | TaskStatus | Unset = UNSET
    """ `submitted` -> `processing` -> `succeed` | `failed` (final). Values this document does not know parse as
    plain strings: keep waiting until the deadline. """
    task_status_msg: None | str | Unset = UNSET
    """ Failure reason (e.g. a content-moderation hit); empty or null otherwise. """
    task_info: None | TaskInfo | Unset = UNSET
    """ Creation parameters echoed back; may be absent, null or `{}`. """
    task_result: None | TaskResult | Unset = UNSET
    """ The results, once the task has succeeded; null or absent before, and `{}` was seen on a failed task. """
    created_at: int | Unset = UNSET
    """ Creation time, Unix milliseconds. """
    updated_at: int | Unset = UNSET
    """ Last update time, Unix milliseconds. """
    final_unit_deduction: None | str | Unset = UNSET
    """ Units charged for the task, as a string. Newer servers only (after the baseline): usually absent. """
    final_balance_deduction: BalanceDeduction | None | Unset = UNSET
    """ Balance charged for the task when it was paid from the cash balance (2026; query answers and callbacks):
    discounted price and list price, as decimal strings. """
    watermark_info: None | Unset | WatermarkInfo = UNSET
    """ Echo of the create request's `watermark_info` (newer servers only, after the baseline; usually absent). The
    watermarked copies are the `watermark_url`s of the results. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.balance_deduction import BalanceDeduction  # noqa: PLC0415
        from ..models.task_info import TaskInfo  # noqa: PLC0415
        from ..models.task_result import TaskResult  # noqa: PLC0415
        from ..models.watermark_info import WatermarkInfo  # noqa: PLC0415

        task_id = self.task_id

        task_status: str | Unset
        if isinstance(self.task_status, Unset):
            task_status = UNSET
        elif isinstance(self.task_status, str):
            task_status = self.task_status
        else:
            task_status = self.task_status

        task_status_msg: None | str | Unset
        if isinstance(self.task_status_msg, Unset):
            task_status_msg = UNSET
        else:
            task_status_msg = self.task_status_msg

        task_info: dict[str, Any] | None | Unset
        if isinstance(self.task_info, Unset):
            task_info = UNSET
        elif isinstance(self.task_info, TaskInfo):
            task_info = self.task_info.to_dict()
        else:
            task_info = self.task_info

        task_result: dict[str, Any] | None | Unset
        if isinstance(self.task_result, Unset):
            task_result = UNSET
        elif isinstance(self.task_result, TaskResult):
            task_result = self.task_result.to_dict()
        else:
            task_result = self.task_result

        created_at = self.created_at

        updated_at = self.updated_at

        final_unit_deduction: None | str | Unset
        if isinstance(self.final_unit_deduction, Unset):
            final_unit_deduction = UNSET
        else:
            final_unit_deduction = self.final_unit_deduction

        final_balance_deduction: dict[str, Any] | None | Unset
        if isinstance(self.final_balance_deduction, Unset):
            final_balance_deduction = UNSET
        elif isinstance(self.final_balance_deduction, BalanceDeduction):
            final_balance_deduction = self.final_balance_deduction.to_dict()
        else:
            final_balance_deduction = self.final_balance_deduction

        watermark_info: dict[str, Any] | None | Unset
        if isinstance(self.watermark_info, Unset):
            watermark_info = UNSET
        elif isinstance(self.watermark_info, WatermarkInfo):
            watermark_info = self.watermark_info.to_dict()
        else:
            watermark_info = self.watermark_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if task_status is not UNSET:
            field_dict["task_status"] = task_status
        if task_status_msg is not UNSET:
            field_dict["task_status_msg"] = task_status_msg
        if task_info is not UNSET:
            field_dict["task_info"] = task_info
        if task_result is not UNSET:
            field_dict["task_result"] = task_result
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if final_unit_deduction is not UNSET:
            field_dict["final_unit_deduction"] = final_unit_deduction
        if final_balance_deduction is not UNSET:
            field_dict["final_balance_deduction"] = final_balance_deduction
        if watermark_info is not UNSET:
            field_dict["watermark_info"] = watermark_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.balance_deduction import BalanceDeduction  # noqa: PLC0415
        from ..models.task_info import TaskInfo  # noqa: PLC0415
        from ..models.task_result import TaskResult  # noqa: PLC0415
        from ..models.watermark_info import WatermarkInfo  # noqa: PLC0415

        d = dict(src_dict)
        task_id = d.pop("task_id", UNSET)

        def _parse_task_status(data: object) -> str | TaskStatus | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                task_status_type_0 = check_task_status(data)

                return task_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TaskStatus | Unset, data)

        task_status = _parse_task_status(d.pop("task_status", UNSET))

        def _parse_task_status_msg(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        task_status_msg = _parse_task_status_msg(d.pop("task_status_msg", UNSET))

        def _parse_task_info(data: object) -> None | TaskInfo | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                task_info_type_0 = TaskInfo.from_dict(data)

                return task_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskInfo | Unset, data)

        task_info = _parse_task_info(d.pop("task_info", UNSET))

        def _parse_task_result(data: object) -> None | TaskResult | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                task_result_type_0 = TaskResult.from_dict(data)

                return task_result_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskResult | Unset, data)

        task_result = _parse_task_result(d.pop("task_result", UNSET))

        created_at = d.pop("created_at", UNSET)

        updated_at = d.pop("updated_at", UNSET)

        def _parse_final_unit_deduction(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        final_unit_deduction = _parse_final_unit_deduction(d.pop("final_unit_deduction", UNSET))

        def _parse_final_balance_deduction(data: object) -> BalanceDeduction | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                final_balance_deduction_type_0 = BalanceDeduction.from_dict(data)

                return final_balance_deduction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BalanceDeduction | None | Unset, data)

        final_balance_deduction = _parse_final_balance_deduction(
            d.pop("final_balance_deduction", UNSET)
        )

        def _parse_watermark_info(data: object) -> None | Unset | WatermarkInfo:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                watermark_info_type_0 = WatermarkInfo.from_dict(data)

                return watermark_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WatermarkInfo, data)

        watermark_info = _parse_watermark_info(d.pop("watermark_info", UNSET))

        task = cls(
            task_id=task_id,
            task_status=task_status,
            task_status_msg=task_status_msg,
            task_info=task_info,
            task_result=task_result,
            created_at=created_at,
            updated_at=updated_at,
            final_unit_deduction=final_unit_deduction,
            final_balance_deduction=final_balance_deduction,
            watermark_info=watermark_info,
        )

        task.additional_properties = d
        return task

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
