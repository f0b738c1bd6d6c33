package org.acarules.applicants;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.acarules.eligibility.EligibilityRequest;

/** One applicant as posted or imported: the caller's id and the household, shaped as /api/v1/eligibility's body. */
public record ApplicantInput(@NotBlank @Size(max = 200) String externalId, @NotNull @Valid EligibilityRequest request) {
}
