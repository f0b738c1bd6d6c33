package org.acarules.plans.catalogue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.acarules.definitions.NumberLimits;

/**
 * Maps CSV columns to catalogue rows. Column names follow CMS's Rate and Plan Attributes public use files
 * (BusinessYear, PlanId, IssuerName, StateCode, RatingAreaId, MetalLevel, IndividualRate,
 * EHBPercentTotalPremium) or our snake_case names; order does not matter.
 */
final class PlanCsv {
    private PlanCsv() {
    }

    record Row<T>(T value, List<String> errors) {
    }

    static Row<PlanInput> plan(Map<String, String> cells) {
        List<String> errors = new ArrayList<>();
        Integer year = integer(cells, errors, "plan_year", "businessyear");
        BigDecimal premium = decimal(cells, errors, "age21_premium", "individualrate");
        BigDecimal ehb = decimal(cells, errors, "ehb_share", "ehbpercenttotalpremium");
        String metalText = text(cells, "metal_level", "metallevel");
        MetalLevel metal = MetalLevel.parse(metalText).orElse(null);
        if (metal == null) {
            errors.add("metal_level: unknown metal level '" + metalText + "'");
        }
        return new Row<>(new PlanInput(year, text(cells, "plan_id", "planid"), text(cells, "issuer", "issuername"),
                upper(text(cells, "state", "statecode")), text(cells, "rating_area", "ratingareaid"), metal, premium, ehb,
                bool(cells, errors, "covers_pediatric_dental", "coverspediatricdental"),
                bool(cells, errors, "illustrative")), errors);
    }

    static Row<RatingAreaInput> ratingArea(Map<String, String> cells) {
        List<String> errors = new ArrayList<>();
        Integer year = integer(cells, errors, "plan_year", "businessyear");
        return new Row<>(new RatingAreaInput(year, upper(text(cells, "state", "statecode")),
                text(cells, "county_fips", "countyfips", "fips"), text(cells, "rating_area", "ratingareaid")), errors);
    }

    private static String text(Map<String, String> cells, String... names) {
        for (String name : names) {
            String value = cells.get(name);
            if (value != null && !value.isEmpty()) {
                return value;
            }
        }
        return null;
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    private static Integer integer(Map<String, String> cells, List<String> errors, String... names) {
        String value = text(cells, names);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            errors.add(names[0] + ": '" + value + "' is not a whole number");
            return null;
        }
    }

    private static BigDecimal decimal(Map<String, String> cells, List<String> errors, String... names) {
        String value = text(cells, names);
        if (value == null) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value.replace("$", "").replace(",", ""));
            String problem = NumberLimits.problem(number);
            if (problem != null) {
                errors.add(names[0] + ": " + problem);
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            errors.add(names[0] + ": '" + value + "' is not a number");
            return null;
        }
    }

    private static Boolean bool(Map<String, String> cells, List<String> errors, String... names) {
        String value = text(cells, names);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1" -> true;
            case "false", "no", "n", "0" -> false;
            default -> {
                errors.add(names[0] + ": '" + value + "' is not true or false");
                yield null;
            }
        };
    }
}
