package vn.dvk.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium, headless, driven through its chromedriver, for the tests of the pages the services serve. As
 * root and without outside network it runs without sandbox and fetches nothing in the background; each browser has
 * a fresh profile, removed when it closes. Screenshots go to {@code target/browser} of the module under test.
 *
 * <p>{@link #open()} hands out a browser of this JVM's pool instead of starting one: starting chromium and its driver
 * costs about a second and a half of CPU, and a day in the web app opened one per person and screen width. A
 * browser handed back is wiped as a new one would be (every origin's cookies, storage and cache, one blank window at
 * the default size, its console read) before anyone gets it again.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "browser");
    private static final Dimension DEFAULT_SIZE = new Dimension(1400, 1100);
    private static final Duration POLL = Duration.ofMillis(100);
    /** Browsers handed back to the pool, wiped, for the next {@link #open()}. */
    private static final Deque<HeadlessChromium> IDLE = new ConcurrentLinkedDeque<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(HeadlessChromium::quitIdle, "quit idle chromium"));
    }

    private final WebDriver driver;
    private final Path profile;
    private final boolean pooled;

    /** A browser of its own, quit when it closes. */
    public HeadlessChromium() {
        this(false);
    }

    private HeadlessChromium(boolean pooled) {
        this.pooled = pooled;
        installIfMissing();
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "the pages' tests need Debian's chromium and chromium-driver (apt-get install chromium "
                        + "chromium-driver; .ci/run installs them)");
        try {
            profile = Files.createTempDirectory("dvk-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=" + DEFAULT_SIZE.width + "," + DEFAULT_SIZE.height,
                "--user-data-dir=" + profile);
        // the pages' console (errors, failed fetches) is kept for a failing test to show
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    /** A browser from this JVM's pool, as a new one would be; closing it hands it back. */
    public static HeadlessChromium open() {
        HeadlessChromium idle = IDLE.poll();
        return idle != null ? idle : new HeadlessChromium(true);
    }

    /** Quits the pool's browsers (a suite that checks it leaves no process behind calls it first). */
    public static void quitIdle() {
        for (HeadlessChromium idle = IDLE.poll(); idle != null; idle = IDLE.poll()) {
            idle.quit();
        }
    }

    /**
     * On a fresh Debian machine, as root (as CI and the quick start run), installs the two packages once, so that
     * {@code ./mvnw verify} needs nothing but a JDK; elsewhere the assertion above says what to install.
     */
    private static synchronized void installIfMissing() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)
                || !Files.isExecutable(Path.of("/usr/bin/apt-get")) || !"root".equals(System.getProperty("user.name"))) {
            return;
        }
        try {
            ProcessBuilder apt = new ProcessBuilder("sh", "-c", "apt-get update -qq && apt-get install -y -qq "
                    + "--no-install-recommends chromium chromium-driver").inheritIO()
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            apt.environment().put("DEBIAN_FRONTEND", "noninteractive");
            apt.start().waitFor(10, java.util.concurrent.TimeUnit.MINUTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * Waits up to {@code timeout} for what the page should come to; an element looked for while the browser moves
     * to another page (a sign-in's redirects) is looked for again.
     */
    public WebDriverWait waiting(Duration timeout) {
        // Selenium looks again every 500 ms by default: on average a quarter of a second lost per wait for a screen
        // that answers in tens of milliseconds, hundreds of times in a day in the app
        WebDriverWait wait = new WebDriverWait(driver, timeout, POLL);
        wait.ignoring(StaleElementReferenceException.class);
        wait.ignoring(NoSuchElementException.class);
        // the page being replaced under a command ("node does not belong to the document") is the same race
        wait.ignoring(WebDriverException.class);
        return wait;
    }

    /** What the pages wrote to the console so far (errors, refused requests), one line per entry. */
    public String console() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::toString)
                .collect(Collectors.joining("\n"));
    }

    /**
     * What the browser refused under the pages' Content-Security-Policy since the last look: Chromium reports each
     * refusal (a script, style, connection or frame the policy does not allow) on the console, one entry each. Reading
     * them empties the browser's log, as {@link #console()} does.
     */
    public List<String> contentSecurityPolicyViolations() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::toString)
                .filter(entry -> entry.contains("Content Security Policy")).toList();
    }

    /** Keeps what the browser shows now as {@code target/browser/<name>}. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
            return Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A pooled browser goes back to the pool once wiped (quit if it cannot be); any other quits. */
    @Override
    public void close() {
        if (pooled && wiped()) {
            IDLE.push(this);
        } else {
            quit();
        }
    }

    /**
     * Leaves the browser as a new one: one blank window at the default size, no cookie, storage (local, session,
     * IndexedDB, service workers) or cache of any origin ("*", which Chromium's DevTools take as every origin), the
     * console read. False if the browser does not answer.
     */
    private boolean wiped() {
        try {
            List<String> windows = List.copyOf(driver.getWindowHandles());
            for (String window : windows.subList(1, windows.size())) {
                driver.switchTo().window(window).close();
            }
            driver.switchTo().window(windows.get(0));
            driver.get("about:blank");
            ChromeDriver chrome = (ChromeDriver) driver;
            chrome.executeCdpCommand("Network.clearBrowserCookies", Map.of());
            chrome.executeCdpCommand("Network.clearBrowserCache", Map.of());
            chrome.executeCdpCommand("Storage.clearDataForOrigin", Map.of("origin", "*", "storageTypes", "all"));
            driver.manage().window().setSize(DEFAULT_SIZE);
            driver.manage().logs().get(LogType.BROWSER);
            return true;
        } catch (WebDriverException e) {
            return false;
        }
    }

    private void quit() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
