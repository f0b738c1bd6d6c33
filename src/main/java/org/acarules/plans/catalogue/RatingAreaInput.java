package org.acarules.plans.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** One county's rating area for a plan year. */
public record RatingAreaInput(
        @NotNull Integer planYear,
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter state code") String state,
        @NotBlank @Pattern(regexp = "\\d{5}", message = "must be a five-digit county FIPS code") String countyFips,
        @NotBlank @Size(max = 32) String ratingArea) {
}
