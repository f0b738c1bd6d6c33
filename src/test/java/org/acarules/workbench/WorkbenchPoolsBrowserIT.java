package org.acarules.workbench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.acarules.batch.ServiceJar;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.support.ui.Select;

/**
 * The workbench's pools page in a real browser (headless chromium) on the packaged service: an analyst starts the
 * statistics and a projection of a few stored applicants, follows each job's progress until it completes, and reads
 * the charts and their tables, whose numbers must be the ones the REST API answers for the same request. A client
 * may not open the page. Screenshots: target/workbench-screenshots/pools-NN-*.png; every page passes axe-core's WCAG
 * 2.1 AA check without a serious or critical violation and fits 1366 px.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkbenchPoolsBrowserIT {
    private static final Path APP = Path.of("target/quarkus-app");
    private static final Path DIR = Path.of("target/workbench-pools-browser-it");
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final int HOUSEHOLDS = 40;

    private static ServiceJar service;
    private static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Browser.recreate(DIR);
        Browser.deleteScreenshots(name -> name.startsWith("pools-"));
        service = ServiceJar.start(APP, DIR, ServiceJar.database(DIR), List.of("-Xmx768m"), Map.of());
        browser = new Browser(service.uri("").toString(), "pools-");
        storeApplicants();
    }

    @AfterAll
    static void stop() throws Exception {
        Browser.closeAll(browser, service);
    }

    @Test
    @Order(1)
    void aClientMayNotOpenThePoolsPage() throws Exception {
        browser.signIn("client", "client");
        assertTrue(browser.path().startsWith("/workbench/sign-in"), "a client is sent back to the sign-in page");
        assertEquals(403, status("/workbench/pools", browser.sessionCookie()));
        assertEquals(403, status("/workbench/pools/jobs/1", browser.sessionCookie()));
        browser.signOut();
        browser.open("/workbench/pools");
        assertTrue(browser.path().startsWith("/workbench/sign-in"), "signed out, the page leads to the sign-in form");
    }

    @Test
    @Order(2)
    void anAnalystRunsTheStatisticsAndReadsTheirChartsAndTables() throws Exception {
        browser.signIn("analyst", "analyst");
        browser.open("/workbench");
        browser.submit("nav a[href='/workbench/pools']", "#start-statistics");
        browser.check("form");
        new Select(browser.find("#statistics-year")).selectByValue("2026");
        new Select(browser.find("#statistics-state")).selectByValue("TX");
        browser.submit("#start-statistics", "#pool-job");
        assertTrue(browser.path().startsWith("/workbench/pools/jobs/"), browser.path());
        browser.check("statistics-progress");
        awaitCompleted("#by-outcome-table");
        assertEquals(HOUSEHOLDS + " of " + HOUSEHOLDS, browser.text("#job-processed") + " of " + browser.text("#job-total"));
        assertEquals("100", browser.text("#job-percent"));

        JsonNode api = JSON.readTree(service.get("/api/v1/pools/statistics?year=2026&state=TX"));
        assertEquals(api.path("households").asText(), browser.text("#stat-households"));
        assertEquals(api.path("persons").asText(), browser.text("#stat-persons"));
        for (String figure : List.of("by-outcome", "by-fpl-band", "by-age-band")) {
            String field = figure.replace('-', '_');
            for (JsonNode count : api.path(field)) {
                String row = rowText("#" + figure + "-table", count.path("key").asText());
                assertTrue(row.contains(whole(count.path("persons").asLong())), figure + " " + count + ": " + row);
            }
            assertTrue(drawn(figure + "-chart"), "Chart.js drew " + figure);
        }
        browser.check("statistics-result");
    }

    @Test
    @Order(3)
    void anAnalystRunsAProjectionAndReadsThePremiumsEnrollmentAndComposition() throws Exception {
        browser.open("/workbench/pools");
        for (var box : browser.findAll("input[name=scenario]")) {
            box.click(); // every scenario unticked: the service refuses, naming the field
        }
        browser.submit("#start-projection", "#form-errors");
        assertTrue(browser.text("#form-errors").contains("scenarios: choose at least one scenario"), browser.text("#form-errors"));
        browser.check("projection-refused");
        for (var box : browser.findAll("input[name=scenario]")) {
            box.click();
        }

        new Select(browser.find("#projection-year")).selectByValue("2026");
        new Select(browser.find("#projection-state")).selectByValue("TX");
        browser.find("#projection-years").clear();
        browser.find("#projection-years").sendKeys("5");
        browser.find("#projection-seed").clear();
        browser.find("#projection-seed").sendKeys("7");
        browser.submit("#start-projection", "#pool-job");
        browser.check("projection-progress");
        awaitCompleted("#premium-table");

        // the same request through the synchronous endpoint: every scenario's premium, enrollment and 18-34 share
        JsonNode api = JSON.readTree(service.post("/api/v1/pools/projections", "application/json",
                HttpRequest.BodyPublishers.ofString("{\"year\": 2026, \"state\": \"TX\", \"years\": 5, \"seed\": 7}"), 200));
        assertEquals(4, api.path("scenarios").size());
        for (JsonNode scenario : api.path("scenarios")) {
            String name = scenario.path("scenario").path("name").asText();
            int column = columnOf("#premium-table", name);
            assertTrue(rowText("#verdicts", name).contains(scenario.path("verdict").asText().replace('_', ' ')), name);
            for (JsonNode year : scenario.path("years")) {
                String y = year.path("year").asText();
                assertEquals(dollars(year.path("premium40_monthly").decimalValue()), cell("#premium-table", y, column), name + " " + y);
                assertEquals(whole(year.path("enrolled").asLong()), cell("#enrollment-table", y, column), name + " " + y);
                JsonNode young = year.path("share_18_to_34"); // null when no one is enrolled: an empty cell
                assertEquals(young.isNull() ? "" : young.decimalValue().movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP) + "%",
                        cell("#young-share-table", y, column), name + " " + y);
            }
        }
        for (String figure : List.of("premium", "enrollment", "young-share", "subsidised-share", "uninsured")) {
            assertTrue(drawn(figure + "-chart"), "Chart.js drew " + figure);
        }
        // the exported chart is there too, with dollar ticks
        String svg = service.get(browser.find("a[href$='premium.svg']").getAttribute("href").replaceFirst("^https?://[^/]+", ""));
        assertTrue(svg.contains("<svg") && svg.contains(">$"), "premium.svg with dollar tick labels");
        browser.check("projection-result");
        browser.open("/workbench/pools");
        assertTrue(browser.findAll("#pool-jobs tbody tr").size() >= 2, "the recent jobs are listed");
        browser.check("recent-jobs");
    }

    @Test
    @Order(4)
    void everyPagePassedAxeCoreAndFitsTheWindow() {
        assertEquals(List.of(), browser.accessibilityFailures(), "axe-core: serious or critical violations");
        assertEquals(List.of(), browser.layoutFailures(), "pages that do not fit the window's width");
    }

    /** Waits for the job to complete (the page's script follows it, then loads the page again with the result). */
    private static void awaitCompleted(String resultElement) {
        browser.await("#job-status", "completed");
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofMinutes(2))
                .until(d -> !browser.findAll(resultElement).isEmpty() && (Boolean) browser.script(
                        "return typeof Chart !== 'undefined' && document.readyState === 'complete';"));
    }


    private static boolean drawn(String canvas) {
        return (Boolean) browser.script("return !!Chart.getChart(document.getElementById(arguments[0]));", canvas);
    }

    private static String rowText(String table, String head) {
        return browser.findAll(table + " tbody tr").stream().filter(r -> r.findElement(org.openqa.selenium.By.cssSelector("th"))
                .getText().equals(head)).findFirst().orElseThrow(() -> new AssertionError(table + ": no row " + head)).getText();
    }

    private static int columnOf(String table, String head) {
        List<String> heads = browser.findAll(table + " thead th").stream().map(e -> e.getText()).toList();
        int i = heads.indexOf(head);
        assertTrue(i > 0, table + ": no column " + head + " in " + heads);
        return i;
    }

    private static String cell(String table, String row, int column) {
        return browser.findAll(table + " tbody tr").stream()
                .filter(r -> r.findElement(org.openqa.selenium.By.cssSelector("th")).getText().equals(row)).findFirst()
                .orElseThrow(() -> new AssertionError(table + ": no row " + row))
                .findElements(org.openqa.selenium.By.cssSelector("th, td")).get(column).getText();
    }

    private static String whole(long n) {
        return NumberFormat.getIntegerInstance(Locale.US).format(n);
    }

    private static String dollars(BigDecimal amount) {
        return NumberFormat.getCurrencyInstance(Locale.US).format(amount);
    }

    /** 40 single-person Texas households, incomes $9,000 to $126,000, ages 19 to 63: the pool has some of each. */
    private static void storeApplicants() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < HOUSEHOLDS; i++) {
            lines.append("{\"external_id\": \"pools-").append(i).append("\", \"request\": {\"year\": 2026, \"place\": {\"state\":"
                    + " \"TX\", \"countyfips\": \"48201\", \"zipcode\": \"77002\"}, \"household\": {\"income\": ")
                    .append(9_000 + 3_000 * i).append(", \"filing_status\": \"single\", \"people\": [{\"id\": \"p\", \"age\": ")
                    .append(19 + (i * 11) % 45).append(", \"relationship\": \"self\", \"immigration_status\": \"citizen\"}]},"
                    + " \"benchmark_premium\": {\"monthly\": ").append(480 + 7 * i).append("}}}\n");
        }
        service.post("/api/v1/applicants", "application/x-ndjson", HttpRequest.BodyPublishers.ofString(lines.toString()), 200);
    }

    /** The status of a page asked for with a workbench session (the browser's cookie), without following redirects. */
    private static int status(String path, String session) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(service.uri(path)).header("Cookie", "quarkus-credential=" + session).GET().build();
        return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
