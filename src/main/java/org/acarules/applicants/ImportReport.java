package org.acarules.applicants;

import java.util.List;
import org.acarules.requests.FieldError;

/**
 * What an import kept and rejected. Rejected rows are listed by line number (first line = 1) up to
 * {@link ApplicantImport#REPORTED_REJECTIONS}; {@code rejected_count} counts them all.
 */
public record ImportReport(long imported, long rejectedCount, List<RejectedLine> rejected) {
    public record RejectedLine(long line, String externalId, List<FieldError> errors) {
    }
}
