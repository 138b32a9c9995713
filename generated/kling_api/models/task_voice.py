from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TaskVoice")


@_attrs_define
class TaskVoice:
    """A voice (custom voices, preset voices, the voice bound to an element). Lenient: every field optional."""

    voice_id: str | Unset = UNSET
    """ Voice id, globally unique; the `voice_id` input of text to speech and elements. """
    voice_name: str | Unset = UNSET
    """ Voice name. """
    trial_url: str | Unset = UNSET
    """ URL of a sample of the voice. """
    owned_by: str | Unset = UNSET
    """ `kling` for the official library, else the creator's id. """
    status: str | Unset = UNSET
    """ `succeed` (usable) or `deleted`. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice_id = self.voice_id

        voice_name = self.voice_name

        trial_url = self.trial_url

        owned_by = self.owned_by

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if voice_name is not UNSET:
            field_dict["voice_name"] = voice_name
        if trial_url is not UNSET:
            field_dict["trial_url"] = trial_url
        if owned_by is not UNSET:
            field_dict["owned_by"] = owned_by
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        voice_id = d.pop("voice_id", UNSET)

        voice_name = d.pop("voice_name", UNSET)

        trial_url = d.pop("trial_url", UNSET)

        owned_by = d.pop("owned_by", UNSET)

        status = d.pop("status", UNSET)

        task_voice = cls(
            voice_id=voice_id,
            voice_name=voice_name,
            trial_url=trial_url,
            owned_by=owned_by,
            status=status,
        )

        task_voice.additional_properties = d
        return task_voice

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
