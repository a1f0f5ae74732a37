package vn.dvk.local;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.dvk.testing.infra.ServiceRoles;
import vn.dvk.testing.suite.ChildProcess;
import vn.dvk.testing.suite.LaunchFailure;

/**
 * One of the three DVK services, run from its packaged Quarkus application. On the embedded PostgreSQL it migrates
 * as {@code <schema>_owner} and runs as {@code <schema>_app} (passwords new at every launch), as in production.
 */
record ServiceProcess(String name, int port, Path jar, Map<String, String> extraEnvironment, ServiceRoles roles) {

    static List<ServiceProcess> all(LaunchOptions options) {
        return List.of(
                of(options, "registry-service", options.registryPort(),
                        Map.of("DVK_REGISTRY_SEED_FILE", String.join(",", options.demoData()))),
                // the demo profile brings the demo certificate signing key (public in the repository)
                of(options, "recognition-service", options.recognitionPort(), Map.of("QUARKUS_PROFILE", "prod,demo",
                        "DVK_PUBLIC_URL", "http://localhost:" + options.recognitionPort())),
                of(options, "reporting-service", options.reportingPort(), Map.of()));
    }

    private static ServiceProcess of(LaunchOptions options, String module, int port, Map<String, String> extra) {
        return new ServiceProcess(module, port,
                options.repoRoot().resolve(module).resolve("target/quarkus-app/quarkus-run.jar"), extra,
                ServiceRoles.generate(module.replace("-service", "")));
    }

    /** The service's schema in the suite's database (its application.properties: quarkus.flyway.schemas). */
    String schema() {
        return name.replace("-service", "");
    }

    /** Fails before anything starts when a service was not built. */
    void requireBuilt() {
        if (!Files.isRegularFile(jar)) {
            throw new LaunchFailure(name, null, jar + " does not exist; build the suite first with"
                    + " ./mvnw install -DskipTests (deploy/local/start.sh does)");
        }
    }

    /**
     * @param ownRoles whether the launcher created the service's roles; on a database of the user's own
     *     (DVK_DB_URL) the service migrates and runs as the user given there
     */
    ChildProcess start(Database database, boolean ownRoles, String kafkaBootstrapServers, URI oidcIssuer, Path log) {
        Map<String, String> environment = new HashMap<>(extraEnvironment);
        environment.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl());
        if (ownRoles) {
            environment.putAll(roles.environment());
        } else {
            environment.put("QUARKUS_DATASOURCE_USERNAME", database.user());
            environment.put("QUARKUS_DATASOURCE_PASSWORD", database.password());
        }
        environment.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrapServers);
        environment.put("QUARKUS_OIDC_AUTH_SERVER_URL", oidcIssuer.toString());
        environment.put("DVK_SWAGGER_UI", "true"); // not production: /q/swagger-ui for whoever tries the APIs
        // the end-to-end tests and the bench send thousands of requests a minute as a handful of users: the
        // per-client rate limits (dvk.rate-limit.*) are for the public deployment
        environment.putIfAbsent("DVK_RATE_LIMIT_ENABLED", "false");
        ServiceJvm.environment(System.getenv()).forEach(environment::putIfAbsent);
        ServiceJvm jvm = ServiceJvm.find(System.getenv());
        List<String> command = new ArrayList<>();
        command.add(jvm.java().toString());
        command.addAll(jvm.options(jar.getParent()));
        // file.encoding: Vietnamese text must not depend on the machine's locale.
        command.addAll(List.of("-Dfile.encoding=UTF-8", "-jar", jar.toString()));
        return ChildProcess.start(name, command, environment, jar.getParent(), log);
    }

    URI readinessUrl() {
        return URI.create(url() + "/q/health/ready");
    }

    URI url() {
        return URI.create("http://localhost:" + port);
    }

    URI apiUrl() {
        return URI.create(url() + "/api/v1");
    }

    URI swaggerUiUrl() {
        return URI.create(url() + "/q/swagger-ui");
    }
}
