#!/usr/bin/env python3
"""Writes the evemu event files of tests/drivers/EvdevWedgeTest.cpp: a keyboard-wedge scanner
"typing" codes on the layout it was set up for, as evdev key events (EV_KEY + SYN_REPORT), the way
`evemu-record` prints them. Run it from this folder after changing a code; the files are committed.

Keys are Linux evdev codes (linux/input-event-codes.h). Within one scan the keys come 100 us apart
(scanners type a code in a few ms); umockdev replays sub-millisecond steps at once, and the pauses
between scans at their length.
"""

KEY = dict(ESC=1, MINUS=12, EQUAL=13, TAB=15, ENTER=28, LEFTSHIFT=42, SEMICOLON=39, APOSTROPHE=40,
           COMMA=51, DOT=52, SLASH=53, SPACE=57)
ROWS = {"qwertyuiop": 16, "asdfghjkl": 30, "zxcvbnm": 44}
for row, first in ROWS.items():
    for i, c in enumerate(row):
        KEY[c] = first + i
DIGIT = {d: 2 + i for i, d in enumerate("1234567890")}

# character -> (key, shift) on each layout, for what the test codes use
def keymap(layout):
    m = {}
    for c, k in KEY.items():
        if len(c) == 1:
            m[c] = (k, False)
            m[c.upper()] = (k, True)
    for d, k in DIGIT.items():
        m[d] = (k, False)
    if layout == "us":
        m.update({"-": (KEY["MINUS"], False), ":": (KEY["SEMICOLON"], True), "/": (KEY["SLASH"], False),
                  ".": (KEY["DOT"], False), "?": (KEY["SLASH"], True), "=": (KEY["EQUAL"], False)})
    elif layout == "no":
        m.update({"-": (KEY["SLASH"], False), ":": (KEY["DOT"], True), "/": (DIGIT["7"], True),
                  ".": (KEY["DOT"], False), "?": (KEY["MINUS"], True), "=": (DIGIT["0"], True)})
    return m


class Events:
    def __init__(self, device="/dev/input/event5"):
        self.lines = [f"# device {device}"]
        self.t = 1_000_000  # microseconds; any start will do, umockdev replays relative times

    def comment(self, text):
        self.lines.append(f"# {text}")

    def ev(self, type_, code, value):
        # The microseconds are written without leading zeros: umockdev 0.17 reads "1.000100" as
        # octal (64 us); "1.100" is 100 us to umockdev and to evemu's own "%lu.%06u" alike.
        self.lines.append(f"E: {self.t // 1_000_000}.{self.t % 1_000_000} {type_:04x} {code:04x} {value}")

    def key(self, code, value):
        self.ev(1, code, value)
        self.ev(0, 0, 0)  # SYN_REPORT
        self.t += 100

    def type(self, text, layout, enter=True):
        m = keymap(layout)
        for c in text:
            code, shift = m[c]
            if shift:
                self.key(KEY["LEFTSHIFT"], 1)
            self.key(code, 1)
            self.key(code, 0)
            if shift:
                self.key(KEY["LEFTSHIFT"], 0)
        if enter:
            self.key(KEY["ENTER"], 1)
            self.key(KEY["ENTER"], 0)

    def pause(self, ms):
        self.t += ms * 1000

    def write(self, name):
        with open(name, "w") as f:
            f.write("\n".join(self.lines) + "\n")


CARD = "AK1-7QKXB-5M3TZ-R8D0W-JH2F-4NCV-9YA6"
URL = "https://kafe.example/k?c=AK1-7QKXB"

for layout in ("no", "us"):
    e = Events()
    e.comment(f"a card code and a URL, scanned by a scanner set up for the '{layout}' keyboard layout")
    e.type(CARD, layout)
    e.pause(300)
    e.type(URL, layout)
    e.write(f"card-{layout}.evemu")

e = Events()
e.comment("20 scans in one second (us layout): scan n is AK1-BURST-n")
for n in range(20):
    e.type(f"AK1-BURST-{n}", "us")
    e.pause(50)
e.write("burst-us.evemu")

e = Events()
e.comment("half a code whose Enter never comes, 800 ms of nothing, then a whole code (us layout)")
e.type("AK1-HALF", "us", enter=False)
e.pause(800)
e.type(CARD, "us")
e.write("half-us.evemu")
