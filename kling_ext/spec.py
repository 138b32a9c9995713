"""The facts the spec states, as data: the family table and Kling's business codes.

Everything here is read from the spec that generation ships (``kling_api/_openapi.json``, a copy of
``openapi/kling.yaml``) on first use. The client's resources, the simulator's routes and the
command line's commands are all derived from :data:`FAMILIES`; the error mapping and the simulator
read :func:`error_codes`, and :func:`check_request` (what ``kling_ext.validate`` finds, as data:
problems, warnings with their kind, discontinued values) lets the simulator refuse what the spec's
rules refuse. Use it to list what the API offers::

    from kling_ext import spec

    for fam in spec.FAMILIES.values():
        print(fam.key, fam.path, fam.kind)
"""

from ._spec._codes import ErrorCode, codes_from_spec, error_codes, retryable_codes
from ._spec._document import load_spec
from ._spec._families import (
    EVERY_FAMILY,
    FAMILIES,
    Family,
    Operation,
    families_from_spec,
    family,
)
from ._spec._findings import Findings
from ._spec._validate import check_request
from ._spec._validate_rules import is_set

__all__ = [
    "EVERY_FAMILY",
    "FAMILIES",
    "ErrorCode",
    "Family",
    "Findings",
    "Operation",
    "check_request",
    "codes_from_spec",
    "error_codes",
    "families_from_spec",
    "family",
    "is_set",
    "load_spec",
    "retryable_codes",
]
