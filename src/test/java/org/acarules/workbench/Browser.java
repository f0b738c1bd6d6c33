package org.acarules.workbench;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium, headless, driven by its chromedriver: opens the workbench's pages, saves a screenshot of each
 * under target/workbench-screenshots, checks each with axe-core (WCAG 2.1 A and AA) and keeps the server time of
 * each page load (the browser's Navigation Timing: from sending the request to the first byte of the answer).
 */
final class Browser implements AutoCloseable {
    static final Path SCREENSHOTS = Path.of("target/workbench-screenshots");
    private static final int WIDTH = 1366;
    private static final int HEIGHT = 1000;
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final ChromeDriver driver;
    private final String base;
    private final List<String> accessibilityFailures = new ArrayList<>();
    private final List<String> layoutFailures = new ArrayList<>();
    private final Map<String, Long> serverMillis = new TreeMap<>();
    private final String prefix;
    private int shots;

    Browser(String base) throws IOException {
        this(base, "");
    }

    /** A browser whose screenshots are named {@code prefixNN-name.png}, apart from the other tests' ones. */
    Browser(String base, String prefix) throws IOException {
        this.base = base;
        this.prefix = prefix;
        Files.createDirectories(SCREENSHOTS);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(executable("chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1366,1000",
                "--lang=en-US", "--disable-gpu");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(executable("chromedriver", "/usr/bin/chromedriver")).toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofMinutes(5)); // a scenario run answers in tens of seconds
    }

    private static String executable(String name, String debianPath) {
        if (!Files.isExecutable(Path.of(debianPath))) {
            throw new IllegalStateException(debianPath + " is missing: apt-get install -y chromium chromium-driver"
                    + " (.ci/run installs them)");
        }
        return debianPath;
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(base + path);
    }

    String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    /**
     * Clicks a button that posts a form and waits for the page that answers (up to 5 minutes: a scenario run on a
     * loaded machine), known by an element of it ({@code expected}, a CSS selector list): a click returns once the
     * navigation starts, not when the answer has come.
     */
    void submit(String button, String expected) {
        WebElement page = find("html");
        find(button).click();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofMinutes(5));
        // the old page is gone: chromium says so as a stale element, or, mid-navigation, as a node no longer in the document
        wait.until(d -> {
            try {
                page.isEnabled();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(expected)));
    }

    /** Waits until the element shows {@code text} (a page's script updates it). */
    void await(String css, String text) {
        new WebDriverWait(driver, Duration.ofMinutes(3))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(css), text));
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text(String css) {
        return find(css).getText();
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    void signIn(String user, String password) {
        open("/workbench/sign-in");
        find("#j_username").sendKeys(user);
        find("#j_password").sendKeys(password);
        submit("form.form button[type=submit]", "main h1");
    }

    void signOut() {
        submit("form.sign-out button", "#j_username");
    }

    String sessionCookie() {
        return driver.manage().getCookieNamed("quarkus-credential").getValue();
    }

    /**
     * The page as it stands: a screenshot named {@code NN-name.png}, the page's server time, and axe-core's check;
     * serious and critical violations are collected (and failed on at the end, so one run shows all of them).
     */
    void check(String name) throws IOException {
        Path shot = SCREENSHOTS.resolve(String.format("%s%02d-%s.png", prefix, ++shots, name));
        Object height = script("return document.documentElement.scrollHeight;");
        // the whole page, up to 4,000 px: the window grows to it for the screenshot (the charts lie below the fold)
        driver.manage().window().setSize(new Dimension(WIDTH, Math.min(4000, ((Number) height).intValue())));
        Path taken = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(taken, shot, StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(new Dimension(WIDTH, HEIGHT));
        Object server = script("var n = performance.getEntriesByType('navigation')[0];"
                + " return n ? Math.round(n.responseStart - n.requestStart) : null;");
        if (server instanceof Number millis) {
            serverMillis.put(shot.getFileName().toString(), millis.longValue());
        }
        Object overflow = script("if (document.documentElement.scrollWidth <= document.documentElement.clientWidth) return null;"
                + " var w = document.documentElement.clientWidth, worst = null;"
                + " document.querySelectorAll('body *').forEach(function (e) { var r = e.getBoundingClientRect();"
                + "   if (r.right > w + 1 && (!worst || r.right > worst.r)) worst = {r: r.right, e: e}; });"
                + " return worst ? worst.e.tagName + '.' + worst.e.className + ' ends at ' + Math.round(worst.r) + ' px' : 'unknown';");
        if (overflow != null) {
            layoutFailures.add(name + ": the page scrolls sideways at 1366 px: " + overflow);
        }
        Results results = new AxeBuilder().withTags(WCAG).analyze(driver);
        for (Rule violation : results.getViolations()) {
            if ("serious".equals(violation.getImpact()) || "critical".equals(violation.getImpact())) {
                accessibilityFailures.add(name + ": " + violation.getImpact() + " " + violation.getId() + " ("
                        + violation.getHelp() + ") at " + violation.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget())).limit(3).toList());
            }
        }
    }

    /** Opens a page only to record its server time (a second visit: the service is warm). */
    void time(String name, String path) {
        open(path);
        Object server = script("var n = performance.getEntriesByType('navigation')[0];"
                + " return n ? Math.round(n.responseStart - n.requestStart) : null;");
        if (server instanceof Number millis) {
            serverMillis.put("warm-" + name, millis.longValue());
        }
    }

    List<String> accessibilityFailures() {
        return accessibilityFailures;
    }

    List<String> layoutFailures() {
        return layoutFailures;
    }

    Map<String, Long> serverMillis() {
        return serverMillis;
    }

    @Override
    public void close() {
        driver.quit();
    }

    /** Closes what a test started (a browser, a service, a provider), whichever of them did start (null: not). */
    static void closeAll(AutoCloseable... started) throws Exception {
        for (AutoCloseable c : started) {
            if (c != null) {
                c.close();
            }
        }
    }

    /** An empty folder for a test's own service (its database and files), whatever an earlier run left there. */
    static void recreate(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(dir);
    }

    /** Deletes an earlier run's screenshots that {@code ours} selects by file name, keeping the other tests'. */
    static void deleteScreenshots(java.util.function.Predicate<String> ours) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        try (var files = Files.list(SCREENSHOTS)) {
            files.filter(p -> ours.test(p.getFileName().toString())).forEach(p -> p.toFile().delete());
        }
    }
}
