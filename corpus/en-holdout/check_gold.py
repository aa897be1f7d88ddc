#!/usr/bin/env python3
"""Consistency checker for the held-out English corpus (corpus/en-holdout).

Usage:
    python3 corpus/en-holdout/check_gold.py [path/to/gold.jsonl]

Without an argument it checks ``gold.jsonl`` next to this script. Documents are looked up
in the folder that holds the gold file. Standard library only.

Checks, per gold line:
  * valid JSON object with exactly the expected keys; ``lang`` is "en"; one line per
    document, lines sorted by file name, and every ``*.txt`` in the folder has a line;
  * the document exists and has 120-700 words;
  * every mention ``text`` is an exact substring of the document, found in the given
    order (each search starts where the previous match ended);
  * ``role``, ``subtype`` and ``currency`` come from the allowed sets; ``subtype`` only
    on milestone mentions; ``value`` is a positive number, an int when whole;
  * deals have the expected keys, allowed ``deal_type``/``modality`` values, valid dates,
    and every non-null ``*_usd`` field equals the value of some USD mention of the same
    document; every optional ``terms`` entry matches a mention with the same currency
    and value;
  * a heuristic scan finds money-looking strings in the document (currency symbol or
    code next to a digit, "<number> <scale> dollars/yuan/won/...", spelled-out amounts)
    that are not covered by any labelled mention. These are reported as problems.

Prints mentions per role and currency and the number of deals; exits 1 on any problem.
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROLES = {"upfront", "near_term", "equity", "option", "milestone", "total", "royalty", "other"}
SUBTYPES = {None, "development", "regulatory", "commercial"}
CURRENCIES = {"USD", "EUR", "GBP", "CNY", "HKD", "JPY", "CHF", "KRW",
              "SGD", "AUD", "CAD", "DKK", "SEK", "NOK", "INR", "TWD"}
DEAL_TYPES = {"license", "option", "newco", "co-development", "acquisition", "collaboration", "platform"}
MODALITIES = {
    None, "small molecule", "monoclonal antibody", "bispecific antibody", "trispecific antibody",
    "ADC", "bispecific ADC", "peptide", "siRNA", "antisense", "mRNA", "cell therapy",
    "gene therapy", "vaccine", "protein",
}
DOC_KEYS = {"file", "lang", "doc_date", "money_mentions", "deals"}
MENTION_KEYS = {"text", "value", "currency", "role", "subtype"}
DEAL_KEYS = {
    "licensor", "licensee", "assets", "modality", "targets", "deal_type", "territory",
    "upfront_usd", "near_term_usd", "equity_usd", "milestones_usd", "total_usd", "royalty",
    "announced",
}
USD_FIELDS = ["upfront_usd", "near_term_usd", "equity_usd", "milestones_usd", "total_usd"]
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MIN_WORDS, MAX_WORDS = 120, 700

# Heuristic patterns for money-looking strings (used to find unlabelled amounts).
_CUR = r"(?:US\$|HK\$|S\$|A\$|C\$|NT\$|\$|€|£|¥|₩|RMB|CNY|USD|HKD|EUR|GBP|JPY|CHF|KRW|SGD|AUD|DKK)"
_SCALE = r"(?:thousand|million|billion|trillion|bn|mn|m|M|MM|B|k)"
_CURWORD = r"(?:dollars?|yuan|renminbi|won|yen|euros?|pounds?|francs?|kroner)"
_WORDNUM = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
            r"seventeen|eighteen|nineteen|twenty|"
            r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|half)")
MONEY_PATTERNS = [
    re.compile(_CUR + r"\s?\d"),
    re.compile(r"\d[\d,.]*\s*(?:-\s*)?" + _SCALE + r"?\s+" + _CURWORD + r"\b"),
    re.compile(r"\b" + _WORDNUM + r"(?:[- ]" + _WORDNUM + r")*[- ](?:thousand|million|billion)\s+"
               + _CURWORD + r"\b", re.IGNORECASE),
]


def is_number(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def check_value(v, where, problems):
    if not is_number(v):
        problems.append(f"{where}: value {v!r} is not a number")
        return
    if v <= 0:
        problems.append(f"{where}: value {v!r} is not positive")
    if isinstance(v, float) and v.is_integer():
        problems.append(f"{where}: whole value {v!r} should be written as an integer")


def check_date(v, where, problems):
    if v is not None and (not isinstance(v, str) or not DATE_RE.match(v)):
        problems.append(f"{where}: date {v!r} is not YYYY-MM-DD or null")


def uncovered_money(text, spans):
    """Money-looking matches in text that overlap no labelled span."""
    hits = []
    for pat in MONEY_PATTERNS:
        for m in pat.finditer(text):
            s, e = m.start(), m.end()
            if not any(s < se and ss < e for ss, se in spans):
                hits.append((s, m.group(0)))
    return sorted(set(hits))


def check(gold_path):
    problems = []
    roles, currencies, totals = Counter(), Counter(), Counter()
    folder = gold_path.parent
    files_seen = []
    lines = gold_path.read_text(encoding="utf-8").splitlines()
    for lineno, line in enumerate(lines, 1):
        where0 = f"{gold_path.name}:{lineno}"
        if not line.strip():
            problems.append(f"{where0}: empty line")
            continue
        try:
            doc = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"{where0}: invalid JSON ({exc})")
            continue
        if not isinstance(doc, dict) or DOC_KEYS - doc.keys():
            problems.append(f"{where0}: not an object with keys {sorted(DOC_KEYS)}")
            continue
        if doc.keys() - DOC_KEYS:
            problems.append(f"{where0}: unexpected keys {sorted(doc.keys() - DOC_KEYS)}")
        name = doc["file"]
        where = f"{gold_path.name}:{lineno} ({name})"
        files_seen.append(name)
        if doc["lang"] != "en":
            problems.append(f"{where}: lang {doc['lang']!r}, expected 'en'")
        check_date(doc["doc_date"], where + " doc_date", problems)
        path = folder / name
        if not path.is_file():
            problems.append(f"{where}: document not found")
            continue
        text = path.read_text(encoding="utf-8")
        totals["documents"] += 1
        words = len(text.split())
        if not MIN_WORDS <= words <= MAX_WORDS:
            problems.append(f"{where}: {words} words, outside {MIN_WORDS}-{MAX_WORDS}")

        usd_values = set()
        spans = []
        pos = 0
        for i, m in enumerate(doc["money_mentions"]):
            mw = f"{where} mention {i + 1}"
            if not isinstance(m, dict) or m.keys() != MENTION_KEYS:
                problems.append(f"{mw}: expected keys {sorted(MENTION_KEYS)}")
                continue
            t = m["text"]
            if not isinstance(t, str) or not t or t != t.strip():
                problems.append(f"{mw}: bad text {t!r}")
                continue
            found = text.find(t, pos)
            if found < 0:
                if t in text:
                    problems.append(f"{mw}: text {t!r} occurs only before the previous mention (order)")
                else:
                    problems.append(f"{mw}: text {t!r} not found in document")
            else:
                spans.append((found, found + len(t)))
                pos = found + len(t)
            check_value(m["value"], mw, problems)
            if m["currency"] not in CURRENCIES:
                problems.append(f"{mw}: currency {m['currency']!r} not allowed")
            if m["role"] not in ROLES:
                problems.append(f"{mw}: role {m['role']!r} not allowed")
            if m["subtype"] not in SUBTYPES:
                problems.append(f"{mw}: subtype {m['subtype']!r} not allowed")
            elif m["subtype"] is not None and m["role"] != "milestone":
                problems.append(f"{mw}: subtype given for role {m['role']!r}")
            roles[m["role"]] += 1
            currencies[m["currency"]] += 1
            totals["mentions"] += 1
            if m["currency"] == "USD" and is_number(m["value"]):
                usd_values.add(m["value"])

        for s, frag in uncovered_money(text, spans):
            problems.append(f"{where}: unlabelled money-like text {frag!r} at offset {s}")

        for j, d in enumerate(doc["deals"]):
            dw = f"{where} deal {j + 1}"
            if not isinstance(d, dict) or DEAL_KEYS - d.keys():
                problems.append(f"{dw}: missing keys")
                continue
            if d.keys() - DEAL_KEYS - {"terms"}:
                problems.append(f"{dw}: unexpected keys {sorted(d.keys() - DEAL_KEYS - {'terms'})}")
            totals["deals"] += 1
            for party in ("licensor", "licensee"):
                if not isinstance(d[party], str) or not d[party].strip():
                    problems.append(f"{dw}: {party} must be a non-empty string")
            for lst in ("assets", "targets"):
                if not isinstance(d[lst], list) or not all(isinstance(x, str) and x for x in d[lst]):
                    problems.append(f"{dw}: {lst} must be a list of strings")
            if d["deal_type"] not in DEAL_TYPES:
                problems.append(f"{dw}: deal_type {d['deal_type']!r} not allowed")
            if d["modality"] not in MODALITIES:
                problems.append(f"{dw}: modality {d['modality']!r} not allowed")
            for key in ("territory", "royalty"):
                if d[key] is not None and not isinstance(d[key], str):
                    problems.append(f"{dw}: {key} must be a string or null")
            check_date(d["announced"], dw + " announced", problems)
            for field in USD_FIELDS:
                v = d[field]
                if v is None:
                    continue
                if not is_number(v):
                    problems.append(f"{dw}: {field} {v!r} is not a number")
                elif v not in usd_values:
                    problems.append(f"{dw}: {field} = {v} matches no USD mention in the document")
            for k, term in enumerate(d.get("terms", [])):
                tw = f"{dw} term {k + 1}"
                if not isinstance(term, dict) or not {"role", "value", "currency"} <= term.keys():
                    problems.append(f"{tw}: needs role, value and currency")
                    continue
                if term["role"] not in ROLES or term["currency"] not in CURRENCIES:
                    problems.append(f"{tw}: bad role or currency")
                if term.get("subtype") not in SUBTYPES:
                    problems.append(f"{tw}: subtype {term.get('subtype')!r} not allowed")
                check_value(term["value"], tw, problems)
                if not any(m.get("currency") == term["currency"] and m.get("value") == term["value"]
                           for m in doc["money_mentions"] if isinstance(m, dict)):
                    problems.append(f"{tw}: {term['value']} {term['currency']} matches no mention")

    if files_seen != sorted(files_seen):
        problems.append(f"{gold_path.name}: lines are not sorted by file")
    dup = [f for f, c in Counter(files_seen).items() if c > 1]
    if dup:
        problems.append(f"{gold_path.name}: duplicate lines for {dup}")
    missing = sorted(p.name for p in folder.glob("*.txt") if p.name not in set(files_seen))
    if missing:
        problems.append(f"{gold_path.name}: documents without a gold line: {missing}")
    return problems, roles, currencies, totals


def main(argv):
    gold = Path(argv[0]) if argv else Path(__file__).resolve().parent / "gold.jsonl"
    if not gold.is_file():
        print(f"{gold}: not found", file=sys.stderr)
        return 1
    problems, roles, currencies, totals = check(gold)
    print(f"documents: {totals['documents']}")
    print(f"mentions:  {totals['mentions']}")
    for role in sorted(ROLES):
        print(f"  {role:<10} {roles[role]}")
    print("currencies: " + ", ".join(f"{c} {n}" for c, n in sorted(currencies.items())))
    print(f"deals:     {totals['deals']}")
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  - " + p)
        return 1
    print("\nOK: no problems found")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
