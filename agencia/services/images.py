"""The images the agency stores (an agency's or an account's logo, a campaign's key visual):
what a deck can print, checked once with Pillow for every area that takes one.

A logo is a PNG or JPEG of at most 2 MB and 4000 × 4000 pixels; a key visual may be larger.
The dialogs read the same limits, so what they accept is what the services accept.
"""

from __future__ import annotations

import io
import warnings

from agencia.domain.errors import ValidationError

LOGO_MAX_BYTES = 2 * 1024 * 1024
LOGO_MAX_PIXELS = 4000  # on either side
LOGO_MIN_PIXELS = 16
LOGO_TYPES = {"PNG": "image/png", "JPEG": "image/jpeg"}
KEY_VISUAL_MAX_BYTES = 10 * 1024 * 1024  # a campaign's key visual (its results)
KEY_VISUAL_MAX_PIXELS = 8000


def check_image(
    data: bytes,
    field: str = "logo",
    *,
    max_bytes: int = LOGO_MAX_BYTES,
    max_pixels: int = LOGO_MAX_PIXELS,
) -> str:
    """The image's content type when `data` is a PNG or JPEG a deck can print (at most
    `max_bytes`, sides between 16 and `max_pixels`); otherwise a ValidationError for
    `field`."""
    if len(data) > max_bytes:
        raise ValidationError(
            {
                field: (
                    "field.image_too_large",
                    {"size": f"{len(data) / 1048576:.1f}", "max": max_bytes // 1048576},
                )
            }
        )
    from PIL import Image, UnidentifiedImageError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as image:
                kind = image.format or ""
                width, height = image.size
                if kind in LOGO_TYPES and max(width, height) <= max_pixels:
                    image.verify()
    except (UnidentifiedImageError, Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise ValidationError({field: ("field.image_kind", {})}) from None
    except (OSError, SyntaxError, ValueError):  # truncated or damaged
        raise ValidationError({field: ("field.image_damaged", {})}) from None
    if kind not in LOGO_TYPES:
        raise ValidationError({field: ("field.image_kind", {})})
    if max(width, height) > max_pixels or min(width, height) < LOGO_MIN_PIXELS:
        raise ValidationError(
            {field: ("field.image_pixels", {"min": LOGO_MIN_PIXELS, "max": max_pixels})}
        )
    return LOGO_TYPES[kind]
