package vn.dvk.local.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import vn.dvk.testing.HeadlessChromium;

/** The scan reads a screen as it stands once it stops moving, not halfway through a transition. */
class AxeScanTest {

    /**
     * A dialog fading in over seconds, its button white on the app's red (5.4:1 once opaque), beside a spinner that
     * never stops: scanned while the dialog is still faint, axe would find the button's label below 4.5:1.
     */
    private static final String FADING_DIALOG = """
            <!doctype html><html lang="vi"><head><title>Phát lại</title><style>
              #dialog { opacity: 0; transition: opacity 4s linear; }
              #dialog.open { opacity: 1; }
              button { background: #c92a2a; color: #fff; border: 0; padding: 8px; }
              #spinner { width: 10px; height: 10px; animation: spin 1s linear infinite; }
              @keyframes spin { to { transform: rotate(360deg); } }
            </style></head><body><main>
              <div id="spinner" aria-hidden="true"></div>
              <div id="dialog" role="dialog" aria-label="Phát lại"><button>Phát lại (1)</button></div>
              <script>requestAnimationFrame(() => requestAnimationFrame(
                  () => document.getElementById('dialog').classList.add('open')));</script>
            </main></body></html>
            """;

    @Test
    void aDialogFadingInIsScannedOnceItStands() {
        try (HeadlessChromium chromium = HeadlessChromium.open()) {
            chromium.driver().get("data:text/html;charset=utf-8,"
                    + URLEncoder.encode(FADING_DIALOG, StandardCharsets.UTF_8).replace("+", "%20"));
            JavascriptExecutor js = (JavascriptExecutor) chromium.driver();
            chromium.waiting(Duration.ofSeconds(10)).until(b -> opacity(js) > 0);
            assertTrue(opacity(js) < 0.5, "the scan starts while the dialog is still faint");

            List<String> violations = AxeScan.seriousViolations(chromium.driver());

            assertEquals(List.of(), violations);
            assertEquals(1.0, opacity(js), "the dialog had finished fading in when it was scanned");
        }
    }

    private static double opacity(JavascriptExecutor js) {
        return ((Number) js.executeScript(
                "return Number(getComputedStyle(document.getElementById('dialog')).opacity)")).doubleValue();
    }
}
