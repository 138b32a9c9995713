from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ShotPrompt")


@_attrs_define
class ShotPrompt:
    """One shot of a multi-shot video (`multi_shot` true, `shot_type` customize). The durations of all shots must add up to
    the task's `duration`, each at least 1 s and at most the total: no JSON Schema keyword or x-kling rule kind
    expresses a sum, so this is not checked on the client side (the server refuses a mismatch).

    """

    prompt: str
    """ What the shot shows, at most 512 characters. """
    duration: str
    """ Length of the shot in seconds, as a string (e.g. "4"); at least 1. """
    index: int | None | Unset = UNSET
    """ Number of the shot, giving the order (whether it counts from 0 or 1 is not said). """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt = self.prompt

        duration = self.duration

        index: int | None | Unset
        if isinstance(self.index, Unset):
            index = UNSET
        else:
            index = self.index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt": prompt,
                "duration": duration,
            }
        )
        if index is not UNSET:
            field_dict["index"] = index

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        prompt = d.pop("prompt")

        duration = d.pop("duration")

        def _parse_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        index = _parse_index(d.pop("index", UNSET))

        shot_prompt = cls(
            prompt=prompt,
            duration=duration,
            index=index,
        )

        shot_prompt.additional_properties = d
        return shot_prompt

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
