package org.acarules.eligibility;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A request body of the HealthCare.gov (CMS) Marketplace API's household endpoints, with CMS's field names: the
 * {@code Estimate} body of /households/eligibility/estimates and the {@code Slcsp}/{@code Lcbp} bodies of
 * /households/slcsp, /lcsp and /lcbp (whose documented examples send the same person fields), and the {@code Ichra}
 * body of /households/ichra, the only one that takes {@code hra} (CMS: "monthly employee HRA from employer"). Spelled as CMS spells them
 * ("Self", "Female", "Individual"); MarketplaceVocabulary reads the spellings, MarketplaceHouseholds gives CMS's
 * defaults for what is left out. Fields CMS documents that cannot change an answer here are accepted and ignored
 * (listed in the eligibility README). Anything CMS does not document is refused, naming the field.
 */
public record MarketplaceRequest(
        @Valid Household household,
        @NotNull @Valid Place place,
        Integer year,
        String market,
        @DecimalMin(value = "0", message = "must not be negative") BigDecimal aptcOverride,
        String csrOverride,
        @DecimalMin(value = "0", message = "must not be negative") BigDecimal hra) {

    /** CMS requires all three; only the state and (for plans) the county decide anything here. */
    public record Place(String countyfips, @NotBlank String state, String zipcode) {
    }

    public record Household(
            @DecimalMin(value = "0", message = "must not be negative") BigDecimal income,
            String unemploymentReceived,
            @NotNull @Size(min = 1, max = 20, message = "must list between 1 and 20 people") List<@NotNull @Valid Person> people,
            Boolean hasMarriedCouple,
            LocalDate effectiveDate) {
    }

    public record Person(
            @Min(0) @Max(120) Integer age,
            LocalDate dob,
            Boolean hasMec,
            Boolean isParent,
            Boolean isPregnant,
            @Min(0) @Max(10) Integer pregnantWith,
            Boolean usesTobacco,
            LocalDate lastTobaccoUseDate,
            String gender,
            String utilizationLevel,
            String utilization,
            String relationship,
            Boolean doesNotCohabitate,
            Boolean aptcEligible,
            @Valid CurrentEnrollment currentEnrollment,
            String currentPlan,
            String csrVariant) {

        /** CMS: "If this value is > 0, is_pregnant is assumed to be true, even if specified otherwise." */
        boolean pregnant() {
            return pregnantWith != null ? pregnantWith > 0 : Boolean.TRUE.equals(isPregnant);
        }

        /** CMS: "If [is_pregnant] is true and pregnant_with is not provided, pregnant_with is assumed to be 1." */
        int expectedChildren() {
            return pregnantWith != null ? pregnantWith : Boolean.TRUE.equals(isPregnant) ? 1 : 0;
        }
    }

    /** Current enrollment, which CMS uses only for a renewing enrollee's tobacco rating. */
    public record CurrentEnrollment(String planId, LocalDate effectiveDate, Boolean usesTobacco) {
    }
}
