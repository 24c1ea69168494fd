"""Uploaded images are checked by decoding them, not only by their header (REQUIREMENTS S-10)."""

from django.core.exceptions import ValidationError

from wagtail.images.fields import WagtailImageField

from PIL import UnidentifiedImageError


class DecodableImageField(WagtailImageField):
    """Wagtail's image field, answering a file that announces an image but cannot be decoded
    (a truncated GIF) with its "not a valid image" message instead of a server error."""

    def check_image_pixel_size(self, f):
        try:
            super().check_image_pixel_size(f)
        except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
            raise ValidationError(
                self.error_messages["invalid_image"], code="invalid_image"
            ) from error
