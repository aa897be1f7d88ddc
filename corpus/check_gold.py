#!/usr/bin/env python3
"""Consistency checker for the dealscope money/deal gold labels.

Usage:
    python3 corpus/check_gold.py [path/to/gold.jsonl ...]

With no argument it checks every ``gold.jsonl`` found in the language folders next to
this script (``corpus/en/gold.jsonl`` and so on). Documents are looked up in the folder
that holds the gold file.

For every gold line it checks that:
  * the line is a JSON object with the expected keys, one line per document, sorted by file;
  * the document exists (and every ``*.txt`` in the folder has a gold line);
  * each mention ``text`` occurs in the document in the given order (each search starts
    after the end of the previous match);
  * roles, subtypes and currencies come from the allowed sets, and ``value`` is a number
    (an integer when the amount is whole);
  * each deal uses allowed ``deal_type``/``modality`` values and every non-null ``*_usd``
    field equals the value of some USD mention of the same document.

It prints a summary (documents, mentions per role, deals) and exits with status 1 if any
problem was found. Standard library only.
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROLES = {"upfront", "near_term", "equity", "option", "milestone", "total", "royalty", "other"}
SUBTYPES = {None, "development", "regulatory", "commercial"}
CURRENCIES = {"USD", "EUR", "GBP", "CNY", "HKD", "JPY", "CHF", "KRW"}
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


def is_number(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def check_value(v, where, problems):
    if not is_number(v):
        problems.append(f"{where}: value {v!r} is not a number")
        return
    if v < 0:
        problems.append(f"{where}: value {v!r} is negative")
    if isinstance(v, float) and v.is_integer():
        problems.append(f"{where}: whole value {v!r} should be written as an integer")


def check_date(v, where, problems):
    if v is not None and (not isinstance(v, str) or not DATE_RE.match(v)):
        problems.append(f"{where}: date {v!r} is not YYYY-MM-DD or null")


def check_gold(gold_path, problems, role_counts, currency_counts, totals):
    folder = gold_path.parent
    files_seen = []
    with gold_path.open(encoding="utf-8") as fh:
        lines = fh.read().splitlines()
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
        if not isinstance(doc, dict):
            problems.append(f"{where0}: not a JSON object")
            continue
        missing = DOC_KEYS - doc.keys()
        extra = doc.keys() - DOC_KEYS
        if missing:
            problems.append(f"{where0}: missing keys {sorted(missing)}")
            continue
        if extra:
            problems.append(f"{where0}: unexpected keys {sorted(extra)}")
        name = doc["file"]
        where = f"{gold_path.name}:{lineno} ({name})"
        files_seen.append(name)
        # A folder is named by its language, optionally with a suffix ("en-holdout", "zh2").
        if doc["lang"] != re.sub(r"\d+$", "", folder.name.split("-")[0]):
            problems.append(f"{where}: lang {doc['lang']!r} does not match folder {folder.name!r}")
        check_date(doc["doc_date"], where + " doc_date", problems)
        path = folder / name
        if not path.is_file():
            problems.append(f"{where}: document not found")
            continue
        text = path.read_text(encoding="utf-8")
        totals["documents"] += 1

        # Mentions: in order, from the allowed sets.
        usd_values = set()
        pos = 0
        for i, m in enumerate(doc["money_mentions"]):
            mw = f"{where} mention {i + 1}"
            if not isinstance(m, dict):
                problems.append(f"{mw}: not an object")
                continue
            if MENTION_KEYS - m.keys() or m.keys() - MENTION_KEYS:
                problems.append(f"{mw}: keys {sorted(m.keys())}, expected {sorted(MENTION_KEYS)}")
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
            role_counts[m["role"]] += 1
            currency_counts[m["currency"]] += 1
            totals["mentions"] += 1
            if m["currency"] == "USD" and is_number(m["value"]):
                usd_values.add(m["value"])

        # Deals: vocabularies and USD fields backed by a USD mention.
        for j, d in enumerate(doc["deals"]):
            dw = f"{where} deal {j + 1}"
            if not isinstance(d, dict):
                problems.append(f"{dw}: not an object")
                continue
            missing = DEAL_KEYS - d.keys()
            extra = d.keys() - DEAL_KEYS - {"terms"}
            if missing:
                problems.append(f"{dw}: missing keys {sorted(missing)}")
                continue
            if extra:
                problems.append(f"{dw}: unexpected keys {sorted(extra)}")
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
                if term["role"] not in ROLES:
                    problems.append(f"{tw}: role {term['role']!r} not allowed")
                if term["currency"] not in CURRENCIES:
                    problems.append(f"{tw}: currency {term['currency']!r} not allowed")
                if term.get("subtype") not in SUBTYPES:
                    problems.append(f"{tw}: subtype {term.get('subtype')!r} not allowed")
                check_value(term["value"], tw, problems)
                backed = any(
                    m.get("currency") == term["currency"] and m.get("value") == term["value"]
                    for m in doc["money_mentions"] if isinstance(m, dict)
                )
                if not backed:
                    problems.append(f"{tw}: {term['value']} {term['currency']} matches no mention")

    # One line per document, sorted, every document labelled.
    if files_seen != sorted(files_seen):
        problems.append(f"{gold_path}: lines are not sorted by file")
    dup = [f for f, c in Counter(files_seen).items() if c > 1]
    if dup:
        problems.append(f"{gold_path}: duplicate lines for {dup}")
    unlabelled = sorted(p.name for p in folder.glob("*.txt") if p.name not in set(files_seen))
    if unlabelled:
        problems.append(f"{gold_path}: documents without a gold line: {unlabelled}")


def main(argv):
    here = Path(__file__).resolve().parent
    paths = [Path(a) for a in argv] if argv else sorted(here.glob("*/gold.jsonl"))
    if not paths:
        print("no gold.jsonl found", file=sys.stderr)
        return 1
    problems = []
    role_counts, currency_counts = Counter(), Counter()
    totals = Counter()
    for p in paths:
        if not p.is_file():
            problems.append(f"{p}: not found")
            continue
        check_gold(p, problems, role_counts, currency_counts, totals)

    print(f"gold files: {len(paths)}")
    print(f"documents:  {totals['documents']}")
    print(f"mentions:   {totals['mentions']}")
    for role in sorted(ROLES):
        print(f"  {role:<10} {role_counts[role]}")
    print("currencies: " + ", ".join(f"{c} {n}" for c, n in sorted(currency_counts.items())))
    print(f"deals:      {totals['deals']}")
    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  - " + p)
        return 1
    print("\nOK: no problems found")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
