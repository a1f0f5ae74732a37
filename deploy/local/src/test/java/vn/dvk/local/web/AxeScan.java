package vn.dvk.local.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (the accessibility engine browsers' tools use) run on the page as it stands, from the copy the web
 * app's build installed (deploy/web-app/node_modules/axe-core, a devDependency pinned in its package-lock.json).
 */
final class AxeScan {

    private static final Path AXE = Path.of("../web-app/node_modules/axe-core/axe.min.js");
    /** axe.min.js, read once: 650 kB that each scan sent through the driver and the page parsed again. */
    private static String source;

    private AxeScan() {
    }

    /** The violations of impact serious or critical: rule id, impact and the first elements at fault. */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(WebDriver browser) {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        // the app changes screens without loading a page: axe stays on the window from one scan to the next
        if (Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'undefined'"))) {
            js.executeScript(source());
        }
        // axe measures a colour through its element's opacity: a dialog still fading in (Mantine's 200 ms) reads as
        // low contrast, so the scan waits for the page's transitions to end (a loader's endless spin excepted)
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const moving = () => document.getAnimations().filter(a => a.playState === 'running'
                        && Number.isFinite(a.effect?.getComputedTiming().endTime));
                const settled = async () => {
                    for (let round = 0; round < 20 && moving().length > 0; round++) {
                        await Promise.race([Promise.allSettled(moving().map(a => a.finished)),
                                new Promise(resolve => setTimeout(resolve, 500))]);
                    }
                };
                settled().then(() => axe.run(document, { resultTypes: ['violations'] }))
                   .then(r => done(r.violations.map(v => ({ id: v.id, impact: v.impact,
                        nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ') }))))
                   .catch(e => done([{ id: 'axe failed', impact: 'critical', nodes: String(e) }]));
                """);
        return ((List<Map<String, Object>>) result).stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("nodes"))
                .toList();
    }

    private static synchronized String source() {
        if (source == null) {
            try {
                source = Files.readString(AXE);
            } catch (IOException e) {
                throw new UncheckedIOException("axe-core is installed by deploy/web-app's build (npm ci)", e);
            }
        }
        return source;
    }
}
