"""The geometry of the monthly views chart, drawn as SVG by the template on the server: no
JavaScript, no chart library, nothing from a CDN. The template adds the title, the description
and a table with the same figures for screen readers and for copying."""

import math
from dataclasses import dataclass

WIDTH = 720
HEIGHT = 260
LEFT = 64  # room for the scale
BOTTOM = 40  # room for the month names
TOP = 16
GAP = 0.3  # share of each slot left empty between bars
TICKS = 4


@dataclass(frozen=True)
class Bar:
    month: object  # first day of the month
    views: int
    x: float
    y: float
    width: float
    height: float

    @property
    def middle(self):
        return self.x + self.width / 2


@dataclass(frozen=True)
class Tick:
    value: int
    y: float


def nice_maximum(value):
    """The smallest 1, 2, 2.5 or 5 × 10ⁿ (× TICKS) at or above `value`, so every tick is round."""
    if value <= 0:
        return TICKS
    step = value / TICKS
    magnitude = 10 ** math.floor(math.log10(step))
    for factor in (1, 2, 2.5, 5, 10):
        if factor * magnitude >= step and (factor * magnitude) == int(factor * magnitude):
            return int(factor * magnitude * TICKS)
    return int(10 * magnitude * TICKS)


def bar_chart(months):
    """Bars and scale ticks for [(first day of month, views)]."""
    plot_height = HEIGHT - TOP - BOTTOM
    top = nice_maximum(max((views for _month, views in months), default=0))
    slot = (WIDTH - LEFT) / max(len(months), 1)
    bars = []
    for index, (month, views) in enumerate(months):
        height = plot_height * views / top
        bars.append(
            Bar(
                month=month,
                views=views,
                x=round(LEFT + index * slot + slot * GAP / 2, 1),
                y=round(TOP + plot_height - height, 1),
                width=round(slot * (1 - GAP), 1),
                height=round(height, 1),
            )
        )
    ticks = [
        Tick(value=top * n // TICKS, y=round(TOP + plot_height * (1 - n / TICKS), 1))
        for n in range(TICKS + 1)
    ]
    return {
        "bars": bars,
        "ticks": ticks,
        "width": WIDTH,
        "height": HEIGHT,
        "left": LEFT,
        "right": WIDTH,
        "baseline": TOP + plot_height,
        "label_y": HEIGHT - BOTTOM // 2,
    }
