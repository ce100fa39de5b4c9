#!/usr/bin/env bash
# What the product shows of the sample data, produced by another commit and by the working tree, and compared: the
# check that a change meant to leave behaviour alone (a speed-up, docs/performance.md; a redesign,
# docs/architecture.md) does.
#
#   tests/compare-outputs.sh b57ed43          # any commit; needs git, the .NET SDK, python3 and pdftotext
#
# Both versions run the demo on sample-data/ into a folder of their own, then:
# - `analytics kpi` for every grain (day, week, month), dimension (none and each of six) and hours basis (calendar,
#   business) over the whole data, and `analytics roi`, as JSON. Numbers must agree to 1e-9 relative (percentiles
#   are ranked in whole microseconds since the stored KPI rows; the rest is exact);
# - as text, line by line: the demo's own output, `alerts list --all`, the monthly report of October 2026,
#   the text of both PDF reports (pdftotext), every email the demo left in its outbox (the date, message id and MIME
#   boundaries, which differ on every run, left out) and every SVG chart.
# Any difference is printed and the script exits 1.
set -euo pipefail
base=${1:?usage: tests/compare-outputs.sh COMMIT}
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'git -C "$here" worktree remove --force "$work/base" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

git -C "$here" worktree add --detach "$work/base" "$base" >/dev/null
# The working tree (with its uncommitted changes) is copied to a folder whose name is as long as the other's, so that
# the paths the demo prints (relative to its folder) wrap the same way.
mkdir "$work/head"
git -C "$here" ls-files -co --exclude-standard -z \
    | tar -C "$here" --null -T - --ignore-failed-read -cf - 2>/dev/null | tar -C "$work/head" -xf -
run_version() { # $1: source folder, $2: output folder
    local src=$1 out=$2
    mkdir -p "$out"
    dotnet build "$src/pipeline" -c Release -v quiet -nologo >/dev/null
    local cli=("dotnet" "$src/pipeline/bin/Release/net10.0/analytics.dll")
    # The demo loads the sample exports beside the build with the sample company's configuration; the tables use it too.
    (cd "$out" && "${cli[@]}" demo | sed -e "s#$out#OUT#g" -e "s#\.\./\(base\|head\)/#../SRC/#g" > demo.txt)
    local db="$out/data/demo.duckdb" config="$src/sample-data/analytics.json"
    for by in day week month; do
        for dim in none channel category priority team agent source; do
            for hours in calendar business; do
                local args=(kpi --db "$db" --config "$config" --from 2020-01-01 --to 2030-12-31 --by "$by" --hours "$hours" --format json)
                [ "$dim" != none ] && args+=(--dim "$dim")
                (cd "$out" && "${cli[@]}" "${args[@]}") > "$out/kpi-$by-$dim-$hours.json"
            done
        done
    done
    (cd "$out" && "${cli[@]}" roi --db "$db" --config "$config" --format json) > "$out/roi.json"
    (cd "$out" && "${cli[@]}" alerts list --all --db "$db" --config "$config") \
        | sed -E 's/emailed [0-9-]+ [0-9:]+Z/emailed WHEN/' > "$out/alerts-list.txt"
    (cd "$out" && "${cli[@]}" report monthly --month 2026-10 --db "$db" --config "$config" --out data/monthly.pdf \
        | sed "s#$out#OUT#g") > "$out/report-monthly.txt"
    mkdir -p "$out/text"
    for pdf in "$out"/data/*.pdf; do pdftotext -layout "$pdf" "$out/text/$(basename "$pdf").txt"; done
    for eml in "$out"/data/outbox/*.eml; do
        sed -E -e '/^(Date|Message-Id):/d' -e 's/=-[A-Za-z0-9+\/]{22}==/BOUNDARY/g' "$eml" > "$out/text/$(basename "$eml").txt"
    done
    find "$out/data" -name '*.svg' -exec cp {} "$out/text/" \;
}
echo "computing with $base ..."
run_version "$work/base" "$work/out-base"
echo "computing with the working tree ..."
run_version "$work/head" "$work/out-head"

python3 - "$work/out-base" "$work/out-head" <<'EOF'
import json, math, os, sys
base, head = sys.argv[1], sys.argv[2]
def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return a == b or (math.isfinite(a) and abs(a - b) <= 1e-9 * max(abs(a), abs(b)))
    return a == b
problems, tables, values = 0, 0, 0
for name in sorted(os.listdir(base)):
    if not name.endswith(".json"):
        continue
    a, b = json.load(open(os.path.join(base, name))), json.load(open(os.path.join(head, name)))
    tables += 1
    if len(a) != len(b):
        print(f"{name}: {len(a)} rows before, {len(b)} now"); problems += 1; continue
    for i, (ra, rb) in enumerate(zip(a, b)):
        for k in sorted(set(ra) | set(rb)):
            values += 1
            if not same(ra.get(k), rb.get(k)):
                problems += 1
                if problems <= 40:
                    print(f"{name} row {i + 1} {k}: {ra.get(k)!r} before, {rb.get(k)!r} now")
import difflib
def texts(root):
    return {os.path.join(d, n) for d in (".", "text") if os.path.isdir(os.path.join(root, d))
            for n in os.listdir(os.path.join(root, d)) if n.endswith((".txt", ".svg"))}
for name in sorted(texts(base) | texts(head)):
    name = os.path.normpath(name)
    a_path, b_path = os.path.join(base, name), os.path.join(head, name)
    if not (os.path.exists(a_path) and os.path.exists(b_path)):
        print(f"{name}: only {'before' if os.path.exists(a_path) else 'now'}"); problems += 1; continue
    a, b = open(a_path, encoding="utf-8").read().splitlines(), open(b_path, encoding="utf-8").read().splitlines()
    tables += 1
    if a != b:
        problems += 1
        print("".join(list(difflib.unified_diff([l + "\n" for l in a], [l + "\n" for l in b], name + " before", name + " now", n=1))[:40]))
print(f"{tables} tables and texts, {values} values compared: {problems} differences")
sys.exit(1 if problems else 0)
EOF
