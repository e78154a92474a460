"""Illustrations made for the demo: flat scenes and typographic covers drawn with Pillow.

Each item gets its own picture: the scene follows what the item is about (a duo bike, a hand,
a workshop table, a café, a full hall, a network, a neighbourhood), the colours follow the
item's colour and the details (positions, shapes) follow its title, so no two are alike. Each
comes with a description in Dutch, used as its alt text, and a focal point on its subject so
that the square, portrait and wide crops of cards and heroes keep it in view.
"""

import hashlib
import random
from dataclasses import dataclass
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONT = (
    Path(__file__).resolve().parent.parent / "site_project" / "static" / "fonts" / "inter-roman-latin.woff2"
)
# Background, a lighter tint, and a skin/ink set that keeps contrast on each.
PALETTES = [
    ("#0b5d73", "#cfe6ec", "#f3b37a"),
    ("#8c4a12", "#f6dcc4", "#f7c59f"),
    ("#2f6b2c", "#d5ead3", "#f1c08c"),
    ("#6e2a53", "#eed3e3", "#e9b48f"),
    ("#2f4b8f", "#d6def1", "#f0bb8d"),
    ("#9c3328", "#f4d6d2", "#f2c39a"),
]
ACCENT = "#e07a1f"
INK = "#1d2327"
SCALE = 2  # drawn at twice the size and reduced: smooth edges without an anti-aliasing library


@dataclass
class Illustration:
    image: Image.Image
    description: str
    focus: tuple  # (x, y, width, height) in the final image's pixels


def seed_for(title):
    return int(hashlib.sha1(title.encode()).hexdigest()[:8], 16)


def font(size, weight=400):
    face = ImageFont.truetype(str(FONT), size)
    face.set_variation_by_axes([weight])
    return face


class Canvas:
    def __init__(self, size, colour_index, title):
        self.width, self.height = (side * SCALE for side in size)
        self.bg, self.tint, self.skin = PALETTES[colour_index % len(PALETTES)]
        self.random = random.Random(seed_for(title))
        self.image = Image.new("RGB", (self.width, self.height), self.bg)
        self.draw = ImageDraw.Draw(self.image)

    def x(self, fraction):
        return int(self.width * fraction)

    def y(self, fraction):
        return int(self.height * fraction)

    def backdrop(self):
        """Soft large shapes behind the scene, placed by the title's seed."""
        for _ in range(3):
            radius = self.y(self.random.uniform(0.25, 0.5))
            cx, cy = self.x(self.random.uniform(0, 1)), self.y(self.random.uniform(0, 1))
            self.draw.ellipse([cx - radius, cy - radius, cx + radius, cy + radius], fill=self.shade(0.12))
        for _ in range(14):
            r = self.y(0.008)
            cx, cy = self.x(self.random.uniform(0.02, 0.98)), self.y(self.random.uniform(0.04, 0.3))
            self.draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=self.tint)

    def shade(self, amount):
        """The background lightened by `amount` (0..1)."""
        bg = tuple(int(self.bg[i : i + 2], 16) for i in (1, 3, 5))
        return tuple(int(c + (255 - c) * amount) for c in bg)

    def person(self, cx, base, size, shirt, facing=0):
        """A bust: head and shoulders, standing on `base` (y of the shoulders' bottom)."""
        head = size * 0.22
        body_w, body_h = size * 0.62, size * 0.5
        self.draw.rounded_rectangle(
            [cx - body_w / 2, base - body_h, cx + body_w / 2, base + size * 0.1],
            radius=body_w / 2.4,
            fill=shirt,
        )
        hy = base - body_h - head * 0.85
        self.draw.ellipse([cx - head, hy - head, cx + head, hy + head], fill=self.skin)
        # Hair: a cap on one side, varied per person.
        hair = self.random.choice([INK, "#5b3a29", "#8a8f94", "#2b2b2b"])
        self.draw.pieslice(
            [cx - head, hy - head, cx + head, hy + head], 180 + facing * 20, 360 + facing * 20, fill=hair
        )

    def table(self, left, top, right, bottom, colour="#ffffff"):
        self.draw.rounded_rectangle([left, top, right, bottom], radius=(bottom - top) // 2, fill=colour)

    def shirts(self, count):
        colours = [ACCENT, self.tint, "#ffffff", "#f2d16b", "#9ed0c4", "#c9b6e4"]
        self.random.shuffle(colours)
        return [colours[i % len(colours)] for i in range(count)]

    def done(self, size):
        return self.image.resize(size, Image.LANCZOS)


def scene_table(c, with_notes=False, with_houses=False):
    """People around a table (a meeting in the neighbourhood, a workshop)."""
    c.backdrop()
    if with_houses:
        for i in range(6):
            left = c.x(0.04 + i * 0.16)
            w, h = c.x(0.11), c.y(c.random.uniform(0.18, 0.3))
            top = c.y(0.58) - h
            c.draw.rectangle([left, top, left + w, c.y(0.58)], fill=c.shade(0.25))
            c.draw.polygon(
                [(left - c.x(0.01), top), (left + w / 2, top - c.y(0.1)), (left + w + c.x(0.01), top)],
                fill=c.shade(0.35),
            )
            c.draw.rectangle([left + w * 0.35, top + h * 0.3, left + w * 0.65, top + h * 0.55], fill=c.tint)
    if with_notes:
        board = [c.x(0.6), c.y(0.08), c.x(0.94), c.y(0.46)]
        c.draw.rounded_rectangle(board, radius=c.y(0.02), fill="#ffffff")
        for row in range(3):
            for col in range(4):
                nx, ny = board[0] + c.x(0.02 + col * 0.08), board[1] + c.y(0.04 + row * 0.12)
                colour = c.random.choice(["#f2d16b", "#9ed0c4", "#f4a9a0", ACCENT])
                c.draw.rectangle([nx, ny, nx + c.x(0.055), ny + c.y(0.08)], fill=colour)
    count = c.random.randint(4, 6)
    shirts = c.shirts(count)
    span = (0.16, 0.84) if not with_notes else (0.08, 0.56)
    for i in range(count):
        cx = c.x(span[0] + (span[1] - span[0]) * (i + 0.5) / count)
        c.person(cx, c.y(0.8), c.y(0.42), shirts[i], facing=(-1) ** i)
    c.table(c.x(span[0] - 0.04), c.y(0.74), c.x(span[1] + 0.04), c.y(0.86))
    for i in range(count - 1):  # cups and papers on the table
        px = c.x(span[0] + (span[1] - span[0]) * (i + 1) / count)
        c.draw.rectangle([px - c.x(0.015), c.y(0.765), px + c.x(0.015), c.y(0.79)], fill=c.tint)
    return (span[0], 0.25, span[1] - span[0], 0.65)


def scene_cafe(c):
    """A café evening: small tables, people in conversation, speech bubbles."""
    c.backdrop()
    for row, (base, size) in enumerate(((0.58, 0.3), (0.9, 0.42))):
        tables = 3 if row == 0 else 2
        for t in range(tables):
            centre = (t + 0.5) / tables + c.random.uniform(-0.04, 0.04)
            shirts = c.shirts(2)
            for side, shirt in zip((-1, 1), shirts, strict=True):
                c.person(c.x(centre + side * size * 0.22), c.y(base), c.y(size), shirt, facing=-side)
            c.table(c.x(centre - size * 0.18), c.y(base - 0.04), c.x(centre + size * 0.18), c.y(base + 0.03))
    for _ in range(3):
        bx, by = c.x(c.random.uniform(0.1, 0.75)), c.y(c.random.uniform(0.06, 0.16))
        c.draw.rounded_rectangle([bx, by, bx + c.x(0.13), by + c.y(0.1)], radius=c.y(0.04), fill="#ffffff")
        c.draw.polygon(
            [
                (bx + c.x(0.03), by + c.y(0.1)),
                (bx + c.x(0.05), by + c.y(0.1)),
                (bx + c.x(0.025), by + c.y(0.15)),
            ],
            fill="#ffffff",
        )
        for line in range(2):
            c.draw.rectangle(
                [
                    bx + c.x(0.02),
                    by + c.y(0.03 + line * 0.035),
                    bx + c.x(0.11 - line * 0.03),
                    by + c.y(0.045 + line * 0.035),
                ],
                fill=c.bg,
            )
    return (0.15, 0.3, 0.7, 0.65)


def scene_hall(c):
    """A full hall listening to a speaker at a lectern."""
    c.backdrop()
    screen = [c.x(0.3), c.y(0.06), c.x(0.7), c.y(0.36)]
    c.draw.rectangle(screen, fill="#ffffff")
    for line in range(3):
        c.draw.rectangle(
            [
                screen[0] + c.x(0.03),
                screen[1] + c.y(0.06 + line * 0.07),
                screen[2] - c.x(0.05 + line * 0.06),
                screen[1] + c.y(0.09 + line * 0.07),
            ],
            fill=c.tint,
        )
    c.person(c.x(0.82), c.y(0.5), c.y(0.3), ACCENT)
    c.draw.rectangle([c.x(0.78), c.y(0.44), c.x(0.86), c.y(0.56)], fill=c.shade(0.4))
    for row, base in enumerate((0.64, 0.8, 0.98)):
        size = 0.18 + row * 0.06
        seats = 9 - row * 2
        shirts = c.shirts(seats)
        for s in range(seats):
            c.person(c.x((s + 0.5) / seats + c.random.uniform(-0.01, 0.01)), c.y(base), c.y(size), shirts[s])
    return (0.25, 0.05, 0.65, 0.6)


def scene_bike(c):
    """Two people on a duo bike (side by side), riding along a path."""
    c.backdrop()
    c.draw.rectangle([0, c.y(0.86), c.width, c.height], fill=c.shade(0.2))
    wheel = c.y(0.14)
    line = c.y(0.012)
    for wx in (0.3, 0.68):
        cx, cy = c.x(wx), c.y(0.86) - wheel
        c.draw.ellipse([cx - wheel, cy - wheel, cx + wheel, cy + wheel], outline=INK, width=line)
        c.draw.ellipse([cx - line, cy - line, cx + line, cy + line], fill=INK)
    axle_y = c.y(0.86) - wheel
    c.draw.line(
        [(c.x(0.3), axle_y), (c.x(0.42), c.y(0.6)), (c.x(0.62), c.y(0.6)), (c.x(0.68), axle_y)],
        fill=ACCENT,
        width=line * 2,
    )
    c.draw.line([(c.x(0.42), c.y(0.6)), (c.x(0.49), axle_y)], fill=ACCENT, width=line * 2)
    c.draw.line([(c.x(0.68), axle_y), (c.x(0.66), c.y(0.46))], fill=INK, width=line)
    c.draw.line([(c.x(0.63), c.y(0.46)), (c.x(0.7), c.y(0.44))], fill=INK, width=line)
    shirts = c.shirts(2)
    c.person(c.x(0.44), c.y(0.6), c.y(0.34), shirts[0], facing=1)
    c.person(c.x(0.56), c.y(0.6), c.y(0.34), shirts[1] if shirts[1] != c.bg else "#ffffff", facing=1)
    return (0.22, 0.15, 0.56, 0.75)


def scene_hand(c):
    """An open hand: each finger a question of the exercise, marked with a dot."""
    c.backdrop()
    palm = [c.x(0.38), c.y(0.46), c.x(0.62), c.y(0.9)]
    c.draw.rounded_rectangle(palm, radius=c.x(0.05), fill=c.skin)
    fingers = [(0.395, 0.2, 0.33), (0.45, 0.1, 0.3), (0.505, 0.12, 0.3), (0.56, 0.2, 0.28)]
    for left, top, length in fingers:
        c.draw.rounded_rectangle(
            [c.x(left), c.y(top), c.x(left + 0.045), c.y(top + length + 0.2)], radius=c.x(0.022), fill=c.skin
        )
    # The thumb, tilted out to the left.
    c.draw.polygon(
        [(c.x(0.39), c.y(0.62)), (c.x(0.3), c.y(0.44)), (c.x(0.27), c.y(0.47)), (c.x(0.36), c.y(0.72))],
        fill=c.skin,
    )
    c.draw.ellipse([c.x(0.265), c.y(0.42), c.x(0.315), c.y(0.5)], fill=c.skin)
    tips = [(0.29, 0.43), (0.4175, 0.23), (0.4725, 0.13), (0.5275, 0.15), (0.5825, 0.23)]
    colours = [ACCENT, "#f2d16b", "#9ed0c4", "#ffffff", "#c9b6e4"]
    r = c.y(0.025)
    for (tx, ty), colour in zip(tips, colours, strict=True):
        c.draw.ellipse(
            [c.x(tx) - r, c.y(ty) - r, c.x(tx) + r, c.y(ty) + r], fill=colour, outline=INK, width=c.y(0.005)
        )
    return (0.25, 0.08, 0.42, 0.84)


def scene_network(c):
    """People as circles, linked: a werkteam of partners, placed by the title's seed."""
    c.backdrop()
    nodes = [(c.random.uniform(0.12, 0.88), c.random.uniform(0.18, 0.85)) for _ in range(9)]
    nodes.sort()
    line = c.y(0.008)
    for i, (ax, ay) in enumerate(nodes):
        for bx, by in nodes[i + 1 : i + 3]:
            c.draw.line([(c.x(ax), c.y(ay)), (c.x(bx), c.y(by))], fill=c.tint, width=line)
    shirts = c.shirts(len(nodes))
    for (nx, ny), shirt in zip(nodes, shirts, strict=True):
        r = c.y(0.085)
        c.draw.ellipse(
            [c.x(nx) - r, c.y(ny) - r, c.x(nx) + r, c.y(ny) + r], fill=shirt, outline="#ffffff", width=line
        )
        c.person(c.x(nx), c.y(ny) + r * 0.75, r * 1.3, c.bg)
    return (0.1, 0.1, 0.8, 0.8)


def wrap(text, face, width, draw):
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if draw.textlength(candidate, font=face) <= width or not line:
            line = candidate
        else:
            lines.append(line)
            line = word
    return [*lines, line] if line else lines


def scene_cover(c, title, kicker):
    """A typographic cover: the title large, set in the site's typeface, over bold shapes."""
    r = c.y(0.42)
    cx, cy = c.x(c.random.uniform(0.8, 0.92)), c.y(c.random.uniform(0.2, 0.8))
    c.draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=ACCENT)
    c.draw.ellipse([cx - r * 0.55, cy - r * 0.55, cx + r * 0.55, cy + r * 0.55], fill=c.tint)
    c.draw.rectangle([c.x(0.06), c.y(0.1), c.x(0.06) + c.y(0.12), c.y(0.115)], fill=ACCENT)
    c.draw.text((c.x(0.06), c.y(0.14)), kicker.upper(), font=font(c.y(0.045), 700), fill=c.tint)
    size = c.y(0.11)
    face = font(size, 700)
    lines = wrap(title, face, c.x(0.58), c.draw)
    while len(lines) > 4 and size > c.y(0.06):
        size = int(size * 0.88)
        face = font(size, 700)
        lines = wrap(title, face, c.x(0.58), c.draw)
    for i, line in enumerate(lines[:5]):
        c.draw.text((c.x(0.06), c.y(0.28) + i * size * 1.15), line, font=face, fill="#ffffff")
    return (0.04, 0.1, 0.62, 0.8)


# (keywords, scene, description) in order: the first whose keyword is in the title wins.
SCENES = [
    (("fiets",), scene_bike, "Illustratie: twee mensen samen op een duofiets"),
    (("hand",), scene_hand, "Illustratie: een open hand met een gekleurde stip op elke vingertop"),
    (
        ("workshop", "doe, leer"),
        lambda c: scene_table(c, with_notes=True),
        "Illustratie: deelnemers van een workshop aan tafel, met een bord vol memobriefjes",
    ),
    (("kenniscaf",), scene_cafe, "Illustratie: mensen in gesprek aan cafétafeltjes in een volle zaal"),
    (
        ("bijeenkomst", "wijk", "burgerkracht", "informeel"),
        lambda c: scene_table(c, with_houses=True),
        "Illustratie: bewoners en professionals aan tafel, met de huizen van de wijk erachter",
    ),
    (
        ("conferentie", "kick-off", "jaar dynamiek"),
        scene_hall,
        "Illustratie: een volle zaal luistert naar een spreker bij een scherm",
    ),
    (
        ("werkteam", "platform", "hart van", "verbondenheid"),
        scene_network,
        "Illustratie: mensen als verbonden cirkels, een netwerk van partners",
    ),
]


def scene_for(title):
    """(scene, description) for this title; scene None for a typographic cover."""
    lowered = title.lower()
    match = next((entry for entry in SCENES if any(word in lowered for word in entry[0])), None)
    if match:
        return match[1], match[2]
    return None, f"Typografische omslag: {cover_text(title)[1]}"


def cover_text(title):
    kicker, _, rest = title.partition(": ")
    return (kicker, rest) if rest else ("Werkplaats Sociaal Domein", title)


def illustrate(title, colour_index=0, size=(1600, 900)):
    """The illustration for an item with this title."""
    c = Canvas(size, colour_index, title)
    scene, description = scene_for(title)
    focus = scene(c) if scene else scene_cover(c, cover_text(title)[1], cover_text(title)[0])
    width, height = size
    x, y, w, h = focus
    box = (int(x * width), int(y * height), int(w * width), int(h * height))
    return Illustration(c.done(size), description, box)
