from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BillingDetail")


@_attrs_define
class BillingDetail:
    """One deduction. Balance details carry `cash_type`, `balance_*`, `list_price` and `currency`; unit details carry
    `package_id`, `product_type` and `unit_*`. Lenient.

    """

    task_id: str | Unset = UNSET
    api_key_name: str | Unset = UNSET
    product_function: str | Unset = UNSET
    """ The function, e.g. Image to Video. """
    model_name: str | Unset = UNSET
    resolution: str | Unset = UNSET
    """ 720p, 1080p or 4k (legacy std is 720p, pro 1080p). """
    duration: float | str | Unset = UNSET
    """ Video length in seconds (video tasks only). """
    refer_video_input: bool | Unset = UNSET
    video_sound: str | Unset = UNSET
    """ native, original or off (video tasks only). """
    voice_control: bool | Unset = UNSET
    deduction_time: int | str | Unset = UNSET
    """ When the deduction happened, Unix milliseconds. """
    cash_type: str | Unset = UNSET
    """ `balance` or `test_balance`. """
    balance_before_deduction: float | Unset = UNSET
    deduction_amount: float | Unset = UNSET
    balance_after_deduction: float | Unset = UNSET
    list_price: float | Unset = UNSET
    currency: str | Unset = UNSET
    """ CNY or USD. """
    package_id: str | Unset = UNSET
    product_type: str | Unset = UNSET
    """ video, image or try-on. """
    unit_before_deduction: float | Unset = UNSET
    unit_after_deduction: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        api_key_name = self.api_key_name

        product_function = self.product_function

        model_name = self.model_name

        resolution = self.resolution

        duration: float | str | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        refer_video_input = self.refer_video_input

        video_sound = self.video_sound

        voice_control = self.voice_control

        deduction_time: int | str | Unset
        if isinstance(self.deduction_time, Unset):
            deduction_time = UNSET
        else:
            deduction_time = self.deduction_time

        cash_type = self.cash_type

        balance_before_deduction = self.balance_before_deduction

        deduction_amount = self.deduction_amount

        balance_after_deduction = self.balance_after_deduction

        list_price = self.list_price

        currency = self.currency

        package_id = self.package_id

        product_type = self.product_type

        unit_before_deduction = self.unit_before_deduction

        unit_after_deduction = self.unit_after_deduction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if api_key_name is not UNSET:
            field_dict["api_key_name"] = api_key_name
        if product_function is not UNSET:
            field_dict["product_function"] = product_function
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if resolution is not UNSET:
            field_dict["resolution"] = resolution
        if duration is not UNSET:
            field_dict["duration"] = duration
        if refer_video_input is not UNSET:
            field_dict["refer_video_input"] = refer_video_input
        if video_sound is not UNSET:
            field_dict["video_sound"] = video_sound
        if voice_control is not UNSET:
            field_dict["voice_control"] = voice_control
        if deduction_time is not UNSET:
            field_dict["deduction_time"] = deduction_time
        if cash_type is not UNSET:
            field_dict["cash_type"] = cash_type
        if balance_before_deduction is not UNSET:
            field_dict["balance_before_deduction"] = balance_before_deduction
        if deduction_amount is not UNSET:
            field_dict["deduction_amount"] = deduction_amount
        if balance_after_deduction is not UNSET:
            field_dict["balance_after_deduction"] = balance_after_deduction
        if list_price is not UNSET:
            field_dict["list_price"] = list_price
        if currency is not UNSET:
            field_dict["currency"] = currency
        if package_id is not UNSET:
            field_dict["package_id"] = package_id
        if product_type is not UNSET:
            field_dict["product_type"] = product_type
        if unit_before_deduction is not UNSET:
            field_dict["unit_before_deduction"] = unit_before_deduction
        if unit_after_deduction is not UNSET:
            field_dict["unit_after_deduction"] = unit_after_deduction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        task_id = d.pop("task_id", UNSET)

        api_key_name = d.pop("api_key_name", UNSET)

        product_function = d.pop("product_function", UNSET)

        model_name = d.pop("model_name", UNSET)

        resolution = d.pop("resolution", UNSET)

        def _parse_duration(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        refer_video_input = d.pop("refer_video_input", UNSET)

        video_sound = d.pop("video_sound", UNSET)

        voice_control = d.pop("voice_control", UNSET)

        def _parse_deduction_time(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        deduction_time = _parse_deduction_time(d.pop("deduction_time", UNSET))

        cash_type = d.pop("cash_type", UNSET)

        balance_before_deduction = d.pop("balance_before_deduction", UNSET)

        deduction_amount = d.pop("deduction_amount", UNSET)

        balance_after_deduction = d.pop("balance_after_deduction", UNSET)

        list_price = d.pop("list_price", UNSET)

        currency = d.pop("currency", UNSET)

        package_id = d.pop("package_id", UNSET)

        product_type = d.pop("product_type", UNSET)

        unit_before_deduction = d.pop("unit_before_deduction", UNSET)

        unit_after_deduction = d.pop("unit_after_deduction", UNSET)

        billing_detail = cls(
            task_id=task_id,
            api_key_name=api_key_name,
            product_function=product_function,
            model_name=model_name,
            resolution=resolution,
            duration=duration,
            refer_video_input=refer_video_input,
            video_sound=video_sound,
            voice_control=voice_control,
            deduction_time=deduction_time,
            cash_type=cash_type,
            balance_before_deduction=balance_before_deduction,
            deduction_amount=deduction_amount,
            balance_after_deduction=balance_after_deduction,
            list_price=list_price,
            currency=currency,
            package_id=package_id,
            product_type=product_type,
            unit_before_deduction=unit_before_deduction,
            unit_after_deduction=unit_after_deduction,
        )

        billing_detail.additional_properties = d
        return billing_detail

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
