package org.acarules.plans.benchmark;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.acarules.facts.Relationship;

/**
 * POST /api/v1/households/slcsp and /lcbp (shaped like the CMS Marketplace API): a household in a county and
 * plan year. People are in the coverage family unless {@code aptc_eligible} is false.
 */
public record BenchmarkRequest(
        @NotNull Integer year,
        @NotNull @Valid Place place,
        @NotNull @Valid Household household) {

    public record Place(@NotBlank String state,
            @NotBlank @Pattern(regexp = "\\d{5}", message = "must be a five-digit county FIPS code") String countyfips,
            String zipcode) {
    }

    public record Household(@NotNull @Size(min = 1, max = 20, message = "must list between 1 and 20 people")
            List<@NotNull @Valid Person> people) {
    }

    public record Person(@NotBlank @Size(max = 64) String id, @NotNull @Min(0) @Max(120) Integer age,
            @NotNull Relationship relationship, Boolean usesTobacco, Boolean aptcEligible) {
    }
}
