package org.acarules.facts.taxyear.mandate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Month arithmetic for 26 CFR 1.5000A-3(j): the continuous periods (runs of consecutive months) in which a person
 * had no minimum essential coverage, in calendar order. Only months within the tax year are seen: a period that
 * began in the prior year is counted from January (the carryover of 1.5000A-3(j)(2) is not modelled), and one that
 * runs into the next year is cut at December, as (j)(2) prescribes for the earlier year.
 */
public final class CoverageGaps {
    private CoverageGaps() {
    }

    public static List<List<Integer>> uncoveredPeriods(Collection<?> personMonths) {
        List<PersonMonth> months = new ArrayList<>();
        for (Object o : personMonths) {
            months.add((PersonMonth) o);
        }
        months.sort(Comparator.comparingInt(PersonMonth::month));
        List<List<Integer>> periods = new ArrayList<>();
        List<Integer> current = null;
        int previous = -1;
        for (PersonMonth m : months) {
            if (m.covered()) {
                current = null;
            } else {
                if (current == null || m.month() != previous + 1) {
                    current = new ArrayList<>();
                    periods.add(current);
                }
                current.add(m.month());
            }
            previous = m.month();
        }
        return periods;
    }

    /** The earliest period shorter than {@code limit} months, or an empty list. */
    public static List<Integer> firstShortGap(Collection<?> personMonths, int limit) {
        return uncoveredPeriods(personMonths).stream().filter(p -> p.size() < limit).findFirst().orElse(List.of());
    }

    /** The periods of {@code limit} months or more. */
    public static List<List<Integer>> longGaps(Collection<?> personMonths, int limit) {
        return uncoveredPeriods(personMonths).stream().filter(p -> p.size() >= limit).toList();
    }

    /** How many periods are shorter than {@code limit} months. */
    public static int shortGapCount(Collection<?> personMonths, int limit) {
        return (int) uncoveredPeriods(personMonths).stream().filter(p -> p.size() < limit).count();
    }
}
