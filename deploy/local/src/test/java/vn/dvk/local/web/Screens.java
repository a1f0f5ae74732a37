package vn.dvk.local.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import vn.dvk.testing.HeadlessChromium;

/** What a person does on the app's screens, by the words they read: labels, buttons, headings. */
record Screens(HeadlessChromium chromium, String prefix) {

    private static final Duration WAIT = Duration.ofSeconds(30);

    /** Opens the app and signs in on Keycloak's page as a demo user. */
    void signIn(String app, String user) {
        chromium.driver().get(app);
        click(By.xpath("//button[normalize-space(.)='Đăng nhập']"));
        waitFor(By.id("username")).sendKeys(user);
        chromium.driver().findElement(By.id("password")).sendKeys(WebSuite.DEMO_PASSWORD);
        chromium.driver().findElement(By.id("kc-login")).click();
    }

    WebElement waitFor(By by) {
        return chromium.waiting(WAIT).until(b -> b.findElements(by).stream().filter(WebElement::isDisplayed)
                .findFirst().orElse(null));
    }

    void waitForText(By by, String text) {
        try {
            chromium.waiting(WAIT).until(b -> b.findElements(by).stream().anyMatch(e -> e.getText().contains(text)));
        } catch (org.openqa.selenium.TimeoutException e) {
            shot("failed");
            throw new AssertionError("no " + by + " says \"" + text + "\" at " + chromium.driver().getCurrentUrl()
                    + "; the console said:\n" + chromium.console(), e);
        }
    }

    List<String> texts(By by) {
        return chromium.driver().findElements(by).stream().map(WebElement::getText).toList();
    }

    /**
     * Clicks what a person would click, once nothing lies over it: a notification fading out over a phone's menu
     * button takes the first click otherwise.
     */
    void click(By by) {
        WebElement element = waitFor(by);
        ((JavascriptExecutor) chromium.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        chromium.waiting(WAIT).ignoring(ElementClickInterceptedException.class).until(b -> {
            element.click();
            return true;
        });
    }

    WebElement input(String label) {
        WebElement labelled = waitFor(By.xpath("//label[starts-with(normalize-space(.), '" + label + "')]"));
        return chromium.driver().findElement(By.id(labelled.getAttribute("for")));
    }

    void type(String label, String text) {
        WebElement input = input(label);
        input.clear();
        input.sendKeys(text);
    }

    /** A date field, as the browser's own picker would set it (its typed format follows the locale). */
    void setDate(String label, String isoDate) {
        ((JavascriptExecutor) chromium.driver()).executeScript("""
                const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
                setValue.call(arguments[0], arguments[1]);
                arguments[0].dispatchEvent(new Event('input', { bubbles: true }));
                """, input(label), isoDate);
    }

    /** A Mantine Select: open its list, pick the option by its words. */
    void choose(String label, String option) {
        input(label).click();
        click(By.xpath("//*[@role='option' and normalize-space(.)='" + option + "']"));
    }

    /** The error message the field shows (aria-describedby names it), or "" if it shows none. */
    String errorAt(String label) {
        WebElement input = input(label);
        String described = input.getAttribute("aria-describedby");
        if (described == null) {
            return "";
        }
        for (String id : described.split(" ")) {
            if (id.endsWith("-error")) {
                return chromium.driver().findElement(By.id(id)).getText();
            }
        }
        return "";
    }

    void shot(String name) {
        chromium.screenshot(prefix + "-" + name + ".png");
    }

    /** A screenshot, and no serious or critical axe-core violation on the screen. */
    void accessible(String name) {
        shot(name);
        assertEquals(List.of(), AxeScan.seriousViolations(chromium.driver()), name + " at " + prefix);
    }
}
