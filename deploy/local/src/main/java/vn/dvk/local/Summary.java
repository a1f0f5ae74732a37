package vn.dvk.local;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import vn.dvk.keycloak.KeycloakProcess;

/** What is running where, who can log in, and how long each part took to become ready. */
record Summary(
        KeycloakProcess keycloak,
        List<ServiceProcess> services,
        URI webApp,
        String kafkaBootstrapServers,
        Database database,
        Path logDir,
        Map<String, Duration> timings) {

    /** A demo user of deploy/keycloak/dvk-realm.json. */
    record DemoUser(String username, String role, String orgId) {
    }

    static final List<DemoUser> DEMO_USERS = List.of(
            new DemoUser("unit.cadre", "submitter", "ag-syt-bvdk"),
            new DemoUser("other.unit.cadre", "submitter", "ag-sgddt-thpt-lx"),
            new DemoUser("base.reviewer", "reviewer", "ag-syt"),
            new DemoUser("base.member", "reviewer", "ag-syt"),
            new DemoUser("unit.reviewer", "reviewer", "ag-syt-bvdk"),
            new DemoUser("other.base.reviewer", "reviewer", "ag-sgddt"),
            new DemoUser("bloc.reviewer", "reviewer", "ag-dukcqdn"),
            new DemoUser("province.reviewer", "reviewer", "ag"),
            new DemoUser("province.admin", "admin", "ag"),
            new DemoUser("auditor", "auditor", "ag"),
            new DemoUser("province.leader", "leader", "ag"),
            new DemoUser("bloc.leader", "leader", "ag-dukcqdn"),
            new DemoUser("base.leader", "leader", "ag-syt"),
            new DemoUser("operator", "operator", "ag"));

    /** DEMO ONLY: the password of every demo user. */
    static final String DEMO_PASSWORD = "dvk-demo";

    void print(Console console) {
        console.line("");
        console.line("DVK suite is running.");
        if (webApp != null) {
            console.line(String.format("  %-20s %s   (sign in as a demo user below; the APIs under /api/v1 as the "
                    + "Ingress routes them)", "web app", webApp));
        }
        for (ServiceProcess service : services) {
            console.line(String.format("  %-20s API %s   Swagger UI %s", service.name(), service.apiUrl(),
                    service.swaggerUiUrl()));
        }
        console.line(String.format("  %-20s %s   admin console: %s / %s (demo)", "keycloak", keycloak.url(),
                KeycloakProcess.ADMIN_USER, KeycloakProcess.ADMIN_PASSWORD));
        console.line(String.format("  %-20s realm issuer %s", "", keycloak.issuer()));
        console.line(String.format("  %-20s bootstrap %s", "kafka", kafkaBootstrapServers));
        console.line(String.format("  %-20s %s", "postgresql", database));
        console.line(String.format("  %-20s %s", "logs", logDir));
        console.line("");
        console.line("Demo users (DEMO credentials, password '" + DEMO_PASSWORD + "' for all):");
        for (DemoUser user : DEMO_USERS) {
            console.line(String.format("  %-20s %-10s org %s", user.username(), user.role(), user.orgId()));
        }
        console.line("");
        console.line("Get an access token:");
        console.line("  curl -s -d client_id=dvk-web -d grant_type=password -d username=unit.cadre -d password="
                + DEMO_PASSWORD + " " + keycloak.tokenEndpoint());
        console.line("");
        console.line("Startup times (launch to ready):");
        timings.forEach((part, time) -> console.line(String.format("  %-20s %8s", part, Console.seconds(time))));
    }
}
