#!/usr/bin/env bash
# Every KPI table of the sample data, computed by another commit and by the working tree, compared value by value:
# the check that a change to how the KPIs are computed (docs/performance.md) leaves the figures as they were.
#
#   tests/compare-kpis.sh b57ed43          # any commit; needs git, the .NET SDK and python3
#
# Both versions run the demo on sample-data/ into a warehouse of their own, then `analytics kpi` for every grain
# (day, week, month), dimension (none and each of six) and hours basis (calendar, business) over the whole data,
# and `analytics roi`, as JSON. Numbers must agree to 1e-9 relative (percentiles are ranked in whole microseconds
# since the stored KPI rows; the rest is exact); any other difference is printed and the script exits 1.
set -euo pipefail
base=${1:?usage: tests/compare-kpis.sh COMMIT}
here=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'git -C "$here" worktree remove --force "$work/base" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

git -C "$here" worktree add --detach "$work/base" "$base" >/dev/null
run_version() { # $1: source folder, $2: output folder
    local src=$1 out=$2
    mkdir -p "$out"
    dotnet build "$src/pipeline" -c Release -v quiet -nologo >/dev/null
    local cli=("dotnet" "$src/pipeline/bin/Release/net10.0/analytics.dll")
    # The demo loads the sample exports beside the build with the sample company's configuration; the tables use it too.
    (cd "$out" && "${cli[@]}" demo >/dev/null)
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
}
echo "computing with $base ..."
run_version "$work/base" "$work/out-base"
echo "computing with the working tree ..."
run_version "$here" "$work/out-head"

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
print(f"{tables} tables, {values} values compared: {problems} differences")
sys.exit(1 if problems else 0)
EOF
