from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="VariationRequest")


@_attrs_define
class VariationRequest:
    """A new clip with a similar effect, from the parent clip's seed. **Body inferred** (CCAPI shows
    none): TTAPI's `/producer/v1/variation` takes only the parent id (plus TTAPI-only storage and
    callback options); the id is `clip_id` as in the documented STEMS body.

    """

    clip_id: str
    """ A Producer clip id: `data.data.clips[].clip_id` of a finished task (a UUID in every example).
    This is the upstream clip's id, not CCAPI's `task_...` id.
     """

    def to_dict(self) -> dict[str, Any]:
        clip_id = self.clip_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "clip_id": clip_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        clip_id = d.pop("clip_id")

        variation_request = cls(
            clip_id=clip_id,
        )

        return variation_request
