#!/usr/bin/env python3
"""Write a synthetic deals CSV (the sample data's columns) with N rows, for timing the
analytics commands on a large store. Deterministic (seeded). Usage: gen_deals.py N OUT.csv"""
import csv, random, sys

n, out = int(sys.argv[1]), sys.argv[2]
rng = random.Random(20251125)
modalities = ["small molecule", "monoclonal antibody", "bispecific antibody", "ADC",
              "bispecific ADC", "peptide", "siRNA", "cell therapy", "gene therapy", "vaccine"]
areas = ["oncology", "immunology", "cardiometabolic", "neuroscience", "infectious disease",
         "ophthalmology", "rare disease", "other"]
phases = ["preclinical", "phase 1", "phase 2", "phase 3", "filed", "approved", ""]
types = ["license", "option", "newco", "co-development", "acquisition", "collaboration", "platform"]
targets = ["PD-1", "VEGF", "TROP2", "HER2", "GLP-1", "CLDN18.2", "B7-H3", "PCSK9", "IL-23", "KRAS"]
cols = ["deal_id", "announced", "licensor", "licensor_country", "licensee", "licensee_country",
        "asset", "asset_aliases", "modality", "targets", "therapeutic_area", "lead_indication",
        "phase_at_deal", "deal_type", "territory", "upfront_usd", "near_term_usd", "equity_usd",
        "milestones_usd", "total_usd", "royalty", "currency_original", "source_url",
        "source_url_2", "notes"]
with open(out, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(cols)
    for i in range(n):
        up = rng.randint(1, 1000) * 1_000_000
        ms = rng.randint(0, 10_000) * 1_000_000
        disclosed = rng.random() > 0.1
        w.writerow([
            f"SYN-{i:06d}", f"{rng.randint(2015, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            f"Licensor {rng.randrange(600)}", "CN", f"Licensee {rng.randrange(300)}",
            rng.choice(["US", "CH", "GB", "JP", "DE"]), f"SYN{i}", "", rng.choice(modalities),
            rng.choice(targets), rng.choice(areas), "", rng.choice(phases), rng.choice(types), "",
            up if disclosed else "", "", "", ms if disclosed else "", up + ms if disclosed else "",
            "", "USD", f"https://example.invalid/deal/{i}", "", "synthetic",
        ])
