package org.acarules.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.acarules.requests.FieldError;
import org.acarules.requests.JsonFieldErrors;
import org.acarules.applicants.Answer;
import org.acarules.applicants.ApplicantInput;
import org.acarules.applicants.ApplicantValidation;
import org.acarules.applicants.CanonicalJson;
import org.acarules.eligibility.EligibilityRequest;
import org.acarules.eligibility.EligibilityService;
import org.acarules.engine.Ruleset;

/**
 * A re-evaluation without a database: households from a JSON Lines file (the applicant import format) evaluated
 * under two rulesets, compared exactly as a re-evaluation job compares them ({@link HouseholdComparison}), with the
 * tallies kept in memory (one per state x FPL band x outcome pair: a few thousand at most) and the changed
 * households written as they are found. The file is read line by line, so its length does not matter.
 */
@ApplicationScoped
public class FileReevaluation {
    /** Lines that cannot be read or fail validation are reported on stderr up to this many, and all counted. */
    static final int REPORTED_REJECTIONS = 20;
    static final String CSV_HEADER = "external_id,state,fpl_band,person_id,outcome_before,outcome_after,csr_before,"
            + "csr_after,aptc_before,aptc_after,household_aptc_before,household_aptc_after,error";

    @Inject
    EligibilityService eligibility;

    @Inject
    ApplicantValidation validation;

    @Inject
    CanonicalJson json;

    /** The application's mapper (snake_case, fields in declaration order) for what a person reads. */
    @Inject
    com.fasterxml.jackson.databind.ObjectMapper output;

    /** Progress: called with the households done so far. */
    public interface Progress {
        void done(long households, long changed);
    }

    public FileSummary run(Path applicants, Ruleset before, FileSummary.Side beforeSide, Ruleset after,
            FileSummary.Side afterSide, Path outDir, PrintStream err, Progress progress) throws IOException {
        Files.createDirectories(outDir);
        ObjectReader reader = json.mapper().readerFor(ApplicantInput.class);
        Map<ChunkResult.TallyKey, ChunkResult.Tally> tallies = new HashMap<>();
        StringBuilder people = new StringBuilder();
        long households = 0;
        long changed = 0;
        long errors = 0;
        long rejected = 0;
        long number = 0;
        try (BufferedReader lines = Files.newBufferedReader(applicants, StandardCharsets.UTF_8);
                BufferedWriter changesJson = Files.newBufferedWriter(outDir.resolve("changes.jsonl"), StandardCharsets.UTF_8);
                BufferedWriter changesCsv = Files.newBufferedWriter(outDir.resolve("changes.csv"), StandardCharsets.UTF_8)) {
            changesCsv.write(CSV_HEADER);
            changesCsv.newLine();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                List<FieldError> problems;
                ApplicantInput input = null;
                try {
                    input = reader.readValue(line);
                    problems = input == null ? List.of(new FieldError("", "expected a JSON object"))
                            : validation.problems(input, after, "");
                } catch (JsonProcessingException e) {
                    problems = List.of(JsonFieldErrors.of(e));
                }
                if (!problems.isEmpty()) {
                    if (rejected++ < REPORTED_REJECTIONS) {
                        err.printf("line %d: %s%n", number, problems);
                    }
                    continue;
                }
                households++;
                EligibilityRequest request = input.request();
                List<String> ids = request.household().people().stream().map(EligibilityRequest.PersonInput::id).toList();
                HouseholdComparison.Side b = side(before, request, ids);
                HouseholdComparison.Side a = side(after, request, ids);
                if (b.outcomes().error() != null || a.outcomes().error() != null) {
                    errors++;
                }
                ChunkResult.Change change = HouseholdComparison.compare(number, input.externalId(), request.place().state(),
                        b, a, tallies, people);
                if (change != null) {
                    changed++;
                    write(change, changesJson, changesCsv);
                }
                if (progress != null) {
                    progress.done(households, changed);
                }
            }
        }
        FileSummary summary = summarise(applicants.toString(), beforeSide, afterSide, households, changed, errors, rejected,
                tallies);
        output.writerWithDefaultPrettyPrinter().writeValue(outDir.resolve("summary.json").toFile(), summary);
        return summary;
    }

    private HouseholdComparison.Side side(Ruleset ruleset, EligibilityRequest request, List<String> ids) {
        try {
            Answer answer = Answer.of(eligibility.evaluate(ruleset, request, true));
            return new HouseholdComparison.Side(Outcomes.of(answer.response()), answer.firedRules());
        } catch (RuntimeException e) {
            return new HouseholdComparison.Side(Outcomes.failed(ids, FailedEvaluation.describe(e, "of the file")),
                    List.of());
        }
    }

    /** One JSON line per changed household (the shape of the job's changes, with the line number as applicant_id). */
    private void write(ChunkResult.Change change, BufferedWriter jsonl, BufferedWriter csv) throws IOException {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("line", change.applicantId());
        item.put("external_id", change.externalId());
        item.put("state", change.state());
        item.put("fpl_band", change.fplBand());
        item.put("aptc_before", change.aptcBefore());
        item.put("aptc_after", change.aptcAfter());
        JsonNode people = json.tree(change.peopleJson());
        item.put("people", people);
        item.put("rules_added", split(change.rulesAdded()));
        item.put("rules_removed", split(change.rulesRemoved()));
        item.put("error", change.error());
        jsonl.write(output.writeValueAsString(item));
        jsonl.newLine();
        for (JsonNode person : people) {
            JsonNode b = person.get("before");
            JsonNode a = person.get("after");
            csv.write(String.join(",", cell(change.externalId()), change.state(), change.fplBand(), cell(person.get("id").asText()),
                    b.get("outcome").asText(), a.get("outcome").asText(), text(b.get("csr")), text(a.get("csr")),
                    money(b.get("aptc")), money(a.get("aptc")),
                    change.aptcBefore().toPlainString(), change.aptcAfter().toPlainString(),
                    change.error() == null ? "" : cell(change.error())));
            csv.newLine();
        }
    }

    private static String money(JsonNode amount) {
        return amount.decimalValue().setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
    }

    private static List<String> split(String csv) {
        return csv == null || csv.isEmpty() ? List.of() : List.of(csv.split(","));
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? "" : node.asText();
    }

    /** RFC 4180: quoted when it holds a comma, quote or line break. */
    private static String cell(String value) {
        return value.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n')
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    static FileSummary summarise(String applicants, FileSummary.Side before, FileSummary.Side after, long households,
            long changed, long errors, long rejected, Map<ChunkResult.TallyKey, ChunkResult.Tally> tallies) {
        List<Summary.Transition> overall = transitions(tallies);
        Map<String, List<Summary.Transition>> byState = grouped(tallies, ChunkResult.TallyKey::state, new TreeMap<>());
        Map<String, List<Summary.Transition>> byBand = grouped(tallies, ChunkResult.TallyKey::fplBand,
                new TreeMap<>(Comparator.comparingInt(FplBand::rank)));
        long persons = overall.stream().mapToLong(Summary.Transition::persons).sum();
        BigDecimal aptcBefore = overall.stream().map(Summary.Transition::aptcBefore).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal aptcAfter = overall.stream().map(Summary.Transition::aptcAfter).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new FileSummary(applicants, before, after, households, changed, errors, rejected, persons,
                aptcBefore.setScale(2), aptcAfter.setScale(2), aptcAfter.subtract(aptcBefore).setScale(2), overall, byState,
                new LinkedHashMap<>(byBand));
    }

    private static Map<String, List<Summary.Transition>> grouped(Map<ChunkResult.TallyKey, ChunkResult.Tally> tallies,
            Function<ChunkResult.TallyKey, String> by, Map<String, List<Summary.Transition>> into) {
        Map<String, Map<ChunkResult.TallyKey, ChunkResult.Tally>> split = new HashMap<>();
        tallies.forEach((k, t) -> split.computeIfAbsent(by.apply(k), x -> new HashMap<>()).put(k, t));
        split.forEach((key, part) -> into.put(key, transitions(part)));
        return into;
    }

    /** The tallies summed by (before, after) outcome, ordered by before then after, as the job's summary is. */
    private static List<Summary.Transition> transitions(Map<ChunkResult.TallyKey, ChunkResult.Tally> tallies) {
        Map<String, ChunkResult.Tally> sums = new TreeMap<>();
        tallies.forEach((k, t) -> {
            ChunkResult.Tally sum = sums.computeIfAbsent(k.before() + "\u0000" + k.after(), x -> new ChunkResult.Tally());
            sum.persons += t.persons;
            sum.aptcBefore = sum.aptcBefore.add(t.aptcBefore);
            sum.aptcAfter = sum.aptcAfter.add(t.aptcAfter);
        });
        List<Summary.Transition> out = new ArrayList<>();
        sums.forEach((pair, t) -> {
            String[] outcomes = pair.split("\u0000");
            BigDecimal b = t.aptcBefore.setScale(2);
            BigDecimal a = t.aptcAfter.setScale(2);
            out.add(new Summary.Transition(outcomes[0], outcomes[1], t.persons, b, a, a.subtract(b)));
        });
        return out;
    }
}
