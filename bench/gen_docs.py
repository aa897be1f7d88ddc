#!/usr/bin/env python3
"""Writes N synthetic press-release-sized documents (about 2-4 KB) for ingest benchmarks.

usage: gen_docs.py N OUT_DIR [SEED]

The documents are generated from templates written for dealscope with made-up companies,
assets and amounts; every tenth one re-reports an earlier deal with a different milestone
figure, so merging and conflict detection are part of the measured work.
"""
import os, random, sys

N = int(sys.argv[1]); out = sys.argv[2]; seed = int(sys.argv[3]) if len(sys.argv) > 3 else 7
rng = random.Random(seed)
os.makedirs(out, exist_ok=True)
first = ["Qiantang", "Lanford", "Huaxin", "Beacon", "Jinling", "Orsolya", "Tianmu", "Calder", "Ruiming", "Norbridge",
         "Haixi", "Tamsin", "Kestrel", "Arclight", "Lumora", "Brightwater", "Sable", "Jinhe", "Yunfeng", "Calloway"]
suffix = ["Therapeutics", "Biopharma", "Biosciences", "Pharma", "Biologics", "Medicines"]
cities = ["SHANGHAI", "SUZHOU", "HANGZHOU", "BEIJING", "CHENGDU", "NANJING"]
modalities = ["bispecific antibody", "antibody-drug conjugate", "oral small molecule", "siRNA", "peptide"]
targets = ["PD-1/VEGF", "TROP2", "CLDN18.2", "GLP-1/GIP", "B7-H3", "KRAS G12D", "TSLP"]
filler = ("The company expects to start a global Phase 2 study next year and will present updated data at a "
          "medical meeting. Patients with advanced disease who progressed on earlier therapies were enrolled at "
          "sites in China, Australia and the United States. ")

second = ["Alder", "Birch", "Cedar", "Delta", "Ember", "Fjord", "Garnet", "Harbor", "Iris", "Juniper", "Kelp",
          "Lotus", "Maple", "Nectar", "Onyx", "Pine", "Quartz", "Raven", "Sierra", "Tundra", "Umber", "Vale",
          "Willow", "Yarrow", "Zephyr", "Amber", "Basil", "Coral", "Dune", "Elm"]

def company(i):
    # Distinct names: 20 × 30 × 6 combinations, fixed per index.
    return f"{first[i % len(first)]} {second[(i // len(first)) % len(second)]} {suffix[i % len(suffix)]}"

deals = []
for n in range(N):
    if n % 10 == 9 and deals:
        lic, lee, asset, up, ms = rng.choice(deals)
        ms2 = ms + rng.choice([50, 100, 150])
        text = (f"{rng.choice(cities)}, June {1 + n % 28}, 2025 -- Trade press: {lee} has licensed {asset} from {lic}. "
                f"{lee} pays ${up} million upfront, and {lic} may earn up to ${ms2} million in milestones.\n\n" + filler * 6)
    else:
        lic = company(rng.randrange(300)); lee = company(300 + rng.randrange(300))
        asset = f"{lic.split()[0][:2].upper()}-{rng.randrange(1000, 9999)}"
        up = rng.choice([15, 25, 40, 60, 80, 120, 200]); ms = rng.choice([500, 800, 1100, 1500, 2400])
        deals.append((lic, lee, asset, up, ms))
        text = (f"{lic} licenses {asset} to {lee}\n\n{rng.choice(cities)}, May {1 + n % 28}, 2025 /PRNewswire/ -- "
                f"{lic} today announced an exclusive license agreement under which {lee} obtains rights to {asset}, "
                f"a {rng.choice(modalities)} directed at {rng.choice(targets)}, outside Greater China.\n\n"
                f"Under the terms, {lee} will pay {lic} ${up} million upfront. {lic} is eligible for up to ${ms} million "
                f"in development, regulatory and commercial milestones, for a total of up to ${up + ms} million, plus "
                f"tiered royalties on net sales.\n\n{lic} reported revenue of RMB {rng.randrange(2, 90)} billion last year. "
                + filler * 8)
    with open(os.path.join(out, f"doc-{n:06d}.txt"), "w", encoding="utf-8") as f:
        f.write(text)
