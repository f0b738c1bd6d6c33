package org.acarules.plans.catalogue;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A plan as a client posts it, or as one CSV row reads. */
public record PlanInput(
        @NotNull Integer planYear,
        @NotBlank @Size(max = 32) String planId,
        @NotBlank @Size(max = 200) String issuer,
        @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter state code") String state,
        @NotBlank @Size(max = 32) String ratingArea,
        @NotNull MetalLevel metalLevel,
        @NotNull @DecimalMin(value = "0.01", message = "must be positive") BigDecimal age21Premium,
        @NotNull @DecimalMin(value = "0.000001", message = "must be above 0") @DecimalMax(value = "1", message = "must be at most 1") BigDecimal ehbShare,
        Boolean coversPediatricDental,
        Boolean illustrative) {
}
