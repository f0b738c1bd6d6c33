#!/usr/bin/env python3
"""Translate PolicyEngine-US's own YAML tests into requests for POST /api/v1/eligibility.

Reproducible: reads the PE tests from a git directory at a pinned commit, applies the fixed rules below, and
writes cases.yaml next to this script. Verdicts and expected_agreement are kept from the existing cases.yaml
(matched by PE file and test name), because they are written by hand after measuring.

    python3 src/test/resources/policyengine/translate.py /work/.mirror/PolicyEngine+policyengine-us/repo

Translation rules (each case records what was read and what was sent):
- PE's defaults: one person aged 40 in California, a citizen, no income (PE's `age` and `state_code` defaults).
  Exception: PE's aca_required_contribution_percentage does not depend on the state or on Medicaid, but ours is only
  given to a household that gets the credit, and a Californian adult at 100-138% FPL is on Medicaid; those cases are
  sent for Texas (no adult expansion), where the same person gets the credit.
- `medicaid_income_level` L (MAGI as a fraction of the poverty line) becomes income = L x the coverage year's HHS
  guideline for the Medicaid household (the people, plus one for each pregnant woman: 42 CFR 435.603(b)), from
  benefit-definitions/parameters/gov/hhs/fpg; `aca_magi_fraction` F becomes income = F x the prior year's guideline
  for the tax household (26 CFR 1.36B-1(h)). Files under gov/aca prefer the credit's fraction when both are given.
- `employment_income` (summed) and `aca_magi` are taken as the household's annual income; `slcsp` (annual) / 12 is
  the benchmark premium.
- Relationships: `is_tax_unit_head` self, `is_tax_unit_spouse` spouse, `is_tax_unit_dependent` child (a name saying
  nephew/niece: other_relative), with is_tax_dependent; with no such flags, the first person is self, a later person
  under 19 a child, a later adult the spouse. Filing status: joint with a spouse, else head of household with a
  dependent, else single (PE's own `filing_status` when it gives one).
- Immigration: CITIZEN citizen; UNDOCUMENTED not_lawfully_present; TPS lawfully_present with the caller's Medicaid
  bar `true` (TPS is not a qualified alien, 8 USC 1641(b)); a qualified-alien status with `years_since_us_entry`
  gets its category and a status date that many years before January 1 of the year; without it, PE treats the
  person as past the bar, so the caller's bar is `false`.
- Coverage flags PE sets to true (VA, CHAMPVA coverage) become has_other_mec; PE's `false` overrides of Medicaid,
  CHIP, BHP, employer coverage or Medicare are left to our rules to compute (they are our defaults or our results).
- Anything else in the inputs (SSI, SSDI, Medicare, blindness, students, foster care, postpartum days, an
  intermediate variable set as input) cannot be expressed: the case is skipped and counted by reason.
"""
import re
import sys
import subprocess
from decimal import Decimal
from pathlib import Path

import yaml

PE_COMMIT = "8914f89da05465871c6bb62855853a85b244cd1e"
BASE = "policyengine_us/tests/policy/baseline/gov/"
FILES = [
    "hhs/medicaid/eligibility/categories/is_adult_for_medicaid.yaml",
    "hhs/medicaid/eligibility/categories/is_parent_for_medicaid.yaml",
    "hhs/medicaid/eligibility/categories/is_pregnant_for_medicaid.yaml",
    "hhs/medicaid/eligibility/categories/is_infant_for_medicaid.yaml",
    "hhs/medicaid/eligibility/categories/is_young_child_for_medicaid.yaml",
    "hhs/medicaid/eligibility/categories/is_older_child_for_medicaid.yaml",
    "hhs/medicaid/eligibility/is_medicaid_eligible.yaml",
    "hhs/medicaid/eligibility/is_medicaid_immigration_status_eligible.yaml",
    "hhs/chip/is_chip_eligible.yaml",
    "hhs/chip/is_chip_eligible_child.yaml",
    "hhs/chip/is_chip_eligible_standard_pregnant_person.yaml",
    "aca/eligibility/is_aca_ptc_eligible.yaml",
    "aca/ptc/aca_required_contribution_percentage.yaml",
    "aca/ptc/aca_ptc.yaml",
]

# PE output variable -> what we compare it with (see the Java test for how each is read from our answer)
OUTPUTS = {
    "is_adult_for_medicaid": "rule MCD-010 fired for the person (Medicaid adult group)",
    "is_parent_for_medicaid": "rule MCD-011 or MCD-016 fired for the person (parent/caretaker group)",
    "is_pregnant_for_medicaid": "rule MCD-012 fired for the person (pregnant women group)",
    "is_infant_for_medicaid": "rule MCD-013 fired for the person (infants)",
    "is_young_child_for_medicaid": "rule MCD-014 fired for the person (children 1-5)",
    "is_older_child_for_medicaid": "rule MCD-015 fired for the person (children 6-18)",
    "is_medicaid_eligible": "people[].medicaid_eligible",
    "is_medicaid_immigration_status_eligible": "rule MCD-001 fired for the person (Medicaid's status test met)",
    "is_chip_eligible": "people[].chip_eligible",
    "is_chip_eligible_child": "people[].chip_eligible with chip_category child",
    "is_chip_eligible_standard_pregnant_person": "people[].chip_eligible with chip_category pregnant",
    "is_aca_ptc_eligible": "people[].aptc_eligible",
    "is_basic_health_program_eligible": "people[].basic_health_program present",
    "aca_required_contribution_percentage": "household.aptc.applicable_percentage (0 when the household gets no credit)",
    "aca_ptc": "household.aptc.amount.annual (0 when the household gets no credit)",
}

IGNORED_INPUTS = {"state_fips", "state_group_str", "members", "tax_unit_count_dependents"}
FALSE_OVERRIDES = {"is_medicaid_eligible", "is_chip_eligible", "is_basic_health_program_eligible",
                   "is_aca_eshi_eligible", "is_medicare_eligible", "has_marketplace_health_coverage",
                   "has_marketplace_health_coverage_at_interview", "ca_ffyp_eligible"}
MEC_TRUE = {"has_va_health_coverage_at_interview", "has_champva_health_coverage_at_interview"}
SKIP_REASONS = [
    (re.compile(r"ssi|social_security_disability|medicare|is_blind|optional_senior"),
     "SSI, SSDI, Medicare or disability: not in our request"),
    (re.compile(r"student|foster|secondary_school"), "student or foster-care status: not in our request"),
    (re.compile(r"postpartum"), "days postpartum: not in our request"),
    (re.compile(r"household_size"), "a Medicaid household size set apart from the people: not in our request"),
    (re.compile(r"county|zip_code"), "a county or ZIP code PE reads for another programme"),
]
QUALIFIED = {"LEGAL_PERMANENT_RESIDENT": "lawful_permanent_resident", "REFUGEE": "refugee", "ASYLEE": "asylee",
             "PAROLED_ONE_YEAR": "parolee_1_year"}


class Skip(Exception):
    pass


def fpg(year, state, size):
    area = yaml.safe_load(Path("benefit-definitions/parameters/gov/hhs/fpg/area.yaml").read_text())["values"][state]
    table = next(iter(area.values()))
    vals = yaml.safe_load(Path(f"benefit-definitions/parameters/gov/hhs/fpg/{table}.yaml").read_text())["values"]
    v = vals.get(f"{year}-01-01")
    if v is None:
        raise Skip(f"no {year} poverty guideline held")
    v = v["value"]
    return Decimal(v["sizes"][size - 1] if size <= 8 else v["sizes"][7] + (size - 8) * v["each_additional"])


def dec(x):
    return Decimal(str(x).replace("_", ""))


def translate(rel, test):
    year = int(str(test["period"])[:4])
    inp = test.get("input") or {}
    out = test.get("output") or {}
    if "people" in inp:
        people = {k: dict(v or {}) for k, v in inp["people"].items()}
        groups = {}
        for g in ("tax_units", "households", "spm_units", "families"):
            for unit in (inp.get(g) or {}).values():
                groups.update({k: v for k, v in unit.items() if k != "members"})
    else:
        people = {"person1": {k: v for k, v in inp.items()}}
        groups = {}
    allvals = dict(groups)
    for p in people.values():
        for k, v in p.items():
            allvals.setdefault(k, v)
    mapped = {k: v for k, v in out.items() if k in OUTPUTS}
    if not mapped:
        raise Skip("PE's outputs are intermediate variables our answer does not give")
    for k, v in allvals.items():
        if k in IGNORED_INPUTS or k in MEC_TRUE:
            continue
        if k == "tax_unit_is_filer":
            if v in (True, "true"):
                continue  # our request is always a filer's
            raise Skip("a tax unit that does not file: our request is always a filer's")
        if k in FALSE_OVERRIDES:
            if v in (False, "false"):
                continue
            raise Skip("an intermediate result set as input (e.g. is_medicaid_eligible: true)")
        for rx, reason in SKIP_REASONS:
            if rx.search(k):
                raise Skip(reason)
        if k in ("age", "state_code", "state_code_str", "medicaid_income_level", "aca_magi_fraction", "aca_magi",
                 "employment_income", "is_pregnant", "immigration_status", "years_since_us_entry",
                 "is_tax_unit_head", "is_tax_unit_spouse", "is_tax_unit_dependent", "filing_status", "slcsp"):
            continue
        raise Skip("an intermediate result set as input (e.g. is_medicaid_eligible: true)")
    if allvals.get("tax_unit_count_dependents") and len(people) == 1:
        raise Skip("an intermediate result set as input (e.g. is_medicaid_eligible: true)")
    state = allvals.get("state_code") or allvals.get("state_code_str") or (
        "TX" if rel.endswith("aca_required_contribution_percentage.yaml") else "CA")
    status = allvals.get("immigration_status")
    if status in ("DACA",):
        raise Skip("immigration status DACA: not in our vocabulary")
    if status in ("DACA", ) or (status and status not in ("CITIZEN", "UNDOCUMENTED", "TPS") and status not in QUALIFIED):
        raise Skip(f"immigration status {status}: not in our vocabulary")

    # people and relationships
    names = list(people)
    ours = []
    has_spouse = False
    for i, name in enumerate(names):
        p = people[name]
        age = int(p.get("age", 40))
        dep = bool(p.get("is_tax_unit_dependent"))
        if p.get("is_tax_unit_head"):
            rel_ = "self"
        elif p.get("is_tax_unit_spouse"):
            rel_ = "spouse"
        elif dep:
            rel_ = "other_relative" if re.search(r"nephew|niece|grandchild", name) else "child"
        elif any(k in p for k in ("is_tax_unit_head", "is_tax_unit_spouse", "is_tax_unit_dependent")):
            raise Skip("a household member outside the tax unit (neither head, spouse nor dependent)")
        elif i == 0:
            rel_ = "self"
        elif age < 19:
            rel_, dep = "child", True
        elif not has_spouse:
            rel_ = "spouse"
        else:
            raise Skip("a household member outside the tax unit (neither head, spouse nor dependent)")
        has_spouse |= rel_ == "spouse"
        person = {"id": re.sub(r"[^a-z0-9_]", "_", name.lower()), "age": age, "relationship": rel_}
        if dep:
            person["is_tax_dependent"] = True
        if p.get("is_pregnant") in (True, "true", "True"):
            person["is_pregnant"] = True
        st = p.get("immigration_status", status if len(people) == 1 else None) or "CITIZEN"
        if st == "CITIZEN":
            person["immigration_status"] = "citizen"
        elif st == "UNDOCUMENTED":
            person["immigration_status"] = "not_lawfully_present"
        elif st == "TPS":
            person["immigration_status"] = "lawfully_present"
            person["barred_from_medicaid_by_immigration_status"] = True
        else:
            person["immigration_status"] = "lawfully_present"
            years = p.get("years_since_us_entry", allvals.get("years_since_us_entry"))
            if years is None:
                person["barred_from_medicaid_by_immigration_status"] = False
            else:
                person["qualified_alien_category"] = QUALIFIED[st]
                person["qualified_status_date"] = f"{year - int(years)}-01-01"
        if any(p.get(k) in (True, "true") for k in MEC_TRUE):
            person["has_other_mec"] = True
        ours.append(person)
    if not any(p["relationship"] == "self" for p in ours):
        ours[0]["relationship"] = "self"
    fs = str(allvals.get("filing_status", "")).upper()
    if fs == "JOINT" or has_spouse:
        filing = "married_filing_jointly"
    elif fs == "HEAD_OF_HOUSEHOLD" or any(p.get("is_tax_dependent") for p in ours):
        filing = "head_of_household"
    else:
        filing = "single"

    # income
    n = len(ours)
    medicaid_size = n + sum(1 for p in ours if p.get("is_pregnant"))
    how = None
    prefer_ptc = rel.startswith("aca/")
    mil = allvals.get("medicaid_income_level")
    amf = allvals.get("aca_magi_fraction")
    if "aca_magi" in allvals:
        income = dec(allvals["aca_magi"])
        how = f"aca_magi {income}"
    elif any("employment_income" in p for p in people.values()):
        income = sum(dec(p.get("employment_income", 0)) for p in people.values())
        how = f"employment income {income}"
    elif amf is not None and (prefer_ptc or mil is None):
        g = fpg(year - 1, state, n)
        income = dec(amf) * g
        how = f"aca_magi_fraction {amf} x {year - 1} guideline for {n} ({g}) = {income}"
    elif mil is not None:
        g = fpg(year, state, medicaid_size)
        income = dec(mil) * g
        how = f"medicaid_income_level {mil} x {year} guideline for {medicaid_size} ({g}) = {income}"
    else:
        income = Decimal(0)
        how = "no income given: 0"
    request = {"year": year, "place": {"state": state},
               "household": {"income": float(income) if income != income.to_integral() else int(income),
                             "filing_status": filing, "people": ours}}
    if "slcsp" in allvals:
        request["benchmark_premium"] = {"monthly": float((dec(allvals["slcsp"]) / 12).quantize(Decimal("0.01")))}
    expected = {}
    for k, v in mapped.items():
        expected[k] = v if isinstance(v, list) else v
    return {"request": request, "income_from": how, "pe_expects": expected,
            "margin": test.get("absolute_error_margin")}


def main():
    git_dir = sys.argv[1]
    here = Path(__file__).parent
    old = {}
    old_doc = {}
    if (here / "cases.yaml").exists():
        old_doc = yaml.safe_load((here / "cases.yaml").read_text()) or {}
        for c in old_doc.get("cases", []):
            old[(c["pe_file"], c["pe_name"])] = c
    cases, skipped = [], []
    for rel in FILES:
        text = subprocess.run(["git", f"--git-dir={git_dir}", "show", f"{PE_COMMIT}:{BASE}{rel}"],
                              capture_output=True, text=True, check=True).stdout
        for test in yaml.safe_load(text):
            key = (BASE + rel, test["name"].strip())
            try:
                t = translate(rel, test)
            except Skip as s:
                skipped.append({"pe_file": key[0], "pe_name": key[1], "reason": str(s)})
                continue
            case = {"id": f"PE-{len(cases) + 1:03d}", "pe_file": key[0], "pe_name": key[1],
                    "pe_period": test["period"], "pe_input": test.get("input"), "income_from": t["income_from"],
                    "request": t["request"], "pe_expects": t["pe_expects"]}
            if t["margin"] is not None:
                case["pe_margin"] = t["margin"]
            prev = old.get(key, {})
            for kept in ("expect_status", "status_note", "verdict"):
                if prev.get(kept):
                    case[kept] = prev[kept]
            cases.append(case)
    reasons = {}
    for s in skipped:
        reasons[s["reason"]] = reasons.get(s["reason"], 0) + 1
    doc = {
        "source": f"PolicyEngine/policyengine-us at {PE_COMMIT}, {BASE}",
        "generated_by": "src/test/resources/policyengine/translate.py (see its docstring for the translation rules)",
        "compared_outputs": OUTPUTS,
        "expected_agreement": old_doc.get("expected_agreement", 0),
        "expected_agreement_note": old_doc.get("expected_agreement_note", ""),
        "translated": len(cases),
        "skipped_by_reason": dict(sorted(reasons.items(), key=lambda kv: -kv[1])),
        "cases": cases,
        "skipped": skipped,
    }
    (here / "cases.yaml").write_text(
        "# Generated by translate.py from PolicyEngine-US's tests; verdicts and expected_agreement are kept by hand.\n"
        + yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=120))
    print(f"translated {len(cases)}, skipped {len(skipped)}: {reasons}")


if __name__ == "__main__":
    main()
