#!/usr/bin/env python3
"""Scores a draft reading against expected slots, as "How it is judged" in spec/draft-reading.md says.

Usage: python3 scripts/drafts/score.py EXPECTED.json ACTUAL.json [--catalogue indicators.tsv] [--diff]

Slots are matched by `start`. Detection: precision/recall/F1 of start positions. On matched slots: accuracy of
type, unit, measure and indicator (indicator only where the expected value is not null); indicator precision
counts a name given where null was expected against it. Units are compared after mapping traditional
characters, ％ to %, 个百分点 to 百分点; indicators after resolving aliases to catalogue names.
"""
import json
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CATALOGUES = [
    os.path.join(HERE, "..", "..", "..", "shared", "indicators.tsv"),
    "/work/shared/indicators.tsv",
    os.path.join(HERE, "..", "..", "Sources", "TaizhangCore", "Indicators", "StandardCatalogueTSV.swift"),
]
TRADITIONAL = str.maketrans("億萬點個噸畝項戶％", "亿万点个吨亩项户%")


def load_catalogue(path):
    text = open(path, encoding="utf-8").read()
    if path.endswith(".swift"):
        text = text.split('#"""', 1)[1].split('"""#', 1)[0]
    names = {}
    for line in text.strip("\n").splitlines()[1:]:
        cols = line.split("\t")
        if len(cols) < 3:
            continue
        code, name, aliases = cols[0], cols[1], cols[2]
        for key in [code, name] + [a for a in aliases.split("|") if a]:
            names[normalise(key)] = name
    return names


def normalise(name):
    return "".join(unicodedata.normalize("NFKC", name).split()).lower()


def unit_key(unit):
    if unit is None:
        return None
    u = unit.translate(TRADITIONAL)
    if u.startswith("个百分点"):
        u = u[1:]
    return u


def indicator_key(name, catalogue):
    if name is None:
        return None
    key = normalise(name.translate(TRADITIONAL))
    return catalogue.get(key, key)


def load_slots(path):
    data = json.load(open(path, encoding="utf-8"))
    slots = data["slots"] if isinstance(data, dict) else data
    span = data.get("range") if isinstance(data, dict) else None
    return {s["start"]: s for s in slots}, span


def score(expected, actual, catalogue):
    matched = sorted(set(expected) & set(actual))
    tp = len(matched)
    precision = tp / len(actual) if actual else 1.0
    recall = tp / len(expected) if expected else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    result = {"expected": len(expected), "actual": len(actual), "matched": tp,
              "precision": precision, "recall": recall, "f1": f1}
    for field, key in (("type", lambda v: v), ("unit", unit_key), ("measure", lambda v: v)):
        good = sum(1 for s in matched if key(expected[s].get(field)) == key(actual[s].get(field)))
        result[field] = good / tp if tp else 1.0
    named = [s for s in matched if expected[s].get("indicator") is not None]
    good = sum(1 for s in named if indicator_key(expected[s]["indicator"], catalogue)
               == indicator_key(actual[s].get("indicator"), catalogue))
    given = [s for s in matched if actual[s].get("indicator") is not None]
    right = sum(1 for s in given if indicator_key(expected[s].get("indicator"), catalogue)
                == indicator_key(actual[s]["indicator"], catalogue))
    result["indicator"] = good / len(named) if named else 1.0
    result["indicator_precision"] = right / len(given) if given else 1.0
    return result


def diff(expected, actual, catalogue):
    for s in sorted(set(expected) | set(actual)):
        e, a = expected.get(s), actual.get(s)
        if e is None:
            print(f"  extra   {s}: {a['text']!r} {a['type']}")
            continue
        if a is None:
            print(f"  missing {s}: {e['text']!r} {e['type']}")
            continue
        problems = []
        for field, key in (("type", lambda v: v), ("unit", unit_key), ("measure", lambda v: v),
                           ("indicator", lambda v: indicator_key(v, catalogue))):
            if key(e.get(field)) != key(a.get(field)):
                problems.append(f"{field} {e.get(field)!r}≠{a.get(field)!r}")
        if problems:
            print(f"  {s} {e['text']!r}: " + "; ".join(problems))


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    catalogue_path = None
    if "--catalogue" in argv:
        catalogue_path = argv[argv.index("--catalogue") + 1]
        args.remove(catalogue_path)
    if len(args) != 2:
        print(__doc__)
        return 2
    if catalogue_path is None:
        catalogue_path = next(p for p in DEFAULT_CATALOGUES if os.path.exists(p))
    catalogue = load_catalogue(catalogue_path)
    (expected, span), (actual, _) = load_slots(args[0]), load_slots(args[1])
    if span:  # a partly annotated document: only slots starting inside the annotated range count
        actual = {s: v for s, v in actual.items() if span[0] <= s < span[1]}
    r = score(expected, actual, catalogue)
    print(f"slots expected {r['expected']}, found {r['actual']}, matched {r['matched']}")
    print(f"detection precision {r['precision']:.3f} recall {r['recall']:.3f} F1 {r['f1']:.3f}")
    print(f"type {r['type']:.3f} unit {r['unit']:.3f} measure {r['measure']:.3f} "
          f"indicator {r['indicator']:.3f} indicator precision {r['indicator_precision']:.3f}")
    if "--diff" in argv:
        diff(expected, actual, catalogue)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
