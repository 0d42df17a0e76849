#!/usr/bin/python3
"""What an analyst would write instead of ctreport, with pandas, matplotlib
and XlsxWriter: the peer whose whole run ctreport's is timed against.

    pandas_report.py INCIDENTS.csv OUT_DIR [YEAR]

Steps, each timed on stderr:
  1. read  - every column as text (a file as `ctreport synth` writes it);
  2. merge - one row per incident_id: its first date and event type, the
             lowest cells_dismantled and arrests (ctreport's default rule),
             cross-border when any report names partner countries;
  3. years - per year: incidents, operations, foiled plots, cells
             dismantled, arrests, cross-border incidents and the
             cooperation rate with its 95 % Wilson interval;
  4. write - report.xlsx (sheet Yearly, and sheet Incidents with the rows
             of YEAR, the latest year by default) and one PNG bar chart
             each for cells dismantled, arrests and the cooperation rate.

It checks nothing and is no oracle for ctreport's figures: it only gives
a comparable amount of work to time.
"""
import os
import sys
import time

import matplotlib

matplotlib.use("Agg")  # no display on the bench machine
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

Z95 = 1.959964  # two-sided 95 % normal quantile

CHARTS = ("cells_dismantled", "arrests", "cooperation_rate")


def read_rows(path):
    rows = pd.read_csv(path, dtype=str, keep_default_na=False)
    for name in ("cells_dismantled", "arrests"):
        rows[name] = pd.to_numeric(rows[name].mask(rows[name] == "", "0"))
    rows["year"] = rows["date"].str[:4].astype(int)
    rows["cross_border"] = rows["partner_countries"] != ""
    return rows


def merge_incidents(rows):
    by_id = rows.groupby("incident_id", sort=False)
    return pd.DataFrame({
        "year": by_id["year"].first(),
        "event_type": by_id["event_type"].first(),
        "cells_dismantled": by_id["cells_dismantled"].min(),
        "arrests": by_id["arrests"].min(),
        "cross_border": by_id["cross_border"].any(),
    })


def wilson(k, n, z=Z95):
    """Wilson score interval of the proportion k/n (Wilson 1927)."""
    p = k / n
    denom = 1 + z * z / n
    mid = (p + z * z / (2 * n)) / denom
    half = z / denom * np.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return p, mid - half, mid + half


def yearly(incidents):
    incidents = incidents.assign(
        operation=incidents["event_type"] == "operation",
        foiled_plot=incidents["event_type"] == "foiled_plot",
    )
    per_year = incidents.groupby("year")
    table = pd.DataFrame({
        "incidents": per_year.size(),
        "operations": per_year["operation"].sum(),
        "foiled_plots": per_year["foiled_plot"].sum(),
        "cells_dismantled": per_year["cells_dismantled"].sum(),
        "arrests": per_year["arrests"].sum(),
        "cross_border_incidents": per_year["cross_border"].sum(),
    })
    rate, low, high = wilson(table["cross_border_incidents"], table["incidents"])
    table["cooperation_rate"] = rate
    table["cooperation_rate_low"] = low
    table["cooperation_rate_high"] = high
    return table


def write_outputs(rows, table, year, out_dir):
    with pd.ExcelWriter(os.path.join(out_dir, "report.xlsx"), engine="xlsxwriter") as book:
        table.to_excel(book, sheet_name="Yearly")
        rows.loc[rows["year"] == year].to_excel(book, sheet_name="Incidents", index=False)
    for name in CHARTS:
        fig, ax = plt.subplots(figsize=(8, 4.5))
        ax.bar(table.index, table[name])
        ax.set_title(name.replace("_", " "))
        fig.savefig(os.path.join(out_dir, name + ".png"), dpi=300)
        plt.close(fig)


def main(argv):
    if len(argv) not in (3, 4):
        sys.exit(__doc__)
    src, out_dir = argv[1], argv[2]
    os.makedirs(out_dir, exist_ok=True)
    marks = [("start", time.perf_counter())]
    rows = read_rows(src)
    marks.append(("read", time.perf_counter()))
    incidents = merge_incidents(rows)
    marks.append(("merge", time.perf_counter()))
    table = yearly(incidents)
    marks.append(("years", time.perf_counter()))
    year = int(argv[3]) if len(argv) == 4 else int(table.index.max())
    write_outputs(rows, table, year, out_dir)
    marks.append(("write", time.perf_counter()))
    steps = " ".join(f"{name} {t - marks[i][1]:.2f}s" for i, (name, t) in enumerate(marks[1:]))
    print(f"{len(incidents)} incidents, {len(table)} years; {steps}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv)
