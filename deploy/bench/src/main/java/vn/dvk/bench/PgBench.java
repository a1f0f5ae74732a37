package vn.dvk.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * PostgreSQL's own {@code pgbench}, running a script of statements as fast as {@code clients} connections can:
 * what the database alone sustains for the statements a request runs, on the same server and with the same
 * durability (each commit flushed), the floor under that request.
 */
record PgBench(String host, int port, String user, String password, String database, int clients,
        Duration duration, Path workDirectory) {

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

    /** Runs {@code script} (pgbench's script language: SQL ending in ';'); per-transaction latencies from its log. */
    Wrk.Result run(String name, String script) throws IOException, InterruptedException {
        Files.createDirectories(workDirectory);
        Path file = workDirectory.resolve(name + ".sql");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        String prefix = workDirectory.resolve(name).toString();
        deleteLogs(name);
        List<String> command = List.of("pgbench", "-n", "-h", host, "-p", Integer.toString(port), "-U", user,
                "-c", Integer.toString(clients), "-j", "2", "-T", Long.toString(Math.max(1, duration.toSeconds())),
                "-f", file.toString(), "-l", "--log-prefix=" + prefix, database);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", password);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(duration.toSeconds() + 60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("pgbench failed on " + file + ":\n" + output);
        }
        Matcher tps = TPS.matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException("pgbench printed no rate:\n" + output);
        }
        List<Long> micros = latencies(name);
        Latencies latencies = Latencies.of(name, micros);
        return new Wrk.Result(Double.parseDouble(tps.group(1)), latencies.median() / 1000.0,
                latencies.percentile(99) / 1000.0, micros.size(), failed(output));
    }

    private static long failed(String output) {
        Matcher failed = Pattern.compile("number of failed transactions: (\\d+)").matcher(output);
        return failed.find() ? Long.parseLong(failed.group(1)) : 0;
    }

    /** pgbench -l: one line per transaction, "client transaction latency_us script epoch_s epoch_us". */
    private List<Long> latencies(String name) throws IOException {
        List<Long> micros = new ArrayList<>();
        for (Path log : logs(name)) {
            for (String line : Files.readAllLines(log)) {
                String[] fields = line.trim().split("\\s+");
                if (fields.length >= 3 && fields[2].matches("\\d+")) {
                    micros.add(Long.parseLong(fields[2]));
                }
            }
        }
        if (micros.isEmpty()) {
            throw new IllegalStateException("pgbench wrote no transaction log for " + name);
        }
        return micros;
    }

    private List<Path> logs(String name) throws IOException {
        try (Stream<Path> files = Files.list(workDirectory)) {
            return files.filter(f -> f.getFileName().toString().startsWith(name + ".")
                    && !f.getFileName().toString().endsWith(".sql")).toList();
        }
    }

    private void deleteLogs(String name) throws IOException {
        for (Path log : logs(name)) {
            Files.delete(log);
        }
    }
}
