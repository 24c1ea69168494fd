"""A place on a map, given as latitude and longitude (WGS84), shown with the map block."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel

from unitsites.blocks import MapBlock


class LocationMixin(models.Model):
    """Latitude and longitude fields and the map they make (OpenStreetMap, no key needed)."""

    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_("In decimal degrees, e.g. 6.618090 (copy it from any online map)."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=_("In decimal degrees, e.g. 100.070850."),
    )

    location_panels = [FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")])]

    class Meta:
        abstract = True

    @property
    def map_label(self):
        """The name of the place shown with the map."""
        return self.title

    @property
    def has_location(self):
        return self.latitude is not None and self.longitude is not None

    def location_map(self):
        """The map block bound to this place, for `{% include_block %}`; None without a place."""
        if not self.has_location:
            return None
        block = MapBlock()
        value = block.to_python(
            {"label": self.map_label, "latitude": self.latitude, "longitude": self.longitude}
        )
        return block.bind(value)
