package org.acarules.applicants;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.acarules.requests.FieldError;

/**
 * One applicant read from an import file, before validation: either the input, or why it could not be read.
 * {@code locate} turns the validation errors of the input (JSON paths such as {@code request.household.people[1].age})
 * into rejected lines of the file: a JSON line is one line; a CSV household spans several rows.
 */
public record ImportRecord(long line, ApplicantInput input, List<ImportReport.RejectedLine> unreadable,
        Function<List<FieldError>, List<ImportReport.RejectedLine>> locator) {

    /** Reads the next record; null at the end of the file. */
    @FunctionalInterface
    public interface Source {
        ImportRecord next() throws IOException;
    }

    static ImportRecord of(long line, ApplicantInput input) {
        return new ImportRecord(line, input, List.of(),
                errors -> List.of(new ImportReport.RejectedLine(line, input.externalId(), errors)));
    }

    static ImportRecord unreadable(long line, String externalId, List<FieldError> errors) {
        return new ImportRecord(line, null, List.of(new ImportReport.RejectedLine(line, externalId, errors)), null);
    }

    List<ImportReport.RejectedLine> locate(List<FieldError> errors) {
        return locator.apply(errors);
    }
}
