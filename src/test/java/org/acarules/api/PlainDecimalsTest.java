package org.acarules.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The service's own mapper writes money as people write it (issue "The API as a contract": 1.565E+4 in compare). */
@QuarkusTest
class PlainDecimalsTest {
    @Inject
    ObjectMapper mapper;

    @Test
    void strippedDecimalsAreWrittenPlain() throws Exception {
        BigDecimal guideline = new BigDecimal("15650.00").stripTrailingZeros(); // BigDecimal.toString(): 1.565E+4
        assertEquals("{\"poverty_guideline\":15650}", mapper.writeValueAsString(Map.of("poverty_guideline", guideline)));
        assertEquals("0.0000001", mapper.writeValueAsString(new BigDecimal("1E-7")));
    }

    @Test
    void treesComparedInAWhatIfAreWrittenPlainToo() throws Exception {
        var tree = mapper.valueToTree(Map.of("amount", new BigDecimal("2.4E+3")));
        assertEquals("{\"amount\":2400}", mapper.writeValueAsString(tree));
    }
}
