#!/usr/bin/env python3
"""Score `dealscope extract` output against gold labels.

usage: score.py GOLD.jsonl DOC_DIR [--dealscope PATH] [--verbose]

Gold lines: {"file" or "id", "money_mentions": [{"text","value","currency","role"}], "deals": [...]}.
A predicted mention matches a gold one when the currency is the same and the value is within
0.5% (the matching rule of the seed labels); pairs are matched greedily in document order.
Prints mention precision / recall / F1, role accuracy over matched mentions, and the share of
gold deals whose upfront, milestones and total (USD) are all exactly right.
"""
import json, os, subprocess, sys

def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    verbose = "--verbose" in sys.argv
    exe = "target/debug/dealscope"
    for a in sys.argv[1:]:
        if a.startswith("--dealscope="):
            exe = a.split("=", 1)[1]
    gold_path, doc_dir = args
    golds = [json.loads(l) for l in open(gold_path, encoding="utf-8") if l.strip()]
    tp = fp = fn = 0
    role_ok = role_n = 0
    deals_ok = deals_n = 0
    for g in golds:
        name = g.get("file") or (g["id"] + ".txt")
        path = os.path.join(doc_dir, name)
        out = subprocess.run([exe, "extract", path], capture_output=True, text=True, check=True).stdout
        doc = json.loads(out.splitlines()[0])
        pred = doc["mentions"]
        used = set()
        for gm in g["money_mentions"]:
            hit = None
            for i, pm in enumerate(pred):
                if i in used or pm["currency"] != gm["currency"]:
                    continue
                if abs(float(pm["value"]) - float(gm["value"])) <= 0.005 * abs(float(gm["value"])):
                    hit = i
                    break
            if hit is None:
                fn += 1
                if verbose:
                    print(f"  MISS {name}: {gm['text']!r} {gm['role']}")
                continue
            used.add(hit)
            tp += 1
            role_n += 1
            if pred[hit]["role"] == gm["role"]:
                role_ok += 1
            elif verbose:
                print(f"  ROLE {name}: {gm['text']!r} gold={gm['role']} got={pred[hit]['role']}")
        for i, pm in enumerate(pred):
            if i not in used:
                fp += 1
                if verbose:
                    print(f"  EXTRA {name}: {pm['text']!r} {pm['value']} {pm['currency']}")
        for gd in g.get("deals", []):
            deals_n += 1
            keys = ["upfront_usd", "milestones_usd", "total_usd"]
            best = max((sum(pd.get(k) == gd.get(k) for k in keys) for pd in doc["deals"]), default=0)
            if best == len(keys):
                deals_ok += 1
            elif verbose:
                print(f"  DEAL {name}: gold={[gd.get(k) for k in keys]} got={[[pd.get(k) for k in keys] for pd in doc['deals']]}")
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"documents {len(golds)}  gold mentions {tp + fn}  predicted {tp + fp}")
    print(f"mention precision {p:.4f}  recall {r:.4f}  F1 {f1:.4f}")
    print(f"role accuracy {role_ok}/{role_n} = {role_ok / role_n if role_n else 1:.4f}")
    print(f"deals with upfront, milestones, total exactly right: {deals_ok}/{deals_n}")

if __name__ == "__main__":
    main()
