package org.acarules.plans.benchmark;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.acarules.definitions.NotModelledException;
import org.acarules.definitions.ParameterNotDefinedException;
import org.acarules.definitions.ParameterStore;
import org.acarules.definitions.Table;
import org.acarules.engine.ActiveRuleset;
import org.acarules.engine.Evaluation;
import org.acarules.engine.Explanation;
import org.acarules.engine.Ruleset;
import org.acarules.facts.Relationship;
import org.acarules.facts.plans.rating.AgeFactor;
import org.acarules.facts.plans.rating.AptcEligiblePremium;
import org.acarules.facts.plans.rating.ChildNotCharged;
import org.acarules.facts.plans.rating.FamilyTier;
import org.acarules.facts.plans.rating.Member;
import org.acarules.facts.plans.rating.MemberPremium;
import org.acarules.facts.plans.rating.RatingHousehold;
import org.acarules.facts.plans.rating.RatingMethod;
import org.acarules.requests.FieldError;
import org.acarules.requests.InvalidRequestException;

/**
 * Benchmark premiums for any county without a plan catalogue, estimated from the rating-area figures held as
 * parameters ({@code gov.aca.benchmark.*}): the county's rating area (Los Angeles County by ZIP code), the area's age-0
 * premium for the plan year, and the coverage family rated from it by the rating rules - the figure is what a child
 * aged 0-14 pays, so the plan's age-21 rate is the figure over the state's age-0 factor, and each member pays that
 * rate times their own factor, with the three-children rule and NY/VT family tiers as for any premium. Callers ask the
 * catalogue first: a catalogue loaded for the state and year wins.
 */
@ApplicationScoped
public class RatingAreaBenchmarks {
    public static final String COUNTY_MAP = "gov.aca.benchmark.county_rating_area";
    public static final String LOS_ANGELES_ZIP3_MAP = "gov.aca.benchmark.los_angeles_zip3_rating_area";
    public static final String SLCSP_FIGURES = "gov.aca.benchmark.slcsp_age_0";
    public static final String LCBP_FIGURES = "gov.aca.benchmark.lcbp_age_0";
    private static final String FIGURE_COLUMN = "monthly_premium_age_0";
    /** The county the map splits by ZIP code (CMS, California Geographic Rating Areas). */
    private static final String LOS_ANGELES = "06037";
    static final String NOTE = "An estimate, not the household's own benchmark plan: KFF priced each rating area's plans at one "
            + "representative ZIP code, and where plans differ by county or ZIP code within the area the real benchmark "
            + "can differ. Age-rated with the state's curve. A plan catalogue loaded for the state and year replaces it.";

    @Inject
    ActiveRuleset active;

    /** The county's rating area for the year, from the map in force on January 1. */
    public record Place(String state, String countyFips, String countyName, String ratingArea) {
    }

    /**
     * The estimated benchmark ({@code kind} slcsp or lcbp) for {@code members} in a county. Bad input is a 400 naming
     * {@code countyField} or {@code zipField}; a year, area or state curve without figures a 422 naming its field.
     */
    public RatingAreaBenchmark benchmark(Ruleset ruleset, String kind, int year, String state, String countyFips,
            String zipcode, List<CoveredMember> members, String countyField, String zipField) {
        ParameterStore params = ruleset.parameters();
        Place place = place(params, year, state, countyFips, zipcode, countyField, zipField);
        if (!kind.equals(BenchmarkService.SLCSP) && !kind.equals(BenchmarkService.LCBP)) {
            throw new NotModelledException("no " + kind + " figures by rating area are held (only slcsp and lcbp): load a "
                    + "plan catalogue for " + state + " " + year);
        }
        String parameter = kind.equals(BenchmarkService.SLCSP) ? SLCSP_FIGURES : LCBP_FIGURES;
        Table figures;
        try {
            figures = params.tableForYear(parameter, year);
        } catch (ParameterNotDefinedException e) {
            throw new NotModelledException("year", "no " + kind + " benchmark figures for " + year + ": " + e.getMessage()
                    + "; give the benchmark premium or load a plan catalogue");
        }
        BigDecimal age0 = figures.row(state, place.ratingArea()).map(r -> r.number(FIGURE_COLUMN))
                .orElseThrow(() -> new NotModelledException(countyField, "no " + kind + " figure for " + state + " rating area "
                        + place.ratingArea() + " (county " + countyFips + ") in " + figures.file()));
        BigDecimal age0Factor = ageZeroFactor(ruleset, state, year);
        // The age-21 rate is carried to 34 digits and the rating rules round each member to the cent. That is the cent
        // the exact figure x factor / age-0 factor rounds to: with age-0 factors 0.765 = 153/200 and 0.635 = 127/200
        // (odd numerators), cents x thousandths over them is never exactly a half cent, so no tie can round the other way.
        BigDecimal age21Rate = age0Factor == null ? age0 : age0.divide(age0Factor, MathContext.DECIMAL128);
        Evaluation rating = active.engine().evaluate(ruleset, BenchmarkService.ratingFacts(age21Rate, members, state, year));
        BigDecimal premium = rating.factsOf(AptcEligiblePremium.class).map(AptcEligiblePremium::monthly).findFirst()
                .orElseThrow(() -> new IllegalStateException("the rating rules gave no premium"));
        String method = rating.factsOf(RatingMethod.class).map(RatingMethod::method).findFirst().orElse(null);
        BenchmarkEstimate.FamilyTier tier = rating.factsOf(FamilyTier.class).findFirst()
                .map(t -> new BenchmarkEstimate.FamilyTier(t.tier(), t.multiplier())).orElse(null);
        BenchmarkEstimate estimate = new BenchmarkEstimate(BenchmarkEstimate.SOURCE, year, state, place.countyFips(),
                place.countyName(), areaName(place.ratingArea()), age0, method, age0Factor, memberPremiums(rating, members),
                tier, parameter, figures.file(), figures.reference(), NOTE);
        Explanation explanation = Explanation.of(rating, true);
        return new RatingAreaBenchmark(kind, premium, members.stream().map(CoveredMember::id).toList(), estimate,
                explanation.distinct(), explanation.trace());
    }

    /**
     * The county's rating area. 400: a county FIPS code that is malformed, unknown, or of another state; Los Angeles
     * County without a ZIP code the map places. 422 (field "year"): a year before the map.
     */
    public Place place(ParameterStore params, int year, String state, String countyFips, String zipcode, String countyField,
            String zipField) {
        if (countyFips == null || !countyFips.matches("\\d{5}")) {
            throw invalid(countyField, "must be a five-digit county FIPS code", null);
        }
        LocalDate date = LocalDate.of(year, 1, 1);
        Table counties = inForce(params, COUNTY_MAP, date, year);
        Table.Row county = counties.row(countyFips).orElseThrow(() -> invalid(countyField, "county " + countyFips
                + " is in no rating area of the 50 states and DC (" + counties.file() + ")", "unknown_county"));
        String countyName = county.text("county_name");
        if (!county.text("state").equals(state)) {
            throw invalid(countyField, "county " + countyFips + " (" + countyName + ") is in " + county.text("state") + ", not "
                    + state, "county_not_in_state");
        }
        String area = county.text("rating_area");
        if (LOS_ANGELES.equals(countyFips)) {
            if (zipcode == null || zipcode.isBlank()) {
                throw invalid(zipField, "required for Los Angeles County (" + LOS_ANGELES + "), which is split between two "
                        + "rating areas by ZIP code", "zipcode_required");
            }
            if (!zipcode.matches("\\d{5}")) {
                throw invalid(zipField, "must be a five-digit ZIP code", null);
            }
            Table zips = inForce(params, LOS_ANGELES_ZIP3_MAP, date, year);
            area = zips.row(zipcode.substring(0, 3)).orElseThrow(() -> invalid(zipField, "ZIP code " + zipcode
                    + " is not one of Los Angeles County's (" + zips.file() + ")", "unknown_zipcode")).text("rating_area");
        }
        return new Place(state, countyFips, countyName, area);
    }

    /** "Rating Area 6": how CMS's public use files, and so the plan catalogue, name an area. */
    static String areaName(String number) {
        return "Rating Area " + number;
    }

    private static Table inForce(ParameterStore params, String id, LocalDate date, int year) {
        try {
            return params.table(id, date);
        } catch (ParameterNotDefinedException e) {
            throw new NotModelledException("year", "no rating-area map for " + year + ": " + e.getMessage());
        }
    }

    /**
     * The state curve's factor for a child aged 0-14, the age the figures are for, asked of the rating rules themselves
     * (one child rated at 1.00) so that whichever curve they apply is the one divided out; null in a family-tier state,
     * where the figure is one adult's premium, the tier's base rate.
     */
    private BigDecimal ageZeroFactor(Ruleset ruleset, String state, int year) {
        Evaluation probe;
        try {
            probe = active.engine().evaluate(ruleset, List.of(new Member("age-0", 0, 0, Relationship.CHILD, false),
                    new RatingHousehold(state, year, BigDecimal.ONE, null, 0, 1, 0)));
        } catch (ParameterNotDefinedException e) {
            throw new NotModelledException("place.state", "no age curve to rate the benchmark figures with in " + state
                    + ": " + e.getMessage());
        }
        String method = probe.factsOf(RatingMethod.class).map(RatingMethod::method).findFirst()
                .orElseThrow(() -> new IllegalStateException("the rating rules chose no rating method"));
        if (method.equals("family_tier")) {
            return null;
        }
        return probe.factsOf(AgeFactor.class).map(AgeFactor::factor).findFirst()
                .orElseThrow(() -> new IllegalStateException("the rating rules gave no age factor for a child aged 0"));
    }

    private static List<BenchmarkEstimate.MemberPremium> memberPremiums(Evaluation rating, List<CoveredMember> members) {
        Map<String, BigDecimal> factors = new HashMap<>();
        rating.factsOf(AgeFactor.class).forEach(f -> factors.putIfAbsent(f.personId(), f.factor()));
        Map<String, BigDecimal> premiums = new HashMap<>();
        rating.factsOf(MemberPremium.class).forEach(p -> premiums.putIfAbsent(p.personId(), p.ageRated()));
        Set<String> notCharged = new HashSet<>();
        rating.factsOf(ChildNotCharged.class).forEach(c -> notCharged.add(c.personId()));
        List<BenchmarkEstimate.MemberPremium> result = new ArrayList<>();
        for (CoveredMember m : members) {
            result.add(new BenchmarkEstimate.MemberPremium(m.id(), m.age(), factors.get(m.id()), !notCharged.contains(m.id()),
                    premiums.get(m.id())));
        }
        return result;
    }

    private static InvalidRequestException invalid(String field, String message, String code) {
        return new InvalidRequestException(List.of(new FieldError(field, message, code)));
    }
}
