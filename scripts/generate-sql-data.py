#!/usr/bin/env python3
"""Generate the data sets of the hands-on SQL exercises (content/sql/<id>/).

One function per exercise builds the schema and its data sets (the sample the candidate sees and the hidden sets
that hold the edge cases a correct query must handle). Every random choice comes from a random.Random with a fixed
seed and nothing depends on set or dict hashing order, so running the script twice writes byte-identical files.

Usage: python3 scripts/generate-sql-data.py [CONTENT_DIR]   (default: content/ next to this script's folder)

For each exercise the script rewrites content/sql/<id>/schema.sql, sample/ and every hidden-*/ folder (it removes
hidden-*/ folders that it no longer produces). Standard library only.
"""
import csv
import datetime as dt
import os
import random
import shutil
import sys

D = dt.date
T = dt.datetime
MAX_ROWS = 5000


# ---------------------------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------------------------

class Cents(int):
    """A money amount held as whole cents, written with two decimals."""


def fmt(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Cents):
        sign = "-" if value < 0 else ""
        v = abs(int(value))
        return f"{sign}{v // 100}.{v % 100:02d}"
    if isinstance(value, T):
        return value.strftime("%Y-%m-%d %H:%M:%S")
    if isinstance(value, D):
        return value.isoformat()
    if isinstance(value, float):
        raise TypeError("write money as Cents, not float")
    s = str(value)
    if s == "":
        raise ValueError("an empty string would read back as NULL")
    return s


def write_exercise(root, ex_id, tables, datasets):
    """tables: list of (name, [(column, type)]); datasets: list of (folder, {table: rows})."""
    base = os.path.join(root, "sql", ex_id)
    os.makedirs(base, exist_ok=True)
    for entry in sorted(os.listdir(base)):
        if entry == "sample" or entry.startswith("hidden-"):
            shutil.rmtree(os.path.join(base, entry))
    with open(os.path.join(base, "schema.sql"), "w", encoding="utf-8", newline="\n") as f:
        for i, (name, cols) in enumerate(tables):
            if i:
                f.write("\n")
            f.write(f"CREATE TABLE {name} (\n")
            f.write(",\n".join(f"    {c} {t}" for c, t in cols))
            f.write("\n);\n")
    for folder, data in datasets:
        assert folder == "sample" or folder.startswith("hidden-"), folder
        os.makedirs(os.path.join(base, folder))
        for name, cols in tables:
            rows = data.get(name, [])
            if folder == "sample":
                assert 10 <= len(rows) <= 60, f"{ex_id}/{folder}/{name}: {len(rows)} rows"
            assert len(rows) <= MAX_ROWS, f"{ex_id}/{folder}/{name}: {len(rows)} rows"
            with open(os.path.join(base, folder, name + ".csv"), "w", encoding="utf-8", newline="") as f:
                w = csv.writer(f, lineterminator="\n")
                w.writerow([c for c, _ in cols])
                for row in rows:
                    assert len(row) == len(cols), (ex_id, folder, name, row)
                    w.writerow([fmt(v) for v in row])
    print(f"{ex_id}: " + ", ".join(
        f"{folder}(" + " ".join(f"{n}={len(d.get(n, []))}" for n, _ in tables) + ")" for folder, d in datasets))


def ts(day, hh=0, mm=0, ss=0):
    return T(day.year, day.month, day.day, hh, mm, ss)


def days(start, n):
    return [start + dt.timedelta(days=i) for i in range(n)]


# ---------------------------------------------------------------------------------------------------------------
# 1. Top N per group
# ---------------------------------------------------------------------------------------------------------------

def top_n_per_group():
    tables = [
        ("products", [("product_id", "INTEGER"), ("product_name", "VARCHAR"), ("category", "VARCHAR")]),
        ("order_lines", [("order_id", "INTEGER"), ("line_no", "INTEGER"), ("product_id", "INTEGER"),
                         ("quantity", "INTEGER")]),
    ]

    def build(seed, catalogue, explicit_lines=None, line_shuffle=True):
        """catalogue: list of (category, product_name, total units or None for unsold)."""
        rng = random.Random(seed)
        products, lines = [], []
        parts = []
        for pid, (cat, name, total) in enumerate(catalogue, start=101):
            products.append((pid, name, cat))
            if explicit_lines and name in explicit_lines:
                parts += [(pid, q) for q in explicit_lines[name]]
                continue
            if not total:
                continue
            left = total
            while left > 0:
                q = min(left, rng.randint(1, 4))
                parts.append((pid, q))
                left -= q
        if line_shuffle:
            rng.shuffle(parts)
        order_id, line_no = 5000, 0
        for pid, q in parts:
            if line_no == 0 or rng.random() < 0.45:
                order_id += rng.randint(1, 3)
                line_no = 0
            line_no += 1
            lines.append((order_id, line_no, pid, q))
        return {"products": products, "order_lines": lines}

    sample = build(11, [
        ("Books", "Atlas of Rivers", 12), ("Books", "Baking Basics", 9), ("Books", "Cloud Patterns", 7),
        ("Books", "Deep Sea Life", 7), ("Books", "Easy Origami", 3),
        ("Games", "Falcon Chess", 20), ("Games", "Galaxy Cards", 5), ("Games", "Hex Tiles", 2),
        ("Garden", "Iris Bulbs", 4), ("Garden", "Jute Twine", 4),
        ("Kitchen", "Knife Block", 15), ("Kitchen", "Lemon Press", 11), ("Kitchen", "Milk Frother", 8),
        ("Kitchen", "Nut Grinder", 6),
    ])
    ties = build(12, [
        ("Audio", "A1", 10), ("Audio", "A2", 10), ("Audio", "A3", 8), ("Audio", "A4", 8), ("Audio", "A5", 5),
        ("Bikes", "B1", 7), ("Bikes", "B2", 7), ("Bikes", "B3", 7), ("Bikes", "B4", 7),
        ("Cameras", "C1", 9), ("Cameras", "C2", 6), ("Cameras", "C3", 4), ("Cameras", "C4", 4),
        ("Cameras", "C5", 4), ("Cameras", "C6", 2),
        ("Drones", "D1", 5), ("Drones", "D2", 4), ("Drones", "D3", 3), ("Drones", "D4", 2), ("Drones", "D5", 1),
        ("Easels", "E1", 3), ("Easels", "E2", 3), ("Easels", "E3", 2), ("Easels", "E4", 1),
    ])
    small = build(13, [
        ("Lamps", "L1", 6),
        ("Mugs", "M1", 4), ("Mugs", "M2", 9),
        ("Notebooks", "N1", 5), ("Notebooks", "N2", 3), ("Notebooks", "N3", None),
        ("Pens", "P1", None), ("Pens", "P2", None),
        # S1 sells the most units in total but S2 has the single biggest line: ranking lines instead of
        # per-product totals gives a different answer.
        ("Socks", "S1", 12), ("Socks", "S2", 10), ("Socks", "S3", 9), ("Socks", "S4", 8),
    ], explicit_lines={"S1": [2, 2, 2, 2, 2, 2], "S2": [10], "S3": [9], "S4": [1, 7]})

    rng = random.Random(14)
    cats = ["Apparel", "Beauty", "Books", "Garden", "Kitchen", "Music", "Sports", "Toys"]
    catalogue = []
    for i in range(72):
        cat = cats[i % len(cats)]
        total = None if rng.random() < 0.06 else rng.randint(1, 60)
        catalogue.append((cat, f"{cat[:3].upper()}-{i:03d}", total))
    # a few exact ties near the top of some categories
    catalogue[0] = (catalogue[0][0], catalogue[0][1], 61)
    catalogue[8] = (catalogue[8][0], catalogue[8][1], 61)
    catalogue[1] = (catalogue[1][0], catalogue[1][1], 58)
    catalogue[9] = (catalogue[9][0], catalogue[9][1], 58)
    catalogue[17] = (catalogue[17][0], catalogue[17][1], 58)
    volume = build(15, catalogue)
    return tables, [("sample", sample), ("hidden-ties", ties), ("hidden-small-categories", small),
                    ("hidden-volume", volume)]


# ---------------------------------------------------------------------------------------------------------------
# 2. Running total and 7-day moving average
# ---------------------------------------------------------------------------------------------------------------

def running_total_moving_average():
    tables = [("orders", [("order_id", "INTEGER"), ("ordered_at", "TIMESTAMP"), ("amount", "DECIMAL(10,2)")])]

    def build(seed, plan, null_share=0.0):
        """plan: list of (date, number of orders); amounts random, some NULL."""
        rng = random.Random(seed)
        rows, oid = [], 1000
        for day, n in plan:
            for _ in range(n):
                oid += 1
                at = ts(day, rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
                amount = None if rng.random() < null_share else Cents(rng.randint(500, 25000))
                rows.append((oid, at, amount))
        rng.shuffle(rows)
        return rows

    start = D(2024, 3, 1)
    sample_plan = [(d, 2 + (i % 3)) for i, d in enumerate(days(start, 14)) if d.day not in (5, 6, 10)]
    sample = build(21, sample_plan[:12])
    sample.append((1999, T(2024, 3, 8, 9, 15, 0), None))

    gaps_plan = []
    for d in days(D(2024, 1, 1), 40):
        off = (d - D(2024, 1, 1)).days
        if off in (2, 3, 9) or 14 <= off <= 23 or off % 7 == 6:  # a ten-day closure and scattered empty days
            continue
        gaps_plan.append((d, 1 + off % 4))
    gaps = build(22, gaps_plan)

    edge = [
        # the first and the last day of the range only have orders without an amount
        (3001, T(2024, 6, 28, 12, 0, 0), None),
        (3002, T(2024, 6, 29, 0, 0, 0), Cents(10000)),
        (3003, T(2024, 6, 29, 23, 59, 59), Cents(2550)),
        (3004, T(2024, 6, 30, 0, 0, 0), Cents(4000)),
        (3005, T(2024, 6, 30, 23, 59, 59), None),
        (3006, T(2024, 7, 1, 0, 0, 0), None),  # a day whose only order has no amount: revenue 0, not NULL
        (3007, T(2024, 7, 2, 8, 30, 0), Cents(1999)),
        (3008, T(2024, 7, 2, 8, 30, 0), Cents(1)),
        (3009, T(2024, 7, 5, 23, 59, 59), Cents(7500)),
        (3010, T(2024, 7, 6, 0, 0, 0), Cents(-2500)),  # a refund booked as a negative amount
        (3011, T(2024, 7, 6, 0, 0, 1), Cents(12000)),
        (3012, T(2024, 7, 9, 17, 45, 0), None),
        (3013, T(2024, 7, 10, 10, 0, 0), Cents(3300)),
        (3014, T(2024, 7, 16, 11, 0, 0), Cents(800)),
        (3015, T(2024, 7, 18, 13, 0, 0), None),
    ]
    single = [(4001 + i, T(2024, 9, 15, 8 + 2 * i, 5 * i, 0), Cents(1000 + 250 * i)) for i in range(6)]
    single.append((4010, T(2024, 9, 15, 23, 59, 59), None))

    rng = random.Random(23)
    vol_plan = []
    for d in days(D(2023, 1, 1), 365):
        if D(2023, 8, 7) <= d <= D(2023, 8, 20) or rng.random() < 0.08:
            continue
        vol_plan.append((d, rng.randint(4, 16)))
    volume = build(24, vol_plan, null_share=0.03)
    return tables, [("sample", {"orders": sample}), ("hidden-calendar-gaps", {"orders": gaps}),
                    ("hidden-nulls-and-midnight", {"orders": edge}), ("hidden-single-day", {"orders": single}),
                    ("hidden-volume", {"orders": volume})]


# ---------------------------------------------------------------------------------------------------------------
# 3. Latest record per key
# ---------------------------------------------------------------------------------------------------------------

def latest_record_per_key():
    tables = [("customer_changes", [("change_seq", "BIGINT"), ("customer_id", "INTEGER"), ("op", "VARCHAR"),
                                    ("email", "VARCHAR"), ("country", "VARCHAR"), ("changed_at", "TIMESTAMP")])]

    def rows_from(changes, seed):
        """changes: (customer_id, op, email, country, changed_at) in arrival order; seq follows arrival."""
        rng = random.Random(seed)
        rows = [(10000 + 7 * i, c, op, e, co, at) for i, (c, op, e, co, at) in enumerate(changes)]
        rng.shuffle(rows)
        return rows

    t0 = T(2024, 5, 1, 9, 0, 0)
    m = dt.timedelta(minutes=1)
    sample = rows_from([
        (1, "insert", "ana@example.com", "PT", t0),
        (2, "insert", "ben@example.com", "DE", t0 + 5 * m),
        (3, "insert", "chloe@example.com", "FR", t0 + 9 * m),
        (1, "update", "ana.silva@example.com", "PT", t0 + 60 * m),
        (4, "insert", "dev@example.com", "IN", t0 + 61 * m),
        (2, "update", "ben@example.com", "AT", t0 + 90 * m),
        (5, "insert", "eve@example.com", "US", t0 + 95 * m),
        (3, "delete", "chloe@example.com", "FR", t0 + 120 * m),
        (4, "update", None, "IN", t0 + 150 * m),
        (6, "insert", "fay@example.com", "GB", t0 + 151 * m),
        (2, "update", "ben.k@example.com", "AT", t0 + 180 * m),
        (2, "update", "ben.k@example.com", "CH", t0 + 180 * m),  # same timestamp, later sequence wins
        (6, "update", "fay@example.com", "IE", t0 + 200 * m),
        (7, "insert", "gus@example.com", "BR", t0 + 210 * m),
        (1, "update", "ana@example.org", "ES", t0 + 55 * m),  # arrives late with an older timestamp
        (5, "update", "eve@example.com", None, t0 + 230 * m),
        (7, "delete", "gus@example.com", "BR", t0 + 240 * m),
        (7, "insert", "gus@example.net", "BR", t0 + 300 * m),  # re-created after the delete
        (8, "insert", "hana@example.com", "JP", t0 + 320 * m),
        (8, "update", "hana@example.com", "KR", t0 + 330 * m),
    ], 31)

    ties = rows_from([
        (11, "insert", "a@x.io", "PT", t0),
        (11, "update", "a2@x.io", "PT", t0 + 10 * m),
        (11, "update", "a3@x.io", "ES", t0 + 10 * m),
        (11, "update", "a4@x.io", "FR", t0 + 10 * m),
        (12, "insert", "b@x.io", "DE", t0),
        (12, "update", "b2@x.io", None, t0),
        (13, "insert", "c@x.io", "NL", t0 + 3 * m),
        (13, "update", None, None, t0 + 3 * m),
        (14, "insert", "d@x.io", "BE", t0 + 4 * m),
        (14, "update", "d@x.io", "LU", t0 + 8 * m),
        (14, "update", "d@x.io", "BE", t0 + 8 * m),
        (15, "insert", "e@x.io", "IT", t0 + 1 * m),
        (16, "insert", "f@x.io", "GR", t0 + 2 * m),
        (16, "update", "f2@x.io", "GR", t0 + 20 * m),
        (16, "update", "f3@x.io", "CY", t0 + 20 * m),
    ], 32)

    deletes = rows_from([
        (21, "insert", "p@y.io", "PL", t0),
        (21, "delete", "p@y.io", "PL", t0 + 30 * m),  # latest is a delete: not returned
        (22, "insert", "q@y.io", "CZ", t0),
        (22, "update", "q2@y.io", "CZ", t0 + 10 * m),
        (22, "delete", "q2@y.io", "CZ", t0 + 20 * m),
        (22, "insert", "q3@y.io", "SK", t0 + 40 * m),  # re-created: returned with the new values
        (23, "insert", "r@y.io", "HU", t0),
        (23, "update", "r2@y.io", "HU", t0 + 15 * m),
        (23, "delete", "r2@y.io", "HU", t0 + 15 * m),  # delete ties with the update and wins on sequence
        (24, "insert", "s@y.io", "RO", t0),
        (24, "delete", "s@y.io", "RO", t0 + 5 * m),
        (24, "update", "s9@y.io", "RO", t0 + 5 * m),  # update ties with the delete and wins on sequence
        (25, "insert", "t@y.io", "BG", t0),
        (25, "update", "t2@y.io", "BG", t0 + 50 * m),
        (25, "delete", "t2@y.io", "BG", t0 + 45 * m),  # a late delete that is older than the last update
        (26, "insert", "u@y.io", "SI", t0),
        (27, "insert", "v@y.io", "HR", t0),
        (27, "delete", None, None, t0 + 1 * m),
    ], 33)

    late = rows_from([
        (31, "insert", "k@z.io", "SE", t0),
        (31, "update", "k2@z.io", "SE", t0 + 60 * m),
        (32, "insert", "l@z.io", "NO", t0),
        (33, "insert", "m@z.io", "DK", t0 + 2 * m),
        (32, "update", "l2@z.io", "NO", t0 + 30 * m),
        (33, "update", "m2@z.io", "FI", t0 + 40 * m),
        # late arrivals: higher sequence numbers, older timestamps; they must not win
        (31, "update", "k-late@z.io", "IS", t0 + 30 * m),
        (32, "update", "l-late@z.io", "EE", t0 + 1 * m),
        (33, "update", "m-late@z.io", None, t0 + 39 * m),
        (34, "update", "n-late@z.io", "LV", t0 + 5 * m),  # the update arrives before the insert
        (34, "insert", "n@z.io", "LV", t0 + 1 * m),
        (35, "insert", "o@z.io", "LT", t0 + 3 * m),
        (35, "update", "o2@z.io", "LT", t0 + 3 * m + dt.timedelta(seconds=1)),
    ], 34)

    rng = random.Random(35)
    countries = ["AR", "AU", "BR", "CA", "DE", "ES", "FR", "GB", "IN", "IT", "JP", "MX", "NL", "PT", "US"]
    changes = []
    clock = {}
    for cust in range(1000, 1700):
        clock[cust] = T(2024, 1, 1) + dt.timedelta(minutes=rng.randint(0, 60 * 24 * 30))
        changes.append((cust, "insert", f"c{cust}@mail.test", rng.choice(countries), clock[cust]))
    for _ in range(3900 - len(changes)):
        cust = rng.randint(1000, 1699)
        r = rng.random()
        if r < 0.15:
            at = clock[cust]  # same timestamp as the previous change
        elif r < 0.25:
            at = clock[cust] - dt.timedelta(minutes=rng.randint(1, 600))  # late arrival
        else:
            at = clock[cust] + dt.timedelta(minutes=rng.randint(1, 5000))
        clock[cust] = max(clock[cust], at)
        op = "delete" if rng.random() < 0.08 else ("insert" if rng.random() < 0.03 else "update")
        email = None if rng.random() < 0.05 else f"c{cust}.{rng.randint(1, 99)}@mail.test"
        country = None if rng.random() < 0.04 else rng.choice(countries)
        changes.append((cust, op, email, country, at))
    volume = rows_from(changes, 36)
    return tables, [("sample", {"customer_changes": sample}), ("hidden-ties", {"customer_changes": ties}),
                    ("hidden-deletes", {"customer_changes": deletes}),
                    ("hidden-late-rows", {"customer_changes": late}), ("hidden-volume", {"customer_changes": volume})]


# ---------------------------------------------------------------------------------------------------------------
# 4. Sessionization
# ---------------------------------------------------------------------------------------------------------------

def sessionize_events():
    tables = [("events", [("event_id", "BIGINT"), ("user_id", "INTEGER"), ("event_ts", "TIMESTAMP"),
                          ("event_type", "VARCHAR")])]
    types = ["page_view", "page_view", "page_view", "click", "search", "add_to_cart"]

    def build(seed, per_user, first_id=1):
        """per_user: list of (user_id, [timestamps]); event ids follow time across users."""
        rng = random.Random(seed)
        flat = sorted(((at, u) for u, stamps in per_user for at in stamps), key=lambda x: (x[0], x[1] is None, x[1] or 0))
        rows = [(first_id + i, u, at, rng.choice(types)) for i, (at, u) in enumerate(flat)]
        rng.shuffle(rows)
        return rows

    def chain(start, gaps_min):
        out, cur = [start], start
        for g in gaps_min:
            cur = cur + dt.timedelta(minutes=g)
            out.append(cur)
        return out

    d = D(2024, 4, 2)
    sample = build(41, [
        (1, chain(ts(d, 9, 0), [2, 5, 1, 12, 45, 3, 3, 20, 8])),
        (2, chain(ts(d, 9, 10), [1, 1, 29, 31, 2, 90, 4])),
        (3, chain(ts(d, 23, 40), [15, 10, 6, 70, 1])),  # crosses midnight inside one session
        (4, chain(ts(d, 14, 0), [10, 10, 10, 10, 10, 40, 5])),
        (5, [ts(d, 11, 0)]),
    ])

    s = dt.timedelta(seconds=1)
    b0 = ts(d, 10, 0)
    boundaries = build(42, [
        (10, [b0, b0 + dt.timedelta(minutes=30), b0 + dt.timedelta(minutes=60) + s,
              b0 + dt.timedelta(minutes=90), b0 + dt.timedelta(minutes=120) + s]),  # exactly 30:00 stays
        (11, chain(ts(d, 9, 0), [20] * 12)),  # every 20 minutes for four hours: one session
        (12, chain(ts(d, 23, 45), [30, 30, 31])),  # crosses midnight at exactly 30-minute gaps
        (13, [ts(d, 8, 0), ts(d, 8, 29, 59), ts(d, 8, 59, 58), ts(d, 9, 29, 58) + s, ts(d, 10, 0, 0)]),
        (14, [ts(d, 12, 0), ts(d, 12, 30, 0) + dt.timedelta(seconds=0), ts(d, 13, 0, 1), ts(d, 13, 0, 1)]),
        (15, [ts(d, 6, 0)]),
    ], first_id=500)

    t = ts(d, 15, 0)
    ties = build(43, [
        (20, [t, t, t + dt.timedelta(minutes=31), t + dt.timedelta(minutes=31), t + dt.timedelta(minutes=32)]),
        (21, [t + dt.timedelta(minutes=m) for m in (1, 3, 5, 7, 9, 11)]),  # interleaved with user 22
        (22, [t + dt.timedelta(minutes=m) for m in (2, 4, 6, 8, 10, 50)]),
        (None, [t + dt.timedelta(minutes=m) for m in (0, 15, 100)]),  # no user: ignored
        (23, [t - dt.timedelta(minutes=40), t + dt.timedelta(minutes=12), t + dt.timedelta(minutes=12)]),
        (24, [t + dt.timedelta(minutes=45), t + dt.timedelta(minutes=45), t + dt.timedelta(minutes=45)]),
    ], first_id=800)

    rng = random.Random(44)
    per_user = []
    for u in range(100, 300):
        cur = T(2024, 4, 1) + dt.timedelta(minutes=rng.randint(0, 600))
        stamps = [cur]
        for _ in range(rng.randint(5, 40)):
            r = rng.random()
            if r < 0.05:
                gap = dt.timedelta(0)
            elif r < 0.12:
                gap = dt.timedelta(minutes=30)
            elif r < 0.75:
                gap = dt.timedelta(seconds=rng.randint(1, 1800))
            else:
                gap = dt.timedelta(minutes=rng.randint(31, 2000))
            cur = cur + gap
            stamps.append(cur)
        per_user.append((u, stamps))
    per_user.append((None, [T(2024, 4, 1, 12, 0, 0) + dt.timedelta(minutes=7 * i) for i in range(25)]))
    volume = build(45, per_user, first_id=100000)
    while len(volume) > MAX_ROWS:
        volume.pop()
    return tables, [("sample", {"events": sample}), ("hidden-boundaries", {"events": boundaries}),
                    ("hidden-ties-and-nulls", {"events": ties}), ("hidden-volume", {"events": volume})]


# ---------------------------------------------------------------------------------------------------------------
# 5. Gaps and islands: activity streaks
# ---------------------------------------------------------------------------------------------------------------

def activity_streaks():
    tables = [("logins", [("user_id", "INTEGER"), ("login_ts", "TIMESTAMP")])]

    def build(seed, per_user, extra=()):
        """per_user: list of (user_id, [(date, logins that day)])."""
        rng = random.Random(seed)
        rows = []
        for u, plan in per_user:
            for day, n in plan:
                for _ in range(n):
                    rows.append((u, ts(day, rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))))
        rows += list(extra)
        rng.shuffle(rows)
        return rows

    def run(start, n, per_day=1):
        return [(x, per_day) for x in days(start, n)]

    sample = build(51, [
        (1, run(D(2024, 5, 1), 4) + run(D(2024, 5, 7), 2) + [(D(2024, 5, 12), 1)]),
        (2, run(D(2024, 5, 2), 6, 2)),
        (3, [(D(2024, 5, 3), 1), (D(2024, 5, 5), 1), (D(2024, 5, 7), 3)] + run(D(2024, 5, 9), 3)),
        (4, run(D(2024, 5, 10), 1)),
    ])

    repeat = build(52, [
        (10, [(D(2024, 3, 1), 5), (D(2024, 3, 2), 1), (D(2024, 3, 3), 4), (D(2024, 3, 5), 2), (D(2024, 3, 6), 2)]),
        (11, [(D(2024, 3, 10), 3)]),
        (12, [(D(2024, 3, 1), 1), (D(2024, 3, 3), 6), (D(2024, 3, 4), 1)]),
    ], extra=[
        (13, T(2024, 3, 7, 0, 0, 0)), (13, T(2024, 3, 7, 23, 59, 59)), (13, T(2024, 3, 8, 0, 0, 0)),
        (13, T(2024, 3, 9, 23, 59, 59)), (13, T(2024, 3, 11, 0, 0, 0)),
        (10, None), (14, None), (12, T(2024, 3, 4, 23, 59, 59)),
    ])

    edges = build(53, [
        (20, run(D(2023, 12, 29), 6)),  # crosses the year end
        (21, run(D(2024, 2, 27), 4)),  # 27, 28, 29 (leap day) and 1 March
        (22, run(D(2023, 2, 26), 5)),  # 26, 27, 28 February and 1, 2 March 2023 (no leap day)
        (23, run(D(2024, 4, 29), 3) + run(D(2024, 5, 31), 2) + run(D(2024, 12, 31), 1) + run(D(2025, 1, 2), 1)),
        (24, [(D(2024, 1, 31), 1), (D(2024, 3, 1), 1), (D(2025, 1, 1), 1)]),
    ])

    rng = random.Random(54)
    per_user = []
    for u in range(1000, 1150):
        plan, cur = [], D(2023, 11, 1) + dt.timedelta(days=rng.randint(0, 40))
        while cur < D(2024, 4, 1) and len(plan) < 25:
            for _ in range(rng.randint(1, 6)):
                plan.append((cur, rng.randint(1, 3)))
                cur += dt.timedelta(days=1)
            cur += dt.timedelta(days=rng.randint(1, 9))
        per_user.append((u, plan))
    volume = build(55, per_user, extra=[(1000 + i, None) for i in range(0, 150, 30)])
    while len(volume) > MAX_ROWS:
        volume.pop()
    return tables, [("sample", {"logins": sample}), ("hidden-repeat-days-and-nulls", {"logins": repeat}),
                    ("hidden-calendar-edges", {"logins": edges}), ("hidden-volume", {"logins": volume})]


# ---------------------------------------------------------------------------------------------------------------
# 6. Type-2 slowly changing dimension from daily snapshots
# ---------------------------------------------------------------------------------------------------------------

def scd2_from_snapshots():
    tables = [("customer_snapshots", [("snapshot_date", "DATE"), ("customer_id", "INTEGER"), ("name", "VARCHAR"),
                                      ("city", "VARCHAR"), ("tier", "VARCHAR")])]

    def build(seed, snapshot_days, histories):
        """histories: {customer: [state or None per snapshot day]}; a state is (name, city, tier); None = absent."""
        rng = random.Random(seed)
        rows = []
        for cust in sorted(histories):
            states = histories[cust]
            assert len(states) == len(snapshot_days), cust
            for day, state in zip(snapshot_days, states):
                if state is not None:
                    rows.append((day, cust) + tuple(state))
        rng.shuffle(rows)
        return rows

    def rep(state, n):
        return [state] * n

    six = days(D(2024, 1, 1), 6)
    ann, ann2 = ("Ann Lee", "Lisbon", "silver"), ("Ann Lee", "Porto", "silver")
    bob, bob2 = ("Bob Ray", "Madrid", "gold"), ("Bob Ray", "Madrid", "platinum")
    cy, cy2 = ("Cy Park", "Paris", None), ("Cy Park", "Paris", "bronze")
    sample = build(61, six, {
        1: rep(ann, 2) + rep(ann2, 2) + rep(ann, 2),  # moves away and back: three versions
        2: rep(bob, 3) + rep(bob2, 3),
        3: rep(cy, 1) + rep(cy2, 5),  # tier NULL, then set
        4: rep(("Dee Ho", "Rome", "gold"), 4) + [None, None],  # deleted
        5: [None, None] + rep(("Eli Sun", "Oslo", "silver"), 4),  # new customer
        6: rep(("Flo Ng", "Bern", "bronze"), 6),
    })

    ten = days(D(2024, 2, 1), 10)
    a, b = ("Gia", "Kyiv", "gold"), ("Gia", "Lviv", "gold")
    change_back = build(62, ten, {
        10: rep(a, 2) + rep(b, 2) + rep(a, 2) + rep(b, 1) + rep(a, 3),  # A B A B A: five versions
        11: rep(("Hal", None, "silver"), 3) + rep(("Hal", "Riga", "silver"), 3) + rep(("Hal", None, "silver"), 4),
        12: rep(("Ivo", "Baku", None), 5) + rep(("Ivo", "Baku", None), 5),  # NULL stays NULL: one version
        13: rep((None, "Oslo", "gold"), 4) + rep(("Jo", "Oslo", "gold"), 6),
        14: rep(("Kai", "Bonn", "gold"), 9) + rep(("Kai", "Bonn", "GOLD"), 1),  # case change on the last day
        15: rep(("Lu", "Graz", "bronze"), 10),
    })

    deletes = build(63, ten, {
        20: rep(("Mia", "Faro", "gold"), 4) + [None] * 6,  # deleted after day 4
        21: rep(("Ned", "Nice", "silver"), 3) + [None] * 3 + rep(("Ned", "Nice", "silver"), 4),  # gone, back same
        22: rep(("Ola", "Turku", "gold"), 2) + [None] * 2 + rep(("Ola", "Oulu", "gold"), 6),  # back, changed
        23: [None] * 9 + [("Pia", "Pula", "bronze")],  # appears on the last day
        24: rep(("Quinn", "Split", "silver"), 9) + [None],  # deleted on the last day
        25: [("Rae", "Zadar", "gold")] + [None] * 9,  # one day only
        26: rep(("Sol", "Gent", "gold"), 5) + [None] + [("Sol", "Gent", "platinum")] + [None] * 3,
        27: rep(("Tom", "Lyon", "silver"), 10),
    })

    # snapshots are not taken every day: weekends and one holiday are missing
    skipped = [D(2024, 3, 1), D(2024, 3, 4), D(2024, 3, 5), D(2024, 3, 6), D(2024, 3, 7), D(2024, 3, 8),
               D(2024, 3, 11), D(2024, 3, 13), D(2024, 3, 14), D(2024, 3, 15)]
    skipped_set = build(64, skipped, {
        30: rep(("Uma", "Cork", "gold"), 1) + rep(("Uma", "Cork", "platinum"), 9),  # change after a weekend
        31: rep(("Vic", "Kaunas", "silver"), 6) + [None] * 4,  # last seen Friday 8 March: valid_to is 11 March
        32: rep(("Wes", "Brno", "gold"), 6) + [None] + rep(("Wes", "Brno", "gold"), 3),  # absent on 11 March only: back on 13 March as a new version
        33: rep(("Xi", "Basel", "bronze"), 8) + rep(("Xi", "Zug", "bronze"), 2),
        34: rep(("Yan", "Malmo", "gold"), 10),
    })

    rng = random.Random(65)
    snaps = [d for d in days(D(2024, 4, 1), 40) if d.weekday() != 6][:32]
    cities = ["Aarhus", "Bergen", "Cadiz", "Dublin", "Essen", "Florence", "Geneva", None]
    tiers = ["bronze", "silver", "gold", "platinum", None]
    histories = {}
    for cust in range(500, 655):
        state = (f"Customer {cust}", rng.choice(cities), rng.choice(tiers))
        born = rng.randint(0, 8) if rng.random() < 0.3 else 0
        dies = rng.randint(born + 1, len(snaps)) if rng.random() < 0.25 else len(snaps)
        hist = []
        for i in range(len(snaps)):
            if i < born or i >= dies or (rng.random() < 0.02):
                hist.append(None)
                continue
            r = rng.random()
            if r < 0.06:
                state = (state[0], rng.choice(cities), state[2])
            elif r < 0.10:
                state = (state[0], state[1], rng.choice(tiers))
            hist.append(state)
        histories[cust] = hist
    volume = build(66, snaps, histories)
    return tables, [("sample", {"customer_snapshots": sample}),
                    ("hidden-change-back-and-nulls", {"customer_snapshots": change_back}),
                    ("hidden-deletes-and-returns", {"customer_snapshots": deletes}),
                    ("hidden-skipped-snapshot-days", {"customer_snapshots": skipped_set}),
                    ("hidden-volume", {"customer_snapshots": volume})]


# ---------------------------------------------------------------------------------------------------------------
# 7. Funnel conversion
# ---------------------------------------------------------------------------------------------------------------

def funnel_conversion():
    tables = [("events", [("event_id", "BIGINT"), ("session_id", "VARCHAR"), ("user_id", "INTEGER"),
                          ("event_ts", "TIMESTAMP"), ("event_type", "VARCHAR")])]

    def build(seed, sessions, first_id=1):
        """sessions: list of (session_id, user_id, start, [(minutes after start, event_type)])."""
        rng = random.Random(seed)
        flat = []
        for sid, uid, start, evs in sessions:
            for minutes, et in evs:
                flat.append((start + dt.timedelta(minutes=minutes), sid, uid, et))
        flat.sort(key=lambda x: (x[0], x[1] or "", x[3]))
        rows = [(first_id + i, sid, uid, at, et) for i, (at, sid, uid, et) in enumerate(flat)]
        rng.shuffle(rows)
        return rows

    d = T(2024, 6, 3, 10, 0, 0)
    V, C, P, S, R = "view", "add_to_cart", "purchase", "search", "remove_from_cart"
    sample = build(71, [
        ("s01", 1, d, [(0, S), (1, V), (3, C), (6, P)]),
        ("s02", 2, d, [(0, V), (2, V), (4, C)]),
        ("s03", 3, d, [(0, V)]),
        ("s04", 4, d, [(0, S), (2, V), (5, V), (9, C), (10, R), (12, C), (15, P)]),
        ("s05", 5, d, [(0, C), (1, P)]),  # no view: never enters the funnel
        ("s06", 1, d + dt.timedelta(hours=3), [(0, V), (1, S), (4, V)]),
        ("s07", 6, d, [(0, V), (2, C), (3, R)]),
        ("s08", 7, d, [(0, P), (1, V), (3, C)]),  # purchase before the cart: stops at step 2
        ("s09", 8, d, [(0, V), (1, C), (2, P), (3, V)]),
        ("s10", 9, d, [(0, S), (1, S)]),
        ("s11", 10, d, [(0, V), (7, V), (8, C)]),
    ])

    order = build(72, [
        ("o1", 1, d, [(0, C), (5, V), (10, C), (15, P)]),  # first cart is before the view, a later one counts
        ("o2", 2, d, [(0, C), (5, V)]),  # cart only before the view
        ("o3", 3, d, [(0, V), (5, P), (10, C)]),  # purchase before the cart
        ("o4", 4, d, [(0, P), (5, V), (10, C), (15, P)]),
        ("o5", 5, d, [(0, V), (5, C), (10, P)]),
        ("o6", 6, d, [(0, C), (2, P), (5, V)]),
        ("o7", 7, d, [(0, V)]),
        ("o8", 8, d, [(0, V), (1, V), (2, C)]),
        ("o9", 9, d, [(5, V), (0, P), (3, C), (8, C)]),  # cart at 3 is before the view, cart at 8 has no purchase
    ], first_id=100)

    ties = build(73, [
        ("t1", 1, d, [(0, V), (0, C), (0, P)]),  # all at the same instant: in order
        ("t2", 2, d, [(0, V), (0, V), (1, C), (1, C), (2, P), (2, P)]),
        ("t3", 3, d, [(0, V), (1, C), (1, P)]),
        (None, 4, d, [(0, V), (1, C), (2, P)]),  # no session: ignored
        (None, 5, d, [(0, V)]),
        ("t4", 6, d, [(0, V), (3, V), (4, V)]),
        ("t5", 7, d, [(0, C), (0, V)]),
        ("t6", 8, d, [(0, V), (2, C), (2, C), (9, P)]),
    ], first_id=200)

    no_purchase = build(74, [
        ("n1", 1, d, [(0, V), (1, C)]),
        ("n2", 2, d, [(0, V)]),
        ("n3", 3, d, [(0, S), (1, V), (3, C), (4, R)]),
        ("n4", 4, d, [(0, C), (2, S)]),
    ], first_id=300)

    empty = build(75, [
        ("e1", 1, d, [(0, S), (1, C)]),
        ("e2", 2, d, [(0, S), (2, P)]),
        (None, 3, d, [(0, V)]),
    ], first_id=400)

    rng = random.Random(76)
    sessions = []
    for i in range(650):
        start = T(2024, 6, 1) + dt.timedelta(minutes=rng.randint(0, 60 * 24 * 14))
        evs, minute = [], 0
        for _ in range(rng.randint(1, 9)):
            minute += rng.choice([0, 1, 1, 2, 3, 5, 8])
            evs.append((minute, rng.choices([V, C, P, S, R], weights=[40, 20, 8, 25, 7])[0]))
        sessions.append((None if rng.random() < 0.01 else f"v{i:04d}", rng.randint(1, 400), start, evs))
    volume = build(77, sessions, first_id=10000)
    while len(volume) > MAX_ROWS:
        volume.pop()
    return tables, [("sample", {"events": sample}), ("hidden-out-of-order", {"events": order}),
                    ("hidden-ties-and-nulls", {"events": ties}), ("hidden-no-purchases", {"events": no_purchase}),
                    ("hidden-empty-funnel", {"events": empty}), ("hidden-volume", {"events": volume})]


# ---------------------------------------------------------------------------------------------------------------
# 8. Retention cohorts
# ---------------------------------------------------------------------------------------------------------------

def retention_cohorts():
    tables = [
        ("users", [("user_id", "INTEGER"), ("signup_at", "TIMESTAMP")]),
        ("activity", [("user_id", "INTEGER"), ("active_at", "TIMESTAMP")]),
    ]

    def month_add(day, k):
        y, m = divmod(day.month - 1 + k, 12)
        return D(day.year + y, m + 1, 1)

    def build(seed, users, activity):
        rng = random.Random(seed)
        users, activity = list(users), list(activity)
        rng.shuffle(users)
        rng.shuffle(activity)
        return {"users": users, "activity": activity}

    rng = random.Random(81)
    users, activity = [], []
    plan = {D(2024, 1, 1): 6, D(2024, 2, 1): 5, D(2024, 3, 1): 0, D(2024, 4, 1): 4}
    uid = 1
    for month, n in plan.items():
        for _ in range(n):
            signup = T(month.year, month.month, rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59))
            users.append((uid, signup))
            for k in range(4):
                if rng.random() < (0.8 if k == 0 else 0.45):
                    m0 = month_add(month, k)
                    for _ in range(rng.randint(1, 2)):
                        day = rng.randint(signup.day if k == 0 else 1, 28)
                        at = T(m0.year, m0.month, day, rng.randint(0, 23), rng.randint(0, 59))
                        if at >= signup:
                            activity.append((uid, at))
            uid += 1
    sample = build(82, users, activity[:48])

    year = build(83, [
        (1, T(2023, 11, 30, 23, 0, 0)), (2, T(2023, 11, 2, 8, 0, 0)),
        (3, T(2023, 12, 31, 23, 59, 59)), (4, T(2023, 12, 1, 0, 0, 0)), (5, T(2023, 12, 15, 12, 0, 0)),
        (6, T(2024, 1, 31, 10, 0, 0)), (7, T(2024, 1, 1, 0, 0, 0)),
        (8, T(2024, 2, 29, 9, 0, 0)),
    ], [
        (1, T(2023, 12, 1, 0, 30, 0)), (1, T(2024, 1, 5, 0, 0, 0)), (1, T(2024, 2, 20, 0, 0, 0)),
        (2, T(2023, 11, 20, 0, 0, 0)), (2, T(2024, 2, 1, 0, 0, 0)),
        (3, T(2024, 1, 1, 0, 0, 0)), (3, T(2024, 3, 31, 23, 59, 59)), (3, T(2024, 4, 1, 0, 0, 0)),
        (4, T(2023, 12, 1, 0, 0, 0)), (4, T(2024, 1, 15, 0, 0, 0)), (4, T(2024, 1, 16, 0, 0, 0)),
        (5, T(2024, 3, 3, 0, 0, 0)),
        (6, T(2024, 2, 1, 0, 0, 0)), (6, T(2024, 4, 30, 0, 0, 0)), (6, T(2024, 5, 1, 0, 0, 0)),
        (7, T(2024, 1, 1, 0, 0, 0)), (7, T(2024, 12, 1, 0, 0, 0)), (7, T(2025, 1, 1, 0, 0, 0)),
        (8, T(2024, 3, 1, 0, 0, 0)), (8, T(2025, 2, 1, 0, 0, 0)),
    ])

    empty = build(84, [
        (10, T(2024, 1, 10, 9, 0, 0)), (11, T(2024, 1, 20, 9, 0, 0)),  # no activity at all
        (12, T(2024, 4, 2, 9, 0, 0)),  # February and March have no signups
        (13, T(2024, 6, 30, 9, 0, 0)), (14, T(2024, 6, 1, 0, 0, 0)),
    ], [
        (12, T(2024, 5, 2, 9, 0, 0)),
        (13, T(2024, 9, 1, 0, 0, 0)), (14, T(2024, 6, 1, 0, 0, 0)), (14, T(2024, 6, 1, 0, 0, 0)),
    ])

    early = build(85, [
        (20, T(2024, 3, 15, 12, 0, 0)), (21, T(2024, 3, 1, 0, 0, 0)), (22, T(2024, 3, 20, 8, 0, 0)),
        (23, T(2024, 4, 10, 8, 0, 0)),
    ], [
        (20, T(2024, 3, 10, 0, 0, 0)),  # before signup, same month: ignored
        (20, T(2024, 3, 15, 11, 59, 59)),  # one second before signup: ignored
        (20, T(2024, 4, 2, 0, 0, 0)),
        (21, T(2024, 3, 1, 0, 0, 0)),  # at the signup instant: counts
        (22, T(2024, 2, 20, 0, 0, 0)),  # a month before signup: ignored
        (22, T(2024, 6, 1, 0, 0, 0)),
        (99, T(2024, 3, 16, 0, 0, 0)), (99, T(2024, 4, 16, 0, 0, 0)),  # unknown user: ignored
        (23, T(2024, 4, 9, 23, 0, 0)), (23, T(2024, 7, 1, 0, 0, 0)),
    ])

    rng = random.Random(86)
    users, activity = [], []
    for uid in range(10000, 11400):
        month = D(2023, 7, 1) if uid < 10100 else month_add(D(2023, 7, 1), rng.randint(0, 11))
        if month == D(2024, 2, 1):
            month = D(2024, 3, 1)  # an empty cohort inside the range
        signup = T(month.year, month.month, rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59))
        users.append((uid, signup))
        for k in range(0, 5):
            if rng.random() < [0.7, 0.4, 0.3, 0.25, 0.2][k]:
                m0 = month_add(month, k)
                for _ in range(rng.randint(1, 2)):
                    at = T(m0.year, m0.month, rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59))
                    activity.append((uid, at))  # some fall before the signup in month 0
    for _ in range(40):
        activity.append((rng.randint(20000, 20100), T(2023, 9, rng.randint(1, 28))))
    activity = activity[:MAX_ROWS]
    volume = build(87, users, activity)
    return tables, [("sample", sample), ("hidden-year-boundary", year), ("hidden-empty-cohorts", empty),
                    ("hidden-early-and-orphan-activity", early), ("hidden-volume", volume)]


# ---------------------------------------------------------------------------------------------------------------
# 9. Percentiles per country
# ---------------------------------------------------------------------------------------------------------------

def percentiles_per_country():
    tables = [("orders", [("order_id", "INTEGER"), ("country", "VARCHAR"), ("order_value", "DOUBLE")])]

    def build(seed, groups, first_id=1):
        """groups: list of (country, [values in cents or None])."""
        rng = random.Random(seed)
        rows, oid = [], first_id
        for country, values in groups:
            for v in values:
                rows.append((oid, country, None if v is None else Cents(v)))
                oid += 1
        rng.shuffle(rows)
        return rows

    rng = random.Random(91)
    sample = build(92, [
        ("DE", [rng.randint(1000, 20000) for _ in range(9)]),
        ("FR", [rng.randint(1000, 20000) for _ in range(6)] + [None]),
        ("IT", [4500, 12000, 12000, 30000]),
        ("NL", [rng.randint(1000, 20000) for _ in range(5)]),
        ("PT", [8800]),
    ])
    even = build(93, [
        ("AA", [1000, 2000]),
        ("BB", [1000, 2000, 4000, 8000]),
        ("CC", [500, 700, 700, 700, 900, 1100, 1500, 2300, 3100, 9900]),
        ("DD", [100, 100, 100, 100]),
        ("EE", [1234, 5678, 9012, 3456, 7890, 1111]),
        ("FF", [100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, 1100, 1200]),
    ], first_id=100)
    nulls = build(94, [
        ("GB", [2500, None, 4000, None, 1000, 7000]),
        (None, [1500, 3500, None, 9500]),  # unknown country: its own group
        ("IE", [None, None]),  # no values at all: count 0, percentiles NULL
        ("ES", [9999]),
        ("SE", [100, 100000, None, 300]),
    ], first_id=200)
    vol_groups = []
    for c in ["AR", "AU", "BR", "CA", "CN", "DE", "ES", "FR", "GB", "IN", "IT", "JP", "MX", "NL", "PL", "US"]:
        n = rng.randint(40, 480)
        vals = [int(rng.lognormvariate(8.5, 0.9)) for _ in range(n)]
        vals = [None if rng.random() < 0.02 else v for v in vals]
        vol_groups.append((c, vals))
    vol_groups.append((None, [rng.randint(500, 50000) for _ in range(30)]))
    volume = build(95, vol_groups, first_id=10000)
    return tables, [("sample", {"orders": sample}), ("hidden-even-counts", {"orders": even}),
                    ("hidden-nulls", {"orders": nulls}), ("hidden-volume", {"orders": volume})]


# ---------------------------------------------------------------------------------------------------------------
# 10. Data-quality problems: orphans and duplicates
# ---------------------------------------------------------------------------------------------------------------

def orphans_and_duplicates():
    tables = [
        ("customers", [("customer_id", "INTEGER"), ("name", "VARCHAR")]),
        ("orders", [("order_id", "INTEGER"), ("customer_id", "INTEGER"), ("order_date", "DATE"),
                    ("amount", "DECIMAL(10,2)")]),
    ]

    def build(seed, customers, orders):
        rng = random.Random(seed)
        customers, orders = list(customers), list(orders)
        rng.shuffle(customers)
        rng.shuffle(orders)
        return {"customers": customers, "orders": orders}

    names = ["Ada", "Ben", "Cai", "Dot", "Eun", "Fei", "Gil", "Hugo", "Ines", "Jan", "Kim", "Lea"]
    cust = [(i + 1, n) for i, n in enumerate(names)]
    d0 = D(2024, 7, 1)
    o = []
    for i in range(1, 31):
        o.append((100 + i, (i * 5) % 12 + 1, d0 + dt.timedelta(days=i % 9), Cents(1000 + 137 * i)))
    o.append(o[3])  # identical duplicate of order 104
    o.append((109, 3, d0, Cents(5555)))  # conflicting duplicate of order 109
    o.append((131, 42, d0 + dt.timedelta(days=3), Cents(2000)))  # orphan
    o.append((132, None, d0 + dt.timedelta(days=4), Cents(2100)))  # missing customer
    o.append((133, 77, d0 + dt.timedelta(days=5), Cents(990)))  # orphan
    o.append((133, 77, d0 + dt.timedelta(days=5), Cents(990)))  # ... and duplicated identically
    sample = build(101, cust, o)

    null_keys = build(102, cust + [(None, "Ghost row"), (None, "Another ghost")], [
        (201, 1, d0, Cents(100)), (202, 2, d0, Cents(200)),
        (203, 99, d0, Cents(300)),  # orphan: NOT IN against a column with NULLs finds nothing
        (204, None, d0, Cents(400)),  # missing customer id, not an orphan
        (205, 98, d0, None), (206, 12, d0, None),
        (207, None, d0, None),
    ])

    dup_nulls = build(103, cust, [
        (301, 1, d0, Cents(100)), (301, 1, d0, None),  # differ only by NULL vs value: conflicting
        (302, 2, d0, None), (302, 2, d0, None),  # identical including the NULL
        (303, 3, d0, Cents(300)), (303, 3, d0, Cents(300)), (303, 3, d0 + dt.timedelta(days=1), Cents(300)),
        (304, None, d0, Cents(400)), (304, None, d0, Cents(400)),  # identical, and missing customer
        (305, 4, d0, Cents(500)), (305, None, d0, Cents(500)),  # conflicting, and missing customer
        (306, 5, d0, Cents(600)), (306, 55, d0, Cents(600)),  # conflicting, and orphan
        (307, 6, d0, Cents(700)),
        (308, 7, None, Cents(800)), (308, 7, None, Cents(800)),  # identical with NULL date
        (309, 8, d0, Cents(900)), (309, 8, d0, Cents(900)), (309, 8, d0, Cents(900)),  # three identical rows
    ])

    dup_cust = build(104, cust + [(3, "Cai again"), (3, "Cai third"), (5, "Dot twin")], [
        (401, 3, d0, Cents(100)), (402, 5, d0, Cents(200)), (403, 66, d0, Cents(300)), (403, 66, d0, Cents(300)),
        (404, 3, d0, Cents(400)), (404, 5, d0, Cents(400)), (405, 1, d0, Cents(500)), (406, 67, d0, Cents(600)),
        (406, 68, d0, Cents(600)),
    ])

    clean = build(105, cust, [(500 + i, i % 12 + 1, d0 + dt.timedelta(days=i % 5), Cents(100 * i + 1))
                              for i in range(1, 21)])

    rng = random.Random(106)
    vcust = [(i, f"Customer {i}") for i in range(1, 801)] + [(None, "placeholder")]
    vorders = []
    for oid in range(100000, 104400):
        c = rng.randint(1, 800)
        r = rng.random()
        if r < 0.01:
            c = None
        elif r < 0.025:
            c = rng.randint(801, 900)
        amount = None if rng.random() < 0.02 else Cents(rng.randint(100, 99999))
        row = (oid, c, D(2024, 1, 1) + dt.timedelta(days=rng.randint(0, 180)), amount)
        vorders.append(row)
        r = rng.random()
        if r < 0.02:
            vorders.append(row)
        elif r < 0.035:
            vorders.append((oid, row[1], row[2], None if amount is not None else Cents(100)))
        elif r < 0.045:
            vorders.append((oid, row[1], row[2] + dt.timedelta(days=1), amount))
    volume = build(107, vcust, vorders[:MAX_ROWS])
    return tables, [("sample", sample), ("hidden-null-keys", null_keys), ("hidden-duplicates-with-nulls", dup_nulls),
                    ("hidden-duplicate-customers", dup_cust), ("hidden-clean", clean), ("hidden-volume", volume)]


EXERCISES = [
    ("sql-top-n-per-group", top_n_per_group),
    ("sql-running-total-moving-average", running_total_moving_average),
    ("sql-latest-record-per-key", latest_record_per_key),
    ("sql-sessionize-events", sessionize_events),
    ("sql-activity-streaks", activity_streaks),
    ("sql-scd2-from-snapshots", scd2_from_snapshots),
    ("sql-funnel-conversion", funnel_conversion),
    ("sql-retention-cohorts", retention_cohorts),
    ("sql-percentiles-per-country", percentiles_per_country),
    ("sql-orphans-and-duplicates", orphans_and_duplicates),
]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(here), "content")
    for ex_id, fn in EXERCISES:
        tables, datasets = fn()
        write_exercise(root, ex_id, tables, datasets)


if __name__ == "__main__":
    main()
