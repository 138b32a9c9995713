from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.standard_task_status import StandardTaskStatus, check_standard_task_status
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.standard_audio_output import StandardAudioOutput
    from ..models.standard_billing import StandardBilling
    from ..models.standard_element_output import StandardElementOutput
    from ..models.standard_image_output import StandardImageOutput
    from ..models.standard_unknown_output import StandardUnknownOutput
    from ..models.standard_video_output import StandardVideoOutput
    from ..models.standard_voice_output import StandardVoiceOutput


T = TypeVar("T", bound="StandardTask")


@_attrs_define
class StandardTask:
    """A new-standard task: the `data` of create answers (id, status, create_time, update_time, external_id), the items of
    `GET /tasks` and `POST /tasks`, and callback bodies. No `task_result`: results are `outputs[]`. Lenient: nothing is
    required.

    """

    id: str | Unset = UNSET
    """ System task id. """
    status: StandardTaskStatus | str | Unset = UNSET
    """ submitted, processing, succeeded, failed; newer values parse as strings. """
    message: str | Unset = UNSET
    """ Why the task failed. """
    create_time: int | Unset = UNSET
    """ Creation time, Unix milliseconds. """
    update_time: int | Unset = UNSET
    """ Last change, Unix milliseconds. """
    external_id: str | Unset = UNSET
    """ The request's `options.external_task_id`. """
    outputs: (
        list[
            StandardAudioOutput
            | StandardElementOutput
            | StandardImageOutput
            | StandardUnknownOutput
            | StandardVideoOutput
            | StandardVoiceOutput
        ]
        | Unset
    ) = UNSET
    billing: list[StandardBilling] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.standard_audio_output import StandardAudioOutput  # noqa: PLC0415
        from ..models.standard_element_output import StandardElementOutput  # noqa: PLC0415
        from ..models.standard_image_output import StandardImageOutput  # noqa: PLC0415
        from ..models.standard_video_output import StandardVideoOutput  # noqa: PLC0415
        from ..models.standard_voice_output import StandardVoiceOutput  # noqa: PLC0415

        id = self.id

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        message = self.message

        create_time = self.create_time

        update_time = self.update_time

        external_id = self.external_id

        outputs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.outputs, Unset):
            outputs = []
            for outputs_item_data in self.outputs:
                outputs_item: dict[str, Any]
                if isinstance(outputs_item_data, StandardVideoOutput):
                    outputs_item = outputs_item_data.to_dict()
                elif isinstance(outputs_item_data, StandardImageOutput):
                    outputs_item = outputs_item_data.to_dict()
                elif isinstance(outputs_item_data, StandardAudioOutput):
                    outputs_item = outputs_item_data.to_dict()
                elif isinstance(outputs_item_data, StandardVoiceOutput):
                    outputs_item = outputs_item_data.to_dict()
                elif isinstance(outputs_item_data, StandardElementOutput):
                    outputs_item = outputs_item_data.to_dict()
                else:
                    outputs_item = outputs_item_data.to_dict()

                outputs.append(outputs_item)

        billing: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.billing, Unset):
            billing = []
            for billing_item_data in self.billing:
                billing_item = billing_item_data.to_dict()
                billing.append(billing_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message
        if create_time is not UNSET:
            field_dict["create_time"] = create_time
        if update_time is not UNSET:
            field_dict["update_time"] = update_time
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if outputs is not UNSET:
            field_dict["outputs"] = outputs
        if billing is not UNSET:
            field_dict["billing"] = billing

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.standard_audio_output import StandardAudioOutput  # noqa: PLC0415
        from ..models.standard_billing import StandardBilling  # noqa: PLC0415
        from ..models.standard_element_output import StandardElementOutput  # noqa: PLC0415
        from ..models.standard_image_output import StandardImageOutput  # noqa: PLC0415
        from ..models.standard_unknown_output import StandardUnknownOutput  # noqa: PLC0415
        from ..models.standard_video_output import StandardVideoOutput  # noqa: PLC0415
        from ..models.standard_voice_output import StandardVoiceOutput  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_status(data: object) -> StandardTaskStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_standard_task_status(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(StandardTaskStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        message = d.pop("message", UNSET)

        create_time = d.pop("create_time", UNSET)

        update_time = d.pop("update_time", UNSET)

        external_id = d.pop("external_id", UNSET)

        _outputs = d.pop("outputs", UNSET)
        outputs: (
            list[
                StandardAudioOutput
                | StandardElementOutput
                | StandardImageOutput
                | StandardUnknownOutput
                | StandardVideoOutput
                | StandardVoiceOutput
            ]
            | Unset
        ) = UNSET
        if _outputs is not UNSET:
            outputs = []
            for outputs_item_data in _outputs:

                def _parse_outputs_item(
                    data: object,
                ) -> (
                    StandardAudioOutput
                    | StandardElementOutput
                    | StandardImageOutput
                    | StandardUnknownOutput
                    | StandardVideoOutput
                    | StandardVoiceOutput
                ):
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_standard_output_type_0 = StandardVideoOutput.from_dict(
                            data
                        )

                        return componentsschemas_standard_output_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_standard_output_type_1 = StandardImageOutput.from_dict(
                            data
                        )

                        return componentsschemas_standard_output_type_1
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_standard_output_type_2 = StandardAudioOutput.from_dict(
                            data
                        )

                        return componentsschemas_standard_output_type_2
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_standard_output_type_3 = StandardVoiceOutput.from_dict(
                            data
                        )

                        return componentsschemas_standard_output_type_3
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        componentsschemas_standard_output_type_4 = StandardElementOutput.from_dict(
                            data
                        )

                        return componentsschemas_standard_output_type_4
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    if not isinstance(data, dict):
                        raise TypeError()
                    componentsschemas_standard_output_type_5 = StandardUnknownOutput.from_dict(data)

                    return componentsschemas_standard_output_type_5

                outputs_item = _parse_outputs_item(outputs_item_data)

                outputs.append(outputs_item)

        _billing = d.pop("billing", UNSET)
        billing: list[StandardBilling] | Unset = UNSET
        if _billing is not UNSET:
            billing = []
            for billing_item_data in _billing:
                billing_item = StandardBilling.from_dict(billing_item_data)

                billing.append(billing_item)

        standard_task = cls(
            id=id,
            status=status,
            message=message,
            create_time=create_time,
            update_time=update_time,
            external_id=external_id,
            outputs=outputs,
            billing=billing,
        )

        standard_task.additional_properties = d
        return standard_task

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
