"""Benchmarks: `python -m benchmarks` runs every module here that defines `run()` and prints
its table. Each benchmark starts its own servers on 127.0.0.1, bounds its load and stops."""

from dataclasses import dataclass, field


@dataclass
class Table:
    title: str
    columns: list
    rows: list = field(default_factory=list)
    notes: list = field(default_factory=list)

    def render(self):
        cells = [[str(value) for value in row] for row in self.rows]
        widths = [
            max(len(str(column)), *(len(row[i]) for row in cells))
            for i, column in enumerate(self.columns)
        ]
        line = "  ".join("-" * width for width in widths)
        lines = [
            self.title,
            line,
            "  ".join(c.ljust(w) for c, w in zip(self.columns, widths, strict=True)),
            line,
        ]
        lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in cells]
        lines.append(line)
        lines += self.notes
        return "\n".join(lines)
