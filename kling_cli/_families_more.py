"""The create commands of the families of FACTS-2026 §4 that take a shape of their own
(registered in :data:`kling_cli._special.SPECIAL`):

* ``kling image omni-image``: ``--series-amount`` takes 2-9 or ``auto`` (a number is sent as one);
* ``kling image element``: ``--frontal-image`` and ``--refer-image`` (1-3, repeatable) build the
  ``element_image_list``, ``--refer-video`` the ``element_video_list``.
"""

from __future__ import annotations

from typing import Any

import click

from kling_ext.spec import Family

from . import _options as opt
from ._special import special
from ._types import MediaType

LISTS = ("element_image_list", "element_video_list")


def _omni_body(fam: Family, params: dict[str, Any]) -> dict[str, Any]:
    amount = params.get("series_amount")
    if isinstance(amount, str) and amount.isdigit():
        params["series_amount"] = int(amount)
    return params


@special("omni_image", body=_omni_body)
def _omni(fam: Family) -> opt.Decorator[Any]:
    """Name the --image references <<<image_1>>>, <<<image_2>>> ... and the --element ones
    <<<element_1>>> ... in PROMPT; --result-type series needs kling-v3-omni."""
    return opt.request_options(fam.request_model)


def _element_body(fam: Family, params: dict[str, Any]) -> dict[str, Any]:
    frontal, refer, video = (params.pop(k) for k in ("frontal_image", "refer_image", "refer_video"))
    if frontal or refer:
        images = [{"image_url": url} for url in refer] or None
        params["element_image_list"] = opt.given({"frontal_image": frontal, "refer_images": images})
    if video:
        params["element_video_list"] = {"refer_videos": [{"video_url": video}]}
    return params


@special("element_library", body=_element_body)
def _element(fam: Family) -> opt.Decorator[Any]:
    """An image element: --reference-type image_refer, --frontal-image and 1-3 --refer-image;
    a video character: --reference-type video_refer and --refer-video."""
    media = opt.MEDIA_HELP
    return opt.compose(
        opt.request_options(fam.request_model, skip=LISTS),
        click.option("--frontal-image", type=MediaType(), help=f"The frontal view. {media}"),
        click.option(
            "--refer-image",
            type=MediaType(),
            multiple=True,
            help=f"Another view or a close-up (1-3). {media}",
        ),
        click.option("--refer-video", metavar="URL", help="A 3-8 s 1080p video (URL)."),
    )
