#!/usr/bin/env python3
"""Issue 17's "parameters resolved once per household", as a rules folder to A/B (benchmark only).

Copies rules/ to OUT/rules and rewrites the eligibility rules' look-ups that take the household's state and coverage
date in a constraint (params.atMost(ratio, "...", $h.state, $h.coverageDate), params.integer("...", $h.coverageDate),
params.number("...", $h.coverageDate)) into reads of a HouseholdLimits fact (src/test/java/org/acarules/bench/
HouseholdLimits.java: each parameter looked up once per household, then read from a map). FPL-001, which fires once
for every household, inserts that fact. Nothing else changes, so the two folders must decide alike: EngineModelAB
checks that on 4,096 households before it times them.

Usage: python3 src/bench/params-once.py OUT   (then -Dab.variants=classic,classic@OUT/rules)
"""
import re
import shutil
import sys
from pathlib import Path

IMPORT = "import org.acarules.bench.HouseholdLimits;\n"
REWRITES = [
    (re.compile(r'params\.atMost\(ratio, ("[^"]+"), \$h\.state, \$h\.coverageDate\)'), r'$lim.atMost(ratio, \1)'),
    (re.compile(r'params\.integer\(("[^"]+"), \$h\.coverageDate\)'), r'$lim.integer(\1)'),
    (re.compile(r'params\.number\(("[^"]+"), \$h\.coverageDate\)'), r'$lim.number(\1)'),
]


def rewrite_rule(block):
    count = 0
    for pattern, replacement in REWRITES:
        block, n = pattern.subn(replacement, block)
        count += n
    if count:
        match = re.search(r'(?m)^    \$h : Household\(.*\)\n', block)
        if not match:
            raise SystemExit("a rewritten rule has no one-line '$h : Household(...)' pattern:\n" + block[:200])
        block = block[:match.end()] + "    $lim : HouseholdLimits()\n" + block[match.end():]
    return block, count


def main():
    out = Path(sys.argv[1])
    shutil.rmtree(out / "rules", ignore_errors=True)
    shutil.copytree("rules", out / "rules")
    total = 0
    for drl in sorted((out / "rules" / "eligibility").glob("*.drl")):
        text = drl.read_text()
        parts = re.split(r'(?m)^(?=rule ")', text)
        rewritten = []
        n_file = 0
        for part in parts:
            if part.startswith('rule "'):
                part, n = rewrite_rule(part)
                n_file += n
            rewritten.append(part)
        text = "".join(rewritten)
        if drl.name == "poverty_level.drl":
            anchor = "    int guidelineYear = $h.year() - 1;\n"
            if anchor not in text:
                raise SystemExit("FPL-001's consequence changed: update params-once.py")
            text = text.replace(anchor, "    insert(new HouseholdLimits(params, $h.state(), $h.coverageDate()));\n" + anchor, 1)
        if n_file or drl.name == "poverty_level.drl":
            text = re.sub(r'(?m)^(package [^\n]+\n)', lambda m: m.group(1) + "\n" + IMPORT, text, count=1)
            drl.write_text(text)
        total += n_file
        if n_file:
            print(f"{drl.name}: {n_file} look-ups")
    print(f"{total} look-ups rewritten into {out / 'rules'}")


if __name__ == "__main__":
    main()
