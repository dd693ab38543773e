#!/usr/bin/env python3
"""Draws the routine illustrations (320x240 SVG) for the wall, chair and floor routines.

Run from the repository root: python3 tools/illustrations.py
The palette is the one IllustrationView recolours for the dark theme (backdrop, wall, edge, card),
so every drawing has a light and a dark look without a second file.
"""
import math
import os

OUT = "src/main/resources/org/deskbreak/routine/illustrations"
BACKDROP, WALL, EDGE, CARD, CARD_EDGE = "#EAF3F1", "#C9D6E0", "#A9BBCB", "#FFFFFF", "#D5E0DE"
SHIRT, SHIRT_DARK, SKIN, HAIR, TROUSERS, TROUSERS_FAR, SHOE = (
    "#23897D", "#1B7167", "#F0B990", "#4A3B33", "#3D4F6B", "#2F3E55", "#2B3648")
ARROW, BALL, BALL_SEAM, CHAIR = "#D9650B", "#D4E157", "#8A9A1F", "#6F8397"


def line(a, b, color, width):
    return (f'<line x1="{a[0]:.1f}" y1="{a[1]:.1f}" x2="{b[0]:.1f}" y2="{b[1]:.1f}" stroke="{color}" '
            f'stroke-width="{width}" stroke-linecap="round"/>')


def path(points, color, width):
    d = " ".join(("M" if i == 0 else "L") + f"{x:.1f} {y:.1f}" for i, (x, y) in enumerate(points))
    return (f'<path d="{d}" fill="none" stroke="{color}" stroke-width="{width}" '
            f'stroke-linecap="round" stroke-linejoin="round"/>')


def ball(x, y, r=11):
    k = r * 0.75
    return (f'<circle cx="{x}" cy="{y}" r="{r}" fill="{BALL}"/>'
            f'<path d="M{x - k:.1f} {y - k * 0.8:.1f} Q{x} {y} {x - k:.1f} {y + k * 0.8:.1f} '
            f'M{x + k:.1f} {y - k * 0.8:.1f} Q{x} {y} {x + k:.1f} {y + k * 0.8:.1f}" fill="none" '
            f'stroke="{BALL_SEAM}" stroke-width="1.8" stroke-linecap="round"/>')


def rings(x, y):
    return (f'<circle cx="{x}" cy="{y}" r="18" fill="none" stroke="{ARROW}" stroke-width="2.5" opacity="0.8"/>'
            f'<circle cx="{x}" cy="{y}" r="26" fill="none" stroke="{ARROW}" stroke-width="2" opacity="0.45"/>')


def double_arrow(a, b):
    """A two-headed arrow from a to b: the way the body moves over the ball."""
    ang = math.atan2(b[1] - a[1], b[0] - a[0])
    out = [line(a, b, ARROW, 5)]
    for tip, sign in ((b, 1), (a, -1)):
        back = ang + (math.pi if sign == 1 else 0)
        p1 = (tip[0] + 9 * math.cos(back + 0.6), tip[1] + 9 * math.sin(back + 0.6))
        p2 = (tip[0] + 9 * math.cos(back - 0.6), tip[1] + 9 * math.sin(back - 0.6))
        out.append(path([p1, tip, p2], ARROW, 5))
    return "".join(out)


def curved_arrow(cx, cy, r, start, end):
    pts = [(cx + r * math.cos(math.radians(a)), cy + r * math.sin(math.radians(a)))
           for a in range(start, end + 1, 6)]
    tip, before = pts[-1], pts[-2]
    ang = math.atan2(tip[1] - before[1], tip[0] - before[0]) + math.pi
    head = [(tip[0] + 9 * math.cos(ang + 0.6), tip[1] + 9 * math.sin(ang + 0.6)), tip,
            (tip[0] + 9 * math.cos(ang - 0.6), tip[1] + 9 * math.sin(ang - 0.6))]
    return path(pts, ARROW, 4) + path(head, ARROW, 4)


def person(head, shoulder, hip, knee, ankle, elbow, hand, far=(0, 0), facing=1):
    """A side-view figure; far shifts the far leg so both legs show."""
    fk, fa = (knee[0] + far[0], knee[1] + far[1]), (ankle[0] + far[0], ankle[1])
    neck = (shoulder[0] + (head[0] - shoulder[0]) * 0.45, shoulder[1] + (head[1] - shoulder[1]) * 0.45)
    return "".join([
        path([hip, fk, fa], TROUSERS_FAR, 15),
        line(fa, (fa[0] + 16 * facing, fa[1] + 1), SHOE, 9),
        line(neck, (shoulder[0], shoulder[1] + 2), SKIN, 10),
        line(shoulder, hip, SHIRT, 28),
        f'<circle cx="{hip[0]}" cy="{hip[1]}" r="14" fill="{TROUSERS}"/>',
        path([hip, knee, ankle], TROUSERS, 16),
        line(ankle, (ankle[0] + 17 * facing, ankle[1] + 1), SHOE, 10),
        f'<circle cx="{head[0] - 3 * facing}" cy="{head[1] - 2}" r="15" fill="{HAIR}"/>',
        f'<circle cx="{head[0]}" cy="{head[1]}" r="13.5" fill="{SKIN}"/>',
        f'<circle cx="{head[0] + 7 * facing}" cy="{head[1] - 2}" r="1.8" fill="{SHOE}"/>',
        path([shoulder, elbow], SHIRT_DARK, 11),
        path([elbow, hand], SKIN, 9),
    ])


def back_view(x, y, side, arrow=False, s=1.3):
    """The inset: the back seen from behind, the ball on the muscle beside one shoulder blade.

    Seen from behind the person's left is the viewer's left. The ball sits between the blade's inner
    edge and the spine, well clear of the spine.
    """
    w, h = 95 * s, 120 * s
    g = [f'<rect x="{x - w / 2:.1f}" y="{y - h / 2:.1f}" width="{w:.1f}" height="{h:.1f}" rx="12" fill="{CARD}" '
         f'stroke="{CARD_EDGE}" stroke-width="2"/>', f'<g transform="translate({x},{y}) scale({s})">',
         line((-33, -22), (-40, 24), SHIRT_DARK, 9), line((33, -22), (40, 24), SHIRT_DARK, 9),
         f'<rect x="-5" y="-38" width="10" height="14" rx="3" fill="{SKIN}"/>',
         f'<circle cx="0" cy="-44" r="10" fill="{HAIR}"/>',
         '<path d="M-36 -20 Q-36 -28 -22 -28 L22 -28 Q36 -28 36 -20 L29 46 Q0 51 -29 46 Z" fill="%s"/>' % SHIRT]
    for m in (-1, 1):
        g.append(f'<path d="M{m * 31} -16 L{m * 15} -14 L{m * 21} 14 Z" fill="#5DB8AB" stroke="#5DB8AB" '
                 f'stroke-width="4" stroke-linejoin="round"/>')
    g.append(line((0, -26), (0, 44), "#123F3A", 2.5))
    for v in range(-22, 44, 7):
        g.append(f'<rect x="-2.6" y="{v}" width="5.2" height="3.4" rx="1" fill="#123F3A"/>')
    bx = -12 if side == "left" else 12
    g.append(ball(bx, -1, 6.5))
    if arrow:
        g.append(curved_arrow(0, 6, 15, 200, 335) if side == "right" else curved_arrow(0, 6, 15, 340, 205))
    g.append("</g>")
    return "".join(g)


def scene(body):
    return ('<svg xmlns="http://www.w3.org/2000/svg" width="320" height="240" viewBox="0 0 320 240">\n'
            '  <defs><clipPath id="card"><rect width="320" height="240" rx="16"/></clipPath></defs>\n'
            f'  <g clip-path="url(#card)">\n  <rect width="320" height="240" fill="{BACKDROP}"/>\n'
            f'  <rect x="0" y="212" width="320" height="28" fill="{EDGE}" opacity="0.35"/>\n'
            f'  {line((0, 212), (320, 212), EDGE, 3)}\n  {body}\n  </g>\n</svg>\n')


# ---- wall: the wall at the left, the figure facing right with its back to it ----
def wall(x=86):
    return f'<rect x="0" y="0" width="{x}" height="212" fill="{WALL}"/>' + line((x, 14), (x, 212), EDGE, 3)


def wall_leaning(bend=0, dx=-40):
    return person((161 + dx, 56 + bend), (160 + dx, 82 + bend), (174 + dx, 138 + bend), (193 + dx + bend * 0.6, 167),
                  (181 + dx, 206), (172 + dx, 116 + bend), (186 + dx, 134 + bend), far=(5, -1))


def wall_upright(x=214):
    return person((x, 46), (x - 2, 72), (x, 130), (x + 1, 170), (x - 1, 206), (x + 8, 102), (x - 12, 96),
                  far=(6, 0))


WALL_BALL = (98, 94)


def wall_set():
    return {
        "wall-setup-left": wall() + wall_leaning() + ball(*WALL_BALL) + back_view(250, 92, "left"),
        "wall-roll-left": wall() + wall_leaning(6) + ball(98, 100) + double_arrow((172, 64), (172, 136))
                          + curved_arrow(156, 168, 22, -60, 60),
        "wall-hold-left": wall() + wall_leaning() + rings(*WALL_BALL) + ball(*WALL_BALL),
        "wall-switch": wall(60) + wall_upright(140) + ball(127, 96, 9) + back_view(258, 92, "right", arrow=True),
        "wall-roll-right": wall() + wall_leaning(6) + ball(98, 100) + double_arrow((172, 64), (172, 136))
                           + curved_arrow(156, 168, 22, -60, 60),
        "wall-hold-right": wall() + wall_leaning() + rings(*WALL_BALL) + ball(*WALL_BALL) + back_view(250, 92, "right"),
        "wall-ease-off": wall(70) + wall_upright(200) + ball(120, 201) + curved_arrow(198, 80, 18, 160, 300),
    }


# ---- chair: an office chair seen from the side, the figure sitting back against it ----
def chair(recline=0):
    top, back_x = (96 - recline, 44), 104
    return "".join([
        path([(back_x, 150), top], CHAIR, 14),
        f'<rect x="{top[0] - 9}" y="44" width="18" height="92" rx="8" fill="{EDGE}" stroke="{CHAIR}" '
        f'stroke-width="3" transform="rotate({-6 - recline / 3:.1f} {top[0]} 90)"/>',
        f'<rect x="100" y="142" width="92" height="14" rx="6" fill="{EDGE}" stroke="{CHAIR}" stroke-width="3"/>',
        line((146, 156), (146, 196), CHAIR, 8), line((112, 200), (180, 200), CHAIR, 6),
        f'<circle cx="114" cy="206" r="5" fill="{CHAIR}"/><circle cx="178" cy="206" r="5" fill="{CHAIR}"/>',
    ])


def sitting(lean=0, slide=0):
    hip = (128 + slide, 136)
    shoulder = (116 + lean, 80 + slide * 0.3)
    head = (shoulder[0] + 6 + lean * 0.4, shoulder[1] - 26)
    return person(head, shoulder, hip, (192 + slide, 138), (196 + slide, 204),
                  (shoulder[0] + 20, shoulder[1] + 34), (shoulder[0] + 44, shoulder[1] + 40), far=(4, -2))


CHAIR_BALL = (104, 94)


def chair_set():
    desk = (f'<rect x="232" y="112" width="100" height="10" fill="{EDGE}"/>' + line((300, 122), (300, 212), EDGE, 6)
            + f'<rect x="262" y="70" width="36" height="42" rx="4" fill="{WALL}" stroke="{EDGE}" stroke-width="3"/>')
    return {
        "chair-setup-left": chair() + sitting() + ball(*CHAIR_BALL) + back_view(250, 90, "left"),
        "chair-roll-left": desk + chair() + sitting(0, 6) + ball(104, 100) + double_arrow((150, 40), (150, 88)),
        "chair-hold-left": desk + chair() + sitting() + rings(*CHAIR_BALL) + ball(*CHAIR_BALL),
        "chair-switch": chair() + sitting(26) + ball(125, 98, 9) + back_view(258, 90, "right", arrow=True),
        "chair-roll-right": desk + chair() + sitting(0, 6) + ball(104, 100) + double_arrow((150, 40), (150, 88)),
        "chair-hold-right": desk + chair() + sitting() + rings(*CHAIR_BALL) + ball(*CHAIR_BALL)
                            + back_view(258, 90, "right"),
        "chair-ease-off": desk + chair() + sitting(30) + ball(226, 204) + curved_arrow(144, 92, 18, 160, 300),
    }


# ---- floor: lying on the back on a mat, head to the left, knees bent ----
def lying(shift=0, hips_up=0):
    s = shift
    head, shoulder, hip = (52 + s, 180), (82 + s, 186), (150 + s, 190 - hips_up)
    return "".join([
        path([hip, (196, 146), (214, 198)], TROUSERS_FAR, 15), line((214, 198), (232, 199), SHOE, 9),
        line(shoulder, hip, SHIRT, 28),
        f'<circle cx="{hip[0]}" cy="{hip[1]}" r="14" fill="{TROUSERS}"/>',
        path([hip, (190, 142), (206, 198)], TROUSERS, 16), line((206, 198), (224, 199), SHOE, 10),
        f'<circle cx="{head[0] - 2}" cy="{head[1] + 3}" r="15" fill="{HAIR}"/>',
        f'<circle cx="{head[0]}" cy="{head[1]}" r="13.5" fill="{SKIN}"/>',
        f'<circle cx="{head[0] + 1}" cy="{head[1] - 7}" r="1.8" fill="{SHOE}"/>',
        path([(shoulder[0] + 8, shoulder[1] - 4), (shoulder[0] + 40, shoulder[1] + 6)], SHIRT_DARK, 11),
        path([(shoulder[0] + 40, shoulder[1] + 6), (shoulder[0] + 66, shoulder[1] + 10)], SKIN, 9),
    ])


MAT = f'<rect x="20" y="204" width="260" height="8" rx="4" fill="{EDGE}"/>'
FLOOR_BALL = (96, 203)


def floor_set():
    return {
        "floor-setup-left": MAT + lying() + ball(96, 204, 9) + back_view(266, 66, "left", s=1.0),
        "floor-roll-left": MAT + lying(4, 6) + ball(96, 204, 9) + double_arrow((64, 140), (140, 140)),
        "floor-hold-left": MAT + lying() + rings(96, 202) + ball(96, 204, 9),
        "floor-switch": MAT + lying(0, 0) + ball(60, 150, 9) + curved_arrow(96, 176, 36, 200, 320)
                        + back_view(266, 66, "right", arrow=True, s=1.0),
        "floor-roll-right": MAT + lying(4, 6) + ball(96, 204, 9) + double_arrow((64, 140), (140, 140)),
        "floor-hold-right": MAT + lying() + rings(96, 202) + ball(96, 204, 9) + back_view(266, 66, "right", s=1.0),
        "floor-ease-off": MAT + person((120, 128), (112, 152), (130, 196), (176, 158), (196, 204), (124, 180),
                                       (160, 170), far=(4, -2)) + ball(240, 203, 9)
                          + curved_arrow(112, 152, 18, 160, 300),
    }


if __name__ == "__main__":
    for name, body in {**wall_set(), **chair_set(), **floor_set()}.items():
        with open(os.path.join(OUT, name + ".svg"), "w") as f:
            f.write(scene(body))
