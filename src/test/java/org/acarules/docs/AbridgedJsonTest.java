package org.acarules.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the docs' abridged answers are read: what an ellipsis stands for, and what must still match. */
class AbridgedJsonTest {
    private final ObjectMapper mapper = new ObjectMapper();

    private List<String> check(String shown, String actual) throws Exception {
        JsonNode answer = mapper.readTree(actual);
        return AbridgedJson.mismatches(shown, answer);
    }

    @Test
    void membersLeftOutWithAnEllipsisAndNumbersComparedAsNumbers() throws Exception {
        assertEquals(List.of(), check("{\"a\": 1.50, …}", "{\"a\": 1.5, \"b\": 2}"));
        assertEquals(List.of(), check("{\"a\": 1.50, ...}", "{\"a\": 1.5, \"b\": 2}"));
        assertEquals(List.of("$.a: shown 1.51, is 1.5"), check("{\"a\": 1.51, …}", "{\"a\": 1.5}"));
        assertEquals(List.of("$.c: missing (shown 3)"), check("{\"c\": 3}", "{\"a\": 1.5}"));
    }

    @Test
    void aWholeStringEllipsisIsAnyValueAndATrailingOneAnyRest() throws Exception {
        assertEquals(List.of(), check("{\"v\": \"…\", \"t\": \"Household income is…\"}",
                "{\"v\": \"a1b2\", \"t\": \"Household income is at least the line\"}"));
        assertEquals(1, check("{\"t\": \"Household income was…\"}", "{\"t\": \"Household income is\"}").size());
        assertEquals(List.of("$.v: missing"), check("{\"v\": \"…\"}", "{}"));
        assertEquals(List.of(), check("{\"n\": …, \"m\": [1, …]}", "{\"n\": 42, \"m\": [1, 2]}"));
        assertEquals(List.of("$.n: missing"), check("{\"n\": …}", "{}"));
    }

    @Test
    void arraysWithAnEllipsisMatchInOrderAndWithoutOneExactly() throws Exception {
        String actual = "{\"r\": [{\"rule\": \"A\"}, {\"rule\": \"B\"}, {\"rule\": \"C\"}]}";
        assertEquals(List.of(), check("{\"r\": [{\"rule\": \"A\"}, …, {\"rule\": \"C\"}]}", actual));
        assertEquals(List.of(), check("{\"r\": [{\"rule\": \"B\"}, …]}", actual));
        assertEquals(1, check("{\"r\": [{\"rule\": \"C\"}, {\"rule\": \"A\"}, …]}", actual).size(), "order counts");
        assertEquals(List.of("$.r: shown 1 elements, has 3"), check("{\"r\": [{\"rule\": \"A\"}]}", actual));
        assertTrue(check("{\"r\": [\"x\", …]}", "{\"r\": []}").get(0).startsWith("$.r: no element"));
    }

    @Test
    void anEllipsisInsideAStringIsText() throws Exception {
        assertEquals(List.of(), check("{\"t\": \"a ... b\"}", "{\"t\": \"a ... b\"}"));
    }
}
