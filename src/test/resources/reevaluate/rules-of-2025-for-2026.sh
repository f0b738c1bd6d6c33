#!/usr/bin/env bash
# Writes "2025's rules for 2026": a copy of benefit-definitions in which the three premium tax credit parameters
# that changed on 2026-01-01 keep their 2025 values, so that `reevaluate` can compare them with the 2026 rules.
#   gov.aca.ptc.income_ceiling                          2026: 4.0 (400% cliff)    2025: null (no ceiling, ARPA/IRA)
#   gov.aca.ptc.applicable_percentage                   2026: Rev. Proc. 2025-25  2025: the 2021-2025 enhanced table
#   gov.aca.ptc.lawfully_present_below_floor_exception  2026: false (P.L. 119-21)  2025: true
# Deleting each file's '2026-01-01' entry lets the 2025 value carry on into 2026 (a parameter's value is the latest
# dated one on or before the date asked; a yearly one's `through: 2025` becomes 2026); a later entry stays as it is.
# Nothing else changes.
# usage: src/test/resources/reevaluate/rules-of-2025-for-2026.sh [DEFINITIONS_DIR] OUT_DIR
set -euo pipefail
if [ $# -eq 1 ]; then src=benefit-definitions; out=$1; else src=$1; out=$2; fi
rm -rf "$out"; mkdir -p "$(dirname "$out")"
cp -RL "$src" "$out" # -L: a linked folder is copied, never edited through the link
for id in income_ceiling applicable_percentage lawfully_present_below_floor_exception; do
  file="$out/parameters/gov/aca/ptc/$id.yaml"
  start=$(grep -n "^  '2026-01-01':" "$file" | cut -d: -f1)
  if [ -z "$start" ]; then echo "$file: no 2026-01-01 entry; not changed" >&2; exit 1; fi
  # the entry runs to the next dated entry (a later year's, e.g. 2027's not-modelled null) or to the end of the file
  next=$(awk -v s="$start" "NR > s && /^  '[0-9-]*':/ { print NR; exit }" "$file")
  if [ -n "$next" ]; then sed -i "${start},$((next - 1))d" "$file"; else sed -i "${start},\$d" "$file"; fi
  # a yearly parameter's entry holds only through its year (`through: 2025` on the 2021-2025 table): let it reach 2026
  sed -i "s/^    through: 2025\$/    through: 2026/" "$file"
done
echo "$out: benefit-definitions with the 2025 income ceiling, applicable percentages and lawfully-present exception in 2026"
