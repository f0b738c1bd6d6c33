package org.acarules.workbench;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.acarules.batch.ChangePage;

/** A page of a job's changed households as the job's page shows them: each person before and after, side by side. */
final class JobChanges {
    private JobChanges() {
    }

    /** One person's outcome, CSR level and share of the APTC before and after; changed when outcome or CSR differs. */
    record Person(String id, Side before, Side after, boolean changed) {
    }

    record Side(String outcome, String csr, BigDecimal aptc) {
    }

    record Household(ChangePage.Item item, List<Person> people) {
    }

    static List<Household> of(ChangePage page) {
        return page.items().stream().map(item -> new Household(item, people(item.people()))).toList();
    }

    private static List<Person> people(JsonNode people) {
        List<Person> list = new ArrayList<>();
        if (people == null) {
            return list;
        }
        for (JsonNode p : people) {
            Side before = side(p.path("before"));
            Side after = side(p.path("after"));
            list.add(new Person(p.path("id").asText(), before, after,
                    !before.outcome().equals(after.outcome()) || !Objects.equals(before.csr(), after.csr())));
        }
        return list;
    }

    private static Side side(JsonNode side) {
        JsonNode aptc = side.path("aptc");
        return new Side(side.path("outcome").asText("none"), side.hasNonNull("csr") ? side.get("csr").asText() : null,
                aptc.isNumber() ? aptc.decimalValue() : BigDecimal.ZERO);
    }
}
