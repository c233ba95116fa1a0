"""HTML mail made inert before it is shown (issue 21), with nh3 (the Ammonia sanitiser).

Scripts and styles go with their content; forms and their inputs are reduced to their text; event handlers,
``javascript:`` links and every other unknown attribute go; images keep only inline ``data:`` pictures, so a
remote image (a tracking pixel) is never loaded. Links keep ``http``, ``https`` and ``mailto`` targets and get
``rel="noopener noreferrer"``; the viewer does not follow them by itself.
"""

from __future__ import annotations

import copy
import re

import nh3

_TAGS = set(nh3.ALLOWED_TAGS) - {"area", "map"}  # image maps point at remote images
_ATTRIBUTES = copy.deepcopy(nh3.ALLOWED_ATTRIBUTES)
_ATTRIBUTES.pop("area", None)
_SCHEMES = {"http", "https", "mailto", "data"}


def _filter(tag: str, attribute: str, value: str) -> str | None:
    if tag == "img" and attribute == "src":
        return value if value.strip().lower().startswith("data:image/") else None
    if tag == "a" and attribute == "href" and value.strip().lower().startswith("data:"):
        return None
    return value


_IMAGE_WITHOUT_SOURCE = re.compile(r"<img(?![^>]*\ssrc=)[^>]*>", re.IGNORECASE)


def sanitise(html: str) -> str:
    """``html`` with nothing that runs, submits or fetches anything."""
    if not html:
        return ""
    clean = nh3.clean(
        html,
        tags=_TAGS,
        clean_content_tags={"script", "style", "title", "head", "noscript", "template", "iframe", "object", "embed"},
        attributes=_ATTRIBUTES,
        attribute_filter=_filter,
        url_schemes=_SCHEMES,
        strip_comments=True,
        link_rel="noopener noreferrer",
    )
    return _IMAGE_WITHOUT_SOURCE.sub("", clean)  # a remote image whose source went: nothing left to show
