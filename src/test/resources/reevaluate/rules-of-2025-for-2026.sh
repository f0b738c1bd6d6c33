#!/usr/bin/env bash
# Writes "2025's rules for 2026": a copy of benefit-definitions in which the three premium tax credit parameters
# that changed on 2026-01-01 keep their 2025 values, so that `reevaluate` can compare them with the 2026 rules.
#   gov.aca.ptc.income_ceiling                          2026: 4.0 (400% cliff)    2025: null (no ceiling, ARPA/IRA)
#   gov.aca.ptc.applicable_percentage                   2026: Rev. Proc. 2025-25  2025: the 2021-2025 enhanced table
#   gov.aca.ptc.lawfully_present_below_floor_exception  2026: false (P.L. 119-21)  2025: true
# Each file's '2026-01-01' entry is its last one; deleting it lets the 2025 value carry on into 2026 (a parameter's
# value is the latest dated one on or before the date asked). Nothing else changes.
# usage: src/test/resources/reevaluate/rules-of-2025-for-2026.sh [DEFINITIONS_DIR] OUT_DIR
set -euo pipefail
if [ $# -eq 1 ]; then src=benefit-definitions; out=$1; else src=$1; out=$2; fi
rm -rf "$out"; mkdir -p "$(dirname "$out")"
cp -RL "$src" "$out" # -L: a linked folder is copied, never edited through the link
for id in income_ceiling applicable_percentage lawfully_present_below_floor_exception; do
  file="$out/parameters/gov/aca/ptc/$id.yaml"
  last=$(grep -n "^  '[0-9-]*':" "$file" | tail -1)
  case "$last" in
    *"'2026-01-01':"*) sed -i "${last%%:*},\$d" "$file" ;;
    *) echo "$file: its last entry is not 2026-01-01 ($last); not changed" >&2; exit 1 ;;
  esac
done
echo "$out: benefit-definitions with the 2025 income ceiling, applicable percentages and lawfully-present exception in 2026"
