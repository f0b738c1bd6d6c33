package org.acarules.applicants;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.acarules.requests.FieldError;
import org.acarules.requests.InvalidRequestException;
import org.acarules.engine.ActiveRuleset;
import org.acarules.engine.Ruleset;
import org.acarules.limits.LimitExceededException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Bulk import of JSON Lines ({"external_id", "request"} a line), read line by line and committed every
 * {@link #BATCH} good rows, so a file of any length needs one batch of memory. Each line gets the checks a
 * single POST gets; a bad line is reported by number and the good lines are kept.
 */
@ApplicationScoped
public class ApplicantImport {
    private static final Logger LOG = Logger.getLogger(ApplicantImport.class);
    static final int BATCH = 1_000;
    static final int REPORTED_REJECTIONS = 1_000;
    private static final String INSERT = "insert into applicant (external_id, request_year, state, request, input_hash,"
            + " created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)";

    @Inject
    ApplicantValidation validation;

    @Inject
    CanonicalJson json;

    @Inject
    ActiveRuleset active;

    @Inject
    DataSource dataSource;

    /** Memory stays flat (one batch); the limit bounds the time one request takes. */
    @ConfigProperty(name = "aca.limits.import-households", defaultValue = "100000")
    long maxRecords;

    private record Row(long line, String externalId, int year, String state, String request, String hash) {
    }

    public ImportReport importLines(BufferedReader lines) {
        ObjectReader reader = json.mapper().readerFor(ApplicantInput.class);
        long[] number = {0};
        return importRecords(() -> {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number[0]++;
                if (line.isBlank()) {
                    continue;
                }
                long at = number[0];
                try {
                    ApplicantInput input = reader.readValue(line);
                    if (input == null) {
                        return ImportRecord.unreadable(at, null, List.of(new FieldError("", "expected a JSON object")));
                    }
                    return ImportRecord.of(at, input);
                } catch (JsonProcessingException e) {
                    return ImportRecord.unreadable(at, null, List.of(org.acarules.requests.JsonFieldErrors.of(e)));
                }
            }
            return null;
        }, "lines");
    }

    /** Imports CSV rows (see {@link CsvApplicants}): one household per run of adjacent rows sharing an external id. */
    public ImportReport importCsv(BufferedReader rows) {
        return importRecords(new CsvApplicants(rows, json.mapper())::next, "CSV households");
    }

    /**
     * Validates and stores the records one by one: each gets the checks a single POST gets, a bad one is reported
     * by line number and the good ones are kept.
     */
    ImportReport importRecords(ImportRecord.Source source, String what) {
        Ruleset ruleset = active.get();
        List<ImportReport.RejectedLine> rejected = new ArrayList<>();
        long[] rejectedCount = {0};
        long imported = 0;
        long records = 0;
        List<Row> batch = new ArrayList<>(BATCH);
        try {
            for (ImportRecord record = source.next(); record != null; record = source.next()) {
                records++;
                if (records > maxRecords) {
                    imported += flush(batch, rejected, rejectedCount);
                    LOG.infof("applicant import stopped at its limit: %d %s read, %d stored, %d rejected", records - 1, what,
                            imported, rejectedCount[0]);
                    throw new LimitExceededException("body", "households per import", maxRecords, "aca.limits.import-households",
                            "the first " + maxRecords + " were read (" + imported + " stored, " + rejectedCount[0]
                                    + " rejected); send the rest, from line " + record.line() + " on, in another import");
                }
                if (!record.unreadable().isEmpty()) {
                    reject(rejected, rejectedCount, record.unreadable());
                    continue;
                }
                ApplicantInput input = record.input();
                List<FieldError> errors = validation.problems(input, ruleset, "");
                if (!errors.isEmpty()) {
                    reject(rejected, rejectedCount, record.locate(errors));
                    continue;
                }
                String request = json.write(input.request());
                batch.add(new Row(record.line(), input.externalId(), input.request().year(), input.request().place().state(),
                        request, CanonicalJson.sha256(request)));
                if (batch.size() == BATCH) {
                    imported += flush(batch, rejected, rejectedCount);
                }
            }
        } catch (MalformedInputException e) {
            // refused, never read on with replacement characters; what was read before is kept, as at the size limit
            imported += flush(batch, rejected, rejectedCount);
            throw new InvalidRequestException("body", "not valid UTF-8 after " + records + " " + what + " read ("
                    + imported + " stored, " + rejectedCount[0] + " rejected): send the file again encoded as UTF-8 (households"
                    + " already stored are reported as such, not stored twice)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        imported += flush(batch, rejected, rejectedCount);
        rejected.sort(java.util.Comparator.comparingLong(ImportReport.RejectedLine::line));
        LOG.infof("applicant import: %d %s read, %d stored, %d rejected", records, what, imported, rejectedCount[0]);
        return new ImportReport(imported, rejectedCount[0], rejected);
    }

    /** One rejected record (counted once), listed as one or more lines. */
    private static void reject(List<ImportReport.RejectedLine> rejected, long[] count, List<ImportReport.RejectedLine> lines) {
        count[0]++;
        for (ImportReport.RejectedLine line : lines) {
            if (rejected.size() < REPORTED_REJECTIONS) {
                rejected.add(line);
            }
        }
    }

    private static void reject(List<ImportReport.RejectedLine> rejected, long[] count, long line, String externalId,
            List<FieldError> errors) {
        reject(rejected, count, List.of(new ImportReport.RejectedLine(line, externalId, errors)));
    }

    /** Stores the batch in one transaction; rows whose external id is taken (stored or earlier in the batch) are rejected. */
    private int flush(List<Row> batch, List<ImportReport.RejectedLine> rejected, long[] rejectedCount) {
        if (batch.isEmpty()) {
            return 0;
        }
        int stored = QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection()) {
                Map<String, Long> taken = storedIds(c, batch);
                Map<String, Long> inBatch = new HashMap<>();
                Timestamp now = Timestamp.from(Instant.now());
                int count = 0;
                try (PreparedStatement insert = c.prepareStatement(INSERT)) {
                    for (Row row : batch) {
                        Long storedId = taken.get(row.externalId());
                        Long earlier = inBatch.putIfAbsent(row.externalId(), row.line());
                        if (storedId != null || earlier != null) {
                            reject(rejected, rejectedCount, row.line(), row.externalId(), List.of(new FieldError("external_id",
                                    storedId != null ? "already stored as applicant " + storedId : "repeats line " + earlier)));
                            continue;
                        }
                        insert.setString(1, row.externalId());
                        insert.setInt(2, row.year());
                        insert.setString(3, row.state());
                        insert.setString(4, row.request());
                        insert.setString(5, row.hash());
                        insert.setTimestamp(6, now);
                        insert.setTimestamp(7, now);
                        insert.addBatch();
                        count++;
                    }
                    insert.executeBatch();
                }
                return count;
            }
        });
        batch.clear();
        return stored;
    }

    private static Map<String, Long> storedIds(Connection c, List<Row> batch) throws SQLException {
        Map<String, Long> taken = new HashMap<>();
        String marks = String.join(",", java.util.Collections.nCopies(batch.size(), "?"));
        try (PreparedStatement select = c.prepareStatement("select external_id, id from applicant where external_id in (" + marks + ")")) {
            for (int i = 0; i < batch.size(); i++) {
                select.setString(i + 1, batch.get(i).externalId());
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    taken.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return taken;
    }
}
