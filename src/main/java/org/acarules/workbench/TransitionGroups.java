package org.acarules.workbench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.acarules.batch.Summary;

/**
 * A job's summary by state or by FPL band, one row a group: how many people it holds, how many change outcome, and
 * the annual APTC before and after (the API's by_state and by_fpl_band, totalled per group for a table).
 */
public record TransitionGroups(List<Row> rows) {
    public record Row(String group, long people, long moved, BigDecimal aptcBefore, BigDecimal aptcAfter) {
        public BigDecimal aptcChange() {
            return aptcAfter.subtract(aptcBefore);
        }
    }

    static TransitionGroups of(Map<String, List<Summary.Transition>> groups) {
        List<Row> rows = new ArrayList<>();
        groups.forEach((group, transitions) -> {
            long people = 0;
            long moved = 0;
            BigDecimal before = BigDecimal.ZERO;
            BigDecimal after = BigDecimal.ZERO;
            for (Summary.Transition t : transitions) {
                people += t.persons();
                moved += t.before().equals(t.after()) ? 0 : t.persons();
                before = before.add(t.aptcBefore());
                after = after.add(t.aptcAfter());
            }
            rows.add(new Row(group, people, moved, before, after));
        });
        return new TransitionGroups(List.copyOf(rows));
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
