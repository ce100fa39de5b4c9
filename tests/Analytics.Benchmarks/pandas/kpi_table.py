#!/usr/bin/python3
"""The weekly KPI table of docs/kpis.md in pandas, as a reference for the KPI benchmark (docs/performance.md).

It reads the canonical tickets.csv, surveys.csv and customers.csv the KPI benchmark loads into its warehouse,
parses them ("load"), then computes from the loaded DataFrames ("compute") the same table as
kpi(from, to, 'week', NULL, 'calendar') and kpi(from, to, 'week', 'category', 'calendar'), in the benchmark's
reporting zone and with its business calendar and first-response targets (given as the benchmark's JSON
configuration). Each compute runs once to warm up, then --runs times.

It writes both tables as JSON (one object per row, null for a missing value) for the benchmark to compare
with kpi(), and prints the timings as one JSON object on stdout. Progress goes to stderr.

What it computes and what it leaves out (COMPUTED, NOT_COMPUTED below): every KPI column except the coverage
columns and the wait-time figures. The canonical files carry no requester wait and no ticket events, so
every ticket's wait is unknown and awt_n is 0, which it checks; it does not implement the wait from status
events. Likewise first response comes from first_response_at (the canonical files give no frt_minutes).
The business minutes behind frt_sla_* are worked out from the configured calendar (windows in the calendar's
zone, holidays, DST), as kpi_tickets does.

Run with Debian's python3 and python3-pandas (apt-get install python3-pandas):
  /usr/bin/python3 kpi_table.py --data DIR --from 2024-11-18 --to 2026-11-15 --config config.json --out DIR [--runs 3]
"""
import argparse
import datetime as dt
import json
import os
import platform
import sys
import time
from collections import Counter

import numpy as np
import pandas as pd

COMPUTED = [
    "tickets_created", "tickets_solved", "backlog_end",
    "frt_n", "frt_median_min", "frt_p90_min", "frt_mean_min", "frt_basis", "frt_sla_n", "frt_sla_pct",
    "resolution_n", "mttr_hours", "resolution_median_hours", "resolution_p90_hours",
    "fcr_n", "fcr_pct", "zero_touch_n", "zero_touch_pct", "reopen_pct", "awt_n",
    "csat_n", "csat_pct", "nps_n", "nps", "ces_n", "ces_mean", "ces_easy_pct", "retention_pct",
]
NOT_COMPUTED = {
    "coverage, coverage_share": "how far the data covers each period, not a KPI",
    "awt_mean_min, awt_median_min, awt_basis": "the canonical files carry no wait, so awt_n is 0, which is checked",
}

MINUTE_NS = 60_000_000_000
WEEK = np.timedelta64(7, "D")


def log(message):
    print(message, file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------------- load

def load(folder):
    """The three CSVs as typed DataFrames: instants as UTC datetimes, few-valued text as categoricals."""
    tickets = pd.read_csv(
        os.path.join(folder, "tickets.csv"),
        usecols=["ticket_id", "created_at", "first_response_at", "solved_at", "status", "category", "priority",
                 "reopens", "agent_replies"],
        dtype={"ticket_id": str, "created_at": str, "first_response_at": str, "solved_at": str,
               "status": "category", "category": "category", "priority": "category",
               "reopens": "float64", "agent_replies": "float64"})
    for column in ["created_at", "first_response_at", "solved_at"]:
        tickets[column] = pd.to_datetime(tickets[column], utc=True)
    surveys = pd.read_csv(
        os.path.join(folder, "surveys.csv"),
        usecols=["response_id", "survey", "score", "scale_max", "responded_at", "ticket_id"],
        dtype={"response_id": str, "survey": "category", "score": "float64", "scale_max": "float64",
               "responded_at": str, "ticket_id": str})
    surveys["responded_at"] = pd.to_datetime(surveys["responded_at"], utc=True)
    customers = pd.read_csv(
        os.path.join(folder, "customers.csv"), usecols=["customer_id", "created_at", "churned_at"],
        dtype={"customer_id": str, "created_at": str, "churned_at": str})
    for column in ["created_at", "churned_at"]:
        customers[column] = pd.to_datetime(customers[column], utc=True)
    return tickets, surveys, customers


# ------------------------------------------------------------------------------------- configuration

def window_minutes(text):
    opens, closes = text.split("-")

    def minute(hhmm):
        h, m = hhmm.strip().split(":")
        return int(h) * 60 + int(m)
    return minute(opens), minute(closes)


class Settings:
    """The benchmark's configuration: reporting zone, business calendar (zone, week, holidays), SLA targets."""

    def __init__(self, config):
        self.zone = config["Reporting"]["TimeZone"]
        hours = config.get("BusinessHours") or {}
        self.calendar_zone = hours.get("TimeZone") or self.zone
        days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        self.week = {}  # ISO weekday 1..7 -> [(opens_minute, closes_minute)]
        for name, windows in (hours.get("Week") or {}).items():
            windows = [windows] if isinstance(windows, str) else windows
            self.week[days.index(name) + 1] = [window_minutes(w) for w in windows]
        self.holidays = {dt.date.fromisoformat(d) for d in hours.get("Holidays") or []}
        sla = config.get("Sla") or {}
        self.sla_business = sla.get("BusinessHours", True)
        self.targets = {k.lower(): float(v) for k, v in (sla.get("FirstResponseMinutes") or {}).items()}


def local_instants(days, minutes, zone):
    """Wall-clock times (local dates plus minutes) of zone as UTC nanoseconds (int64)."""
    naive = pd.DatetimeIndex(days) + pd.to_timedelta(minutes, unit="m")
    return naive.tz_localize(zone, ambiguous=False, nonexistent="shift_forward").asi8


class Calendar:
    """
    The business calendar laid out per local date of its zone (as queries/views/010_business_calendar.sql):
    each date's open stretches as instants and the business time of all earlier dates. The business time
    from a to b is B(b) - B(a), B(t) = before(date of t) + the open time of that date up to t; here in whole
    nanoseconds.
    """

    def __init__(self, settings, first_ns, last_ns):
        zone = settings.calendar_zone
        first = pd.Timestamp(first_ns, tz="UTC").tz_convert(zone).date() - dt.timedelta(days=2)
        last = pd.Timestamp(last_ns, tz="UTC").tz_convert(zone).date() + dt.timedelta(days=2)
        days = [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
        pieces = []  # (day index, from_minute, to_minute)
        for i, day in enumerate(days):
            for opens, closes in settings.week.get(day.isoweekday(), []):
                pieces.append((i, opens, closes if closes > opens else 1440))
            previous = day - dt.timedelta(days=1)
            for opens, closes in settings.week.get(previous.isoweekday(), []):
                if closes <= opens and closes > 0:
                    pieces.append((i, 0, closes))
        pieces = [p for p in pieces if days[p[0]] not in settings.holidays]
        self.day_start = local_instants(days, np.zeros(len(days)), zone)
        k = max(Counter(p[0] for p in pieces).values(), default=1)
        self.start = np.zeros((len(days), k), dtype=np.int64)
        self.length = np.zeros((len(days), k), dtype=np.int64)
        if pieces:
            index = np.array([p[0] for p in pieces])
            starts = local_instants([days[i] for i in index], np.array([p[1] for p in pieces]), zone)
            ends = local_instants([days[i] for i in index], np.array([p[2] for p in pieces]), zone)
            slot = np.zeros(len(pieces), dtype=np.int64)
            seen = {}
            for j, i in enumerate(index):
                slot[j] = seen.get(i, 0)
                seen[i] = slot[j] + 1
            self.start[index, slot] = starts
            self.length[index, slot] = np.maximum(ends - starts, 0)
        per_day = self.length.sum(axis=1)
        self.before = np.concatenate([[0], np.cumsum(per_day)[:-1]])

    def at(self, t):
        """B(t) in nanoseconds for an int64 array of UTC nanoseconds (all within the calendar's span)."""
        day = np.searchsorted(self.day_start, t, side="right") - 1
        if len(t) and (day.min() < 0 or day.max() >= len(self.day_start)):
            raise ValueError("an instant outside the business calendar's span")
        open_time = np.clip(t[:, None] - self.start[day], 0, self.length[day]).sum(axis=1)
        return self.before[day] + open_time


# ------------------------------------------------------------------------------------------ compute

def week_edges(first_day, last_day, zone):
    """The ISO weeks holding first_day .. last_day: their local Mondays and bounds as UTC nanoseconds."""
    monday = first_day - dt.timedelta(days=first_day.weekday())
    keys = []
    while monday <= last_day:
        keys.append(monday)
        monday += dt.timedelta(days=7)
    edges = local_instants(keys + [keys[-1] + dt.timedelta(days=7)], np.zeros(len(keys) + 1), zone)
    return keys, edges


def period_of(ns, present, edges):
    """Index of the period holding each instant, -1 when missing or outside every period."""
    p = np.searchsorted(edges, ns, side="right") - 1
    p[(~present) | (p >= len(edges) - 1)] = -1
    return p


def ns(series):
    return series.to_numpy(dtype="datetime64[ns]").view(np.int64), series.notna().to_numpy()


def compute(tickets, surveys, customers, settings, first_day, last_day, by_category):
    keys, edges = week_edges(first_day, last_day, settings.zone)
    periods = len(keys)
    group = ["p", "v"] if by_category else ["p"]

    # tickets that count: a deleted one never does
    t = tickets[tickets["status"] != "deleted"]
    created, _ = ns(t["created_at"])
    first_response, responded = ns(t["first_response_at"])
    solved, is_solved = ns(t["solved_at"])
    value = t["category"].cat.codes.to_numpy().astype(np.int64) if by_category else np.zeros(len(t), dtype=np.int64)
    categories = list(t["category"].cat.categories) if by_category else []
    reopens = t["reopens"].fillna(0).to_numpy()
    replies = t["agent_replies"].to_numpy()

    # volume at created_at
    p = period_of(created, np.ones(len(t), dtype=bool), edges)
    frame = pd.DataFrame({"p": p, "v": value})
    created_n = frame[p >= 0].groupby(group).size().rename("tickets_created")

    # resolution, FCR, zero-touch, reopens at the latest solve
    p = period_of(solved, is_solved, edges)
    keep = p >= 0
    resolution_ns = (solved - created)[keep]
    frame = pd.DataFrame({
        "p": p[keep], "v": value[keep],
        "res": resolution_ns / MINUTE_NS, "res_us": resolution_ns // 1000,
        "fcr_n": replies[keep] >= 1, "fcr": (replies[keep] == 1) & (reopens[keep] == 0),
        "zt_n": ~np.isnan(replies[keep]), "zt": replies[keep] == 0, "reopened": reopens[keep] > 0,
    })
    g = frame.groupby(group)
    solved_agg = pd.DataFrame({
        "tickets_solved": g.size(),
        "resolution_n": g["res"].count(),
        "mttr_hours": g["res_us"].sum() / g["res"].count() / 60e6 / 60,
        "resolution_median_hours": g["res"].median() / 60,
        "resolution_p90_hours": g["res"].quantile(0.9) / 60,
        "fcr_n": g["fcr_n"].sum(),
        "fcr_pct": 100.0 * g["fcr"].sum() / g["fcr_n"].sum().replace(0, np.nan),
        "zero_touch_n": g["zt_n"].sum(),
        "zero_touch_pct": 100.0 * g["zt"].sum() / g["zt_n"].sum().replace(0, np.nan),
        "reopen_pct": 100.0 * g["reopened"].sum() / g.size(),
    })

    # first response at first_response_at, the SLA on its targets' basis
    p = period_of(first_response, responded, edges)
    keep = p >= 0
    frt_ns = (first_response - created)[keep]
    if settings.sla_business and settings.week:
        calendar = Calendar(settings, created.min(), max(created.max(), first_response[responded].max()))
        sla_ns = calendar.at(first_response[keep]) - calendar.at(created[keep])
    else:
        sla_ns = frt_ns
    target = t["priority"].map(settings.targets).astype("float64").to_numpy()[keep]
    has_target = ~np.isnan(target)
    frame = pd.DataFrame({
        "p": p[keep], "v": value[keep], "frt": frt_ns / MINUTE_NS, "frt_us": frt_ns // 1000,
        "sla_n": has_target, "sla_met": has_target & (sla_ns / MINUTE_NS <= np.nan_to_num(target, nan=-1)),
    })
    g = frame.groupby(group)
    responded_agg = pd.DataFrame({
        "frt_n": g.size(),
        "frt_median_min": g["frt"].median(),
        "frt_p90_min": g["frt"].quantile(0.9),
        "frt_mean_min": g["frt_us"].sum() / g.size() / 60e6,
        "frt_sla_n": g["sla_n"].sum(),
        "frt_sla_pct": 100.0 * g["sla_met"].sum() / g["sla_n"].sum().replace(0, np.nan),
    })

    # surveys at responded_at, with the dimensions of their ticket; none about a deleted ticket
    at = pd.Index(tickets["ticket_id"]).get_indexer(surveys["ticket_id"])
    matched = at >= 0
    status = tickets["status"].to_numpy()
    counts = ~(matched & (status[np.where(matched, at, 0)] == "deleted"))
    s = surveys[counts]
    at = at[counts]
    if by_category:
        codes = tickets["category"].cat.codes.to_numpy().astype(np.int64)
        s_value = np.where(at >= 0, codes[np.where(at >= 0, at, 0)], -1)
    else:
        s_value = np.zeros(len(s), dtype=np.int64)
    responded_s, present = ns(s["responded_at"])
    p = period_of(responded_s, present, edges)
    keep = p >= 0
    kind = s["survey"].to_numpy()[keep]
    score = s["score"].to_numpy()[keep]
    scale = s["scale_max"].to_numpy()[keep]
    csat, nps, ces = kind == "csat", kind == "nps", kind == "ces"
    frame = pd.DataFrame({
        "p": p[keep], "v": s_value[keep],
        "csat": csat, "csat_top": csat & (score >= scale - 1),
        "nps": nps, "promoter": nps & (score >= 9), "detractor": nps & (score <= 6),
        "ces": ces, "ces_score": np.where(ces, score, 0.0), "ces_easy": ces & (score >= 5),
    })
    g = frame.groupby(group).sum()
    rated_agg = pd.DataFrame({
        "csat_n": g["csat"],
        "csat_pct": 100.0 * g["csat_top"] / g["csat"].replace(0, np.nan),
        "nps_n": g["nps"],
        "nps": 100.0 * (g["promoter"] - g["detractor"]) / g["nps"].replace(0, np.nan),
        "ces_n": g["ces"],
        "ces_mean": g["ces_score"] / g["ces"].replace(0, np.nan),
        "ces_easy_pct": 100.0 * g["ces_easy"] / g["ces"].replace(0, np.nan),
    })

    # backlog at each period's end: created before it and not solved by it (a solved or closed ticket
    # without solved_at is never open)
    can_be_open = is_solved | ~t["status"].isin(["solved", "closed"]).to_numpy()
    ends = edges[1:]
    values = sorted(set(np.unique(value).tolist()) | set(np.unique(s_value).tolist()) | {-1}) if by_category else [0]
    backlog = {}
    for v in values:
        mine = value == v
        opened = np.sort(created[mine & can_be_open])
        closed = np.sort(solved[mine & is_solved])
        backlog[v] = np.searchsorted(opened, ends, side="left") - np.searchsorted(closed, ends, side="left")

    # the table: a row per period (and value)
    index = pd.MultiIndex.from_product([range(periods), values], names=["p", "v"]) if by_category \
        else pd.Index(range(periods), name="p")
    table = pd.DataFrame(index=index)
    table = table.join(created_n).join(solved_agg).join(responded_agg).join(rated_agg)
    for column in ["tickets_created", "tickets_solved", "frt_n", "frt_sla_n", "resolution_n", "fcr_n",
                   "zero_touch_n", "csat_n", "nps_n", "ces_n"]:
        table[column] = table[column].fillna(0).astype(np.int64)
    table["awt_n"] = 0
    table["frt_basis"] = np.where(table["frt_n"] > 0, "calendar", None)
    if by_category:
        table["backlog_end"] = np.concatenate([backlog[v] for v in values]).reshape(len(values), periods).T.reshape(-1)
    else:
        table["backlog_end"] = backlog[0]

    # retention: customers at the period's start and end, and created in it
    if by_category:
        table["retention_pct"] = np.nan
    else:
        joined = np.sort(customers["created_at"].to_numpy(dtype="datetime64[ns]").view(np.int64))
        churned_at, churned = ns(customers["churned_at"])
        left = np.sort(np.maximum(churned_at, customers["created_at"].to_numpy(dtype="datetime64[ns]").view(np.int64))[churned])

        def active(instants):
            return np.searchsorted(joined, instants, side="left") - np.searchsorted(left, instants, side="left")
        start, end = active(edges[:-1]), active(edges[1:])
        new = np.searchsorted(joined, edges[1:], side="left") - np.searchsorted(joined, edges[:-1], side="left")
        table["retention_pct"] = np.where(start > 0, 100.0 * (end - new) / np.where(start > 0, start, 1), np.nan)

    table = table.reset_index()
    table["period"] = [keys[i].isoformat() for i in table["p"]]
    if by_category:
        happened = table[["tickets_created", "tickets_solved", "frt_n", "csat_n", "nps_n", "ces_n", "backlog_end"]].sum(axis=1) > 0
        table = table[happened]
        names = {-1: None} | {i: name for i, name in enumerate(categories)}
        table["value"] = [names[v] for v in table["v"]]
    return table[["period"] + (["value"] if by_category else []) + COMPUTED].reset_index(drop=True)


def records(table):
    out = []
    for row in table.to_dict(orient="records"):
        out.append({k: (None if isinstance(v, float) and np.isnan(v) else
                        int(v) if isinstance(v, (np.integer,)) else
                        float(v) if isinstance(v, (np.floating,)) else v) for k, v in row.items()})
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", required=True, help="folder with tickets.csv, surveys.csv, customers.csv")
    parser.add_argument("--from", dest="first", required=True, help="first local date (YYYY-MM-DD)")
    parser.add_argument("--to", dest="last", required=True, help="last local date, inclusive")
    parser.add_argument("--config", required=True, help="the benchmark's JSON configuration")
    parser.add_argument("--out", required=True, help="folder for the computed tables (JSON)")
    parser.add_argument("--runs", type=int, default=3, help="timed runs of each compute, after one warm-up")
    parser.add_argument("--load-runs", type=int, default=1, help="timed loads of the CSVs")
    args = parser.parse_args()
    with open(args.config, encoding="utf-8") as f:
        settings = Settings(json.load(f))
    first_day, last_day = dt.date.fromisoformat(args.first), dt.date.fromisoformat(args.last)
    os.makedirs(args.out, exist_ok=True)

    load_s = []
    data = None
    for run in range(args.load_runs):
        data = None
        started = time.perf_counter()
        data = load(args.data)
        load_s.append(time.perf_counter() - started)
        log(f"pandas load: run {run + 1}: {load_s[-1]:.2f}s")
    tickets, surveys, customers = data

    result = {
        "python": platform.python_version(), "pandas": pd.__version__, "numpy": np.__version__,
        "loaded": {"tickets": len(tickets), "surveys": len(surveys), "customers": len(customers)},
        "load_s": load_s, "compute_s": {}, "rows": {}, "tables": {},
        "computed": COMPUTED, "not_computed": NOT_COMPUTED,
    }
    for name, by_category in [("week", False), ("week_category", True)]:
        table = compute(tickets, surveys, customers, settings, first_day, last_day, by_category)
        seconds = []
        for run in range(args.runs):
            started = time.perf_counter()
            again = compute(tickets, surveys, customers, settings, first_day, last_day, by_category)
            seconds.append(time.perf_counter() - started)
            if len(again) != len(table):
                raise RuntimeError(f"{name}: run {run + 1} gave {len(again)} rows, the warm-up {len(table)}")
            log(f"pandas compute {name}: run {run + 1}: {seconds[-1]:.2f}s, {len(table)} rows")
        path = os.path.join(args.out, f"pandas-{name}.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(records(table), f)
        result["compute_s"][name] = seconds
        result["rows"][name] = len(table)
        result["tables"][name] = path
    json.dump(result, sys.stdout)
    print()


if __name__ == "__main__":
    main()
