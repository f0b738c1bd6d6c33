package org.acarules.taxyear.mandate;

import java.time.LocalDate;
import org.acarules.definitions.ParameterStore;

/**
 * Age arithmetic of the payment. An individual attains age 18 on the anniversary of birth and counts as under 18
 * for a month unless 18 was attained before its first day (26 CFR 1.5000A-4(b)(2)(iii)). A filer is 65 or older
 * at the end of the year when born on or before January 1 of the year after the 65th (IRS Pub 501: one is
 * treated as 65 on the day before the 65th birthday).
 */
final class Ages {
    private final int adultAge;
    private final int olderFilerAge;

    private Ages(int adultAge, int olderFilerAge) {
        this.adultAge = adultAge;
        this.olderFilerAge = olderFilerAge;
    }

    /** The ages the law sets, as the year's parameters give them. */
    static Ages of(ParameterStore parameters, int year) {
        LocalDate start = LocalDate.of(year, 1, 1);
        return new Ages(parameters.integer("gov.irs.srp.adult_age", start),
                parameters.integer("gov.irs.filing_threshold.older_filer_age", start));
    }

    int adultAge() {
        return adultAge;
    }

    static int ageAtEndOfYear(LocalDate dob, int year) {
        return year - dob.getYear();
    }

    boolean under18InMonth(LocalDate dob, Integer ageAtEndOfYear, int year, int month) {
        if (dob == null) {
            return ageAtEndOfYear < adultAge; // the validator refuses the adult age without a birth date
        }
        return !dob.plusYears(adultAge).isBefore(LocalDate.of(year, month, 1));
    }

    boolean aged65OrOlderAtEndOfYear(LocalDate dob, Integer ageAtEndOfYear, int year) {
        if (dob == null) {
            return ageAtEndOfYear >= olderFilerAge;
        }
        return !dob.isAfter(LocalDate.of(year - olderFilerAge + 1, 1, 1));
    }

    /** The first month the person exists in the year: the birth month if born during it, else January. */
    static int firstMonth(LocalDate dob, int year) {
        return dob != null && dob.getYear() == year ? dob.getMonthValue() : 1;
    }
}
