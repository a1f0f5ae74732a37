package vn.dvk.local.web;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The built web app from the class path (dvk-web-app's jar holds it under web-app/). A path that names no file is
 * one of the app's own routes (/models/…): it gets index.html, and the app's router shows the screen.
 */
final class StaticFiles {

    static final String ROOT = "web-app";

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8",
            "json", "application/json", "svg", "image/svg+xml", "png", "image/png", "ico", "image/x-icon",
            "woff2", "font/woff2");

    static boolean present() {
        return StaticFiles.class.getClassLoader().getResource(ROOT + "/index.html") != null;
    }

    void serve(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String name = path.equals("/") || path.contains("..") ? "index.html" : path.substring(1);
        InputStream file = StaticFiles.class.getClassLoader().getResourceAsStream(ROOT + "/" + name);
        if (file == null || name.endsWith("/")) {
            name = "index.html";
            file = StaticFiles.class.getClassLoader().getResourceAsStream(ROOT + "/index.html");
        }
        try (InputStream in = file) {
            byte[] content = in.readAllBytes();
            String extension = name.substring(name.lastIndexOf('.') + 1);
            exchange.getResponseHeaders().set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
            // the bundle's files carry their hash in their names; index.html must be read afresh
            exchange.getResponseHeaders().set("Cache-Control",
                    name.startsWith("assets/") ? "public, max-age=31536000, immutable" : "no-cache");
            exchange.sendResponseHeaders(200, content.length);
            exchange.getResponseBody().write(content);
        } finally {
            exchange.close();
        }
    }
}
