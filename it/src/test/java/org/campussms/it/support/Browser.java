package org.campussms.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import org.campussms.devstack.WildFlyServer;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (the machine's, driven by its ChromeDriver; nothing is downloaded), for tests that use the
 * browser inbox as staff would. Its profile is new and empty each time.
 */
public final class Browser implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String DOWNLOADS = "downloads";

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    public static Browser open(int width, int height) {
        // Selenium Manager must not look for a driver on the network: these machines have none to reach.
        System.setProperty("SE_OFFLINE", "true");
        Path profile;
        try {
            profile = Files.createTempDirectory("campus-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions()
                .setBinary(System.getProperty("it.chromium", "/usr/bin/chromium"))
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--lang=en-US",
                        "--window-size=" + width + "," + height, "--user-data-dir=" + profile);
        // What the page logs as errors (a failed load, a script refused by the policy), for consoleErrors().
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("it.chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        // Headless Chromium keeps its window at least 500 px wide: the viewport is set as a phone's would be.
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", false));
        // Headless Chromium saves downloads only where it is told to.
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath",
                profile.resolve(DOWNLOADS).toAbsolutePath().toString()));
        return new Browser(driver, profile);
    }

    /**
     * The errors the browser's console showed since the last call (failed loads, scripts or styles the page's
     * policy refused, uncaught exceptions), leaving out those of pages of {@code ignoredOrigin} (the sign-in
     * provider's own page, which is not ours).
     */
    public List<String> consoleErrors(String ignoredOrigin) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(message -> ignoredOrigin == null || !message.startsWith(ignoredOrigin))
                .toList();
    }

    public Browser go(String url) {
        driver.get(url);
        return this;
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    /** Waits until the condition holds (or returns non-null), and gives its value. */
    public <T> T await(String what, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, PATIENCE).withMessage(what).until(condition);
    }

    public WebElement awaitVisible(String what, By locator) {
        return await(what, d -> d.findElements(locator).stream().filter(WebElement::isDisplayed).findFirst()
                .orElse(null));
    }

    /** The button whose text is this, as a sighted user or a screen reader finds it. */
    public static By button(String text) {
        return By.xpath("//button[normalize-space(.)='" + text + "']");
    }

    /**
     * Picks an option of a labelled select (React Aria's: a button that opens a list box; its label is a span) as a
     * user would: open it, press the option, see it chosen.
     */
    public void choose(String label, String option) {
        By picker = By.xpath("//*[self::label or self::span][normalize-space(.)='" + label + "']/following::button[1]");
        awaitVisible("the " + label + " picker", picker).click();
        awaitVisible(option + " among the choices", By.xpath("//*[@role='option'][normalize-space(.)='" + option
                + "']")).click();
        await(option + " chosen as " + label, d -> d.findElement(picker).getText().contains(option));
    }

    /** Any element whose own text is this. */
    public static By text(String text) {
        return By.xpath("//*[normalize-space(text())='" + text + "']");
    }

    /** Moves to the window the page opened last (window.open), waiting for it to exist. */
    public Browser switchToNewestWindow() {
        String current = driver.getWindowHandle();
        String opened = await("a window opened by the page", d -> d.getWindowHandles().stream()
                .filter(h -> !h.equals(current)).reduce((first, second) -> second).orElse(null));
        driver.switchTo().window(opened);
        return this;
    }

    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    public Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Runs a script that calls its last argument when done, waiting for it as long as given. */
    public Object scriptAsync(Duration patience, String script, Object... args) {
        driver.manage().timeouts().scriptTimeout(patience);
        return ((JavascriptExecutor) driver).executeAsyncScript(script, args);
    }

    /** Milliseconds from navigation start until the condition held, read from the page's own clock. */
    public long millisSinceNavigation() {
        return ((Number) script("return Math.round(performance.now())")).longValue();
    }

    /** The text of a file the page downloaded, once Chromium has finished writing it. */
    public String awaitDownload(String fileName) {
        Path file = profile.resolve(DOWNLOADS).resolve(fileName);
        return await("the download of " + fileName, d -> {
            try {
                return Files.exists(file) && !Files.exists(file.resolveSibling(fileName + ".crdownload"))
                        ? Files.readString(file, StandardCharsets.UTF_8) : null;
            } catch (IOException e) {
                return null;
            }
        });
    }

    /** Saves a PNG of what is on screen under target/screenshots/. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs axe-core (the UI build's copy, served nowhere: injected here) over the page for WCAG 2.1 A and AA, and
     * gives the serious and critical violations, each as "rule: where (the start of its HTML)".
     */
    @SuppressWarnings("unchecked")
    public List<String> seriousAccessibilityViolations() {
        String axe;
        try {
            axe = Files.readString(Path.of(System.getProperty("it.axe",
                    "../ui/src/main/frontend/node_modules/axe-core/axe.min.js")), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("axe-core is missing: build the ui module first", e);
        }
        script(axe);
        Object result = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
                  .then(r => done(r.violations
                      .filter(v => v.impact === 'serious' || v.impact === 'critical')
                      .map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ') + ' ' + n.html.slice(0, 160))
                        .join(', '))),
                    e => done(['axe failed: ' + e]));
                """);
        return (List<String>) result;
    }

    @Override
    public void close() {
        driver.quit();
        try {
            WildFlyServer.deleteRecursively(profile);
        } catch (IOException e) {
            // A profile left in the temporary directory is harmless.
        }
    }
}
