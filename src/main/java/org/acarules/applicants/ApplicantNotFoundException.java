package org.acarules.applicants;

/** No applicant (or decision) with that id: answered with 404. */
public class ApplicantNotFoundException extends RuntimeException {
    public ApplicantNotFoundException(String what, long id) {
        super("no " + what + " " + id);
    }
}
