package org.acarules.taxyear.mandate;

import java.time.LocalDate;

/**
 * Age arithmetic of the payment. An individual attains age 18 on the anniversary of birth and counts as under 18
 * for a month unless 18 was attained before its first day (26 CFR 1.5000A-4(b)(2)(iii)). A filer is 65 or older
 * at the end of the year when born on or before January 1 of the year after the 65th (IRS Pub 501: one is
 * treated as 65 on the day before the 65th birthday).
 */
final class Ages {
    static final int ADULT_AGE = 18;
    private static final int OLDER_FILER_AGE = 65;

    private Ages() {
    }

    static int ageAtEndOfYear(LocalDate dob, int year) {
        return year - dob.getYear();
    }

    static boolean under18InMonth(LocalDate dob, Integer ageAtEndOfYear, int year, int month) {
        if (dob == null) {
            return ageAtEndOfYear < ADULT_AGE; // the validator refuses age 18 without a birth date
        }
        return !dob.plusYears(ADULT_AGE).isBefore(LocalDate.of(year, month, 1));
    }

    static boolean aged65OrOlderAtEndOfYear(LocalDate dob, Integer ageAtEndOfYear, int year) {
        if (dob == null) {
            return ageAtEndOfYear >= OLDER_FILER_AGE;
        }
        return !dob.isAfter(LocalDate.of(year - OLDER_FILER_AGE + 1, 1, 1));
    }

    /** The first month the person exists in the year: the birth month if born during it, else January. */
    static int firstMonth(LocalDate dob, int year) {
        return dob != null && dob.getYear() == year ? dob.getMonthValue() : 1;
    }
}
