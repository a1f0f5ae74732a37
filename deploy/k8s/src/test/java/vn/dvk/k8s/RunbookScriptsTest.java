package vn.dvk.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every procedure of the runbook is a script in deploy/k8s/scripts, and each is run here against stand-ins for
 * the cluster (ScriptRun): it must pass shellcheck, name only objects the rendered overlay has, apply only
 * manifests that validate strictly, and take its steps in the order that keeps the suite safe. What only a real
 * cluster can show (the operators' reactions, timings) is listed in README.md, "What the offline tests cannot
 * tell".
 */
class RunbookScriptsTest {

    private static final String DIGEST = "sha256:" + "ab".repeat(32);

    @Test
    void everyScriptPassesShellcheck() throws Exception {
        List<Path> scripts;
        try (Stream<Path> files = Files.list(Repo.k8s().resolve("scripts"))) {
            scripts = files.filter(f -> f.toString().endsWith(".sh")).sorted().toList();
        }
        assertTrue(scripts.size() >= 14, "scripts: " + scripts);
        List<String> command = new ArrayList<>(List.of(Preconditions.shellcheck().toString(), "-x", "-S", "style"));
        scripts.forEach(s -> command.add(s.toString()));
        Process shellcheck = new ProcessBuilder(command).directory(Repo.k8s().resolve("scripts").toFile())
                .redirectErrorStream(true).start();
        String out = new String(shellcheck.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(shellcheck.waitFor(2, TimeUnit.MINUTES));
        assertEquals(0, shellcheck.exitValue(), out);
    }

    @Test
    void everyProcedureTheReadmeDescribesIsAScriptItCalls() throws IOException {
        String readme = Files.readString(Repo.k8s().resolve("README.md"));
        try (Stream<Path> files = Files.list(Repo.k8s().resolve("scripts"))) {
            for (Path script : files.filter(f -> f.toString().endsWith(".sh")).toList()) {
                String name = script.getFileName().toString();
                assertTrue(name.equals("lib.sh") || readme.contains("scripts/" + name),
                        "README.md never calls scripts/" + name);
                assertTrue(Files.isExecutable(script) || name.equals("lib.sh"), name + " is not executable");
            }
        }
    }

    // --------------------------------------------------------------------------------------------- install

    @Test
    void installRefusesTheExampleSiteAndOtherwiseAppliesAndWaitsInOrder() {
        ScriptRun run = ScriptRun.create();
        ScriptRun.Result refused = run.run("install.sh", "prod");
        assertNotEquals(0, refused.exit(), refused.output());
        assertTrue(refused.stderr().contains("still holds examples"), refused.output());
        assertEquals(List.of(), refused.calls("kubectl"), "nothing may be applied with the examples");

        ScriptRun.Result installed = ScriptRun.create().run("install.sh", "prod", "--allow-examples");
        assertEquals(0, installed.exit(), installed.output());
        List<String> calls = installed.calls("kubectl");
        assertOrder(calls, "get crd", "get secret recognition-certificates", "apply -k", "wait kafka/dvk-kafka",
                "wait cluster.postgresql.cnpg.io --all", "wait kafkauser --all", "wait keycloak/dvk-keycloak",
                "rollout status deployment/registry-service");
        assertNamesOnlyRenderedObjects(installed, "prod");
    }

    @Test
    void installChecksTheHistoryClustersSecretsAndRetainsTheVolumes() {
        ScriptRun.Result run = ScriptRun.create()
                .reply("kubectl", "get pvc -l strimzi.io/cluster=dvk-kafka", "data-0-dvk-kafka-dual-role-0\n")
                .reply("kubectl", "get pvc -l cnpg.io/cluster", "pvc-registry-db-1\npvc-reporting-db-1\n")
                .run("install.sh", "prod", "--allow-examples");
        assertEquals(0, run.exit(), run.output());
        assertOrder(run.calls("kubectl"), "get secret dvk-history-target-ca", "get secret dvk-history-target-credentials",
                "apply -k");
        List<String> retained = run.calls("kubectl").stream().filter(c -> c.startsWith("patch pv ")).toList();
        assertEquals(List.of("data-0-dvk-kafka-dual-role-0", "pvc-registry-db-1", "pvc-reporting-db-1"),
                retained.stream().map(c -> c.split(" ")[2]).toList());
        assertTrue(retained.stream().allMatch(c -> c.contains("\"persistentVolumeReclaimPolicy\":\"Retain\"")),
                retained.toString());
    }

    @Test
    void installStopsAtAMissingSecret() {
        ScriptRun.Result run = ScriptRun.create()
                .reply("kubectl", "get secret dvk-api-tls", 1, "NotFound")
                .run("install.sh", "dev", "--allow-examples");
        assertNotEquals(0, run.exit());
        assertTrue(run.stderr().contains("create the Secret dvk-api-tls first"), run.output());
        assertTrue(run.calls("kubectl").stream().noneMatch(c -> c.startsWith("apply")), "applied anyway");
    }

    // --------------------------------------------------------------------------------------- images

    @Test
    void buildImagesPushesOnAPinnedBaseAndWritesTheDigestsIntoSiteEnv() throws IOException {
        ScriptRun run = ScriptRun.create();
        // the stand-in build writes what Jib writes after a push: target/jib-image.digest
        for (String service : ServiceConfig.MODULES) {
            Path target = Files.createDirectories(run.home().resolve(service).resolve("target"));
            Files.writeString(target.resolve("jib-image.digest"), DIGEST);
        }
        // and what the web app's build writes: its bundle
        Path bundle = Files.createDirectories(run.home().resolve("deploy/web-app/target/classes/web-app"));
        Files.writeString(bundle.resolve("index.html"), "<div id=\"root\"></div>");
        run.reply("crane", "^digest ", DIGEST);
        String base = "registry.access.redhat.com/ubi9/openjdk-17-runtime:1.23@" + DIGEST;
        ScriptRun.Result refused = run.run("build-images.sh", "prod", "registry.example/dvk", base);
        assertNotEquals(0, refused.exit(), "a snapshot was released to prod: " + refused.output());
        assertTrue(refused.stderr().contains("is a snapshot"), refused.output());

        ScriptRun.Result floating = run.run("build-images.sh", "dev", "registry.example/dvk",
                "registry.access.redhat.com/ubi9/openjdk-17-runtime:1.23");
        assertNotEquals(0, floating.exit(), floating.output());
        assertTrue(floating.stderr().contains("must be pinned by digest"), floating.output());

        ScriptRun.Result built = run.run("build-images.sh", "dev", "registry.example/dvk", base);
        assertEquals(0, built.exit(), built.output());
        String build = built.calls("mvnw").get(0);
        assertTrue(build.contains("-Ddvk.image.base=" + base) && build.contains("-Dquarkus.container-image.push=true")
                && build.contains("-Dquarkus.container-image.registry=registry.example")
                && build.contains("-Dquarkus.container-image.group=dvk"), build);
        assertTrue(built.siteEnv("dev").contains("REGISTRY_SERVICE_IMAGE=registry.example/dvk/registry-service:"
                + "1.0.0-SNAPSHOT@" + DIGEST), built.siteEnv("dev"));
        assertTrue(build.contains("deploy/web-app"), "the web app's bundle is built with the services: " + build);
        // the web app: its bundle on nginx-unprivileged pinned by digest, pushed with crane, its digest in site.env
        String append = built.calls("crane").stream().filter(c -> c.startsWith("append")).findFirst().orElseThrow();
        assertTrue(append.matches(".*--base docker.io/nginxinc/nginx-unprivileged:[^ ]+@" + DIGEST + " .*")
                && append.contains("--new_tag registry.example/dvk/web-app:1.0.0-SNAPSHOT"), append);
        assertTrue(built.siteEnv("dev").contains("WEB_APP_IMAGE=registry.example/dvk/web-app:1.0.0-SNAPSHOT@"
                + DIGEST), built.siteEnv("dev"));
        assertEquals(4, built.calls("cosign").stream().filter(c -> c.startsWith("sign --yes")).count());
        assertTrue(built.calls("cosign").stream().anyMatch(c -> c.startsWith("attest --yes --type cyclonedx")));
    }

    @Test
    void pinImagesResolvesTagsToDigests() {
        ScriptRun.Result run = ScriptRun.create().reply("crane", "^digest ", DIGEST).run("pin-images.sh", "dev");
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.siteEnv("dev").contains("POSTGRES_IMAGE=ghcr.io/cloudnative-pg/postgresql:17-standard-trixie@"
                + DIGEST), run.siteEnv("dev"));
        assertTrue(run.siteEnv("dev").contains("KEYCLOAK_IMAGE=quay.io/keycloak/keycloak:26.7.3@" + DIGEST));
        assertEquals(List.of("digest ghcr.io/cloudnative-pg/postgresql:17-standard-trixie",
                "digest quay.io/keycloak/keycloak:26.7.3"), run.calls("crane"));
    }

    // ----------------------------------------------------------------------------------- upgrade, rollback

    @Test
    void anUpgradeThatIsNotExpandOnlyStopsTheServiceAndBringsItBackToItsAutoscalersMinimum() {
        ScriptRun.Result run = ScriptRun.create()
                .reply("kubectl", "get hpa reporting-service -o jsonpath=\\{\\.spec\\.minReplicas\\}", "3")
                .run("upgrade.sh", "prod", "--not-expand-only", "reporting-service");
        assertEquals(0, run.exit(), run.output());
        List<String> calls = run.calls("kubectl");
        assertOrder(calls, "apply -f -", "wait backup/registry-db-", "scale deployment/reporting-service --replicas=0",
                "wait pod -l app.kubernetes.io/name=reporting-service --for=delete", "apply -k",
                "scale deployment/reporting-service --replicas=3", "rollout status deployment/reporting-service");
        assertTrue(calls.stream().noneMatch(c -> c.contains("scale deployment/registry-service")), calls.toString());
        assertEquals(4, Kustomize.parse(run.applied()).size(), "a backup of each database first");
        assertNamesOnlyRenderedObjects(run, "prod");
    }

    @Test
    void rollingBackANonExpandOnlyReleaseRebuildsReportingInsteadOfUndoingOntoTheNewSchema() {
        ScriptRun.Result run = ScriptRun.create()
                .reply("kubectl", "get hpa reporting-service", "3")
                .reply("kubectl", "currentPrimary", "reporting-db-2")
                .reply("kubectl", "get pods -l app.kubernetes.io/name=reporting-service", "reporting-service-7d9-x")
                .operatorToken("tok")
                .reply("curl", "-X POST .*projections/rebuild", "{\"state\":\"RUNNING\",\"eventsApplied\":0}")
                .reply("curl", "projections/rebuild", "{\"state\":\"DONE\",\"eventsApplied\":10,\"eventsTotal\":10}")
                .run("rollback.sh", "prod", "reporting-service", "--not-expand-only");
        assertEquals(0, run.exit(), run.output());
        assertOrder(run.calls("kubectl"), "scale deployment/reporting-service --replicas=0",
                "exec -i reporting-db-2 -c postgres -- psql", "rollout undo deployment/reporting-service",
                "scale deployment/reporting-service --replicas=3", "port-forward pod/reporting-service-7d9-x");
        assertTrue(run.calls("kubectl").stream().anyMatch(c -> c.contains("DROP SCHEMA IF EXISTS reporting CASCADE")));
        assertTrue(run.calls("curl").stream().anyMatch(c -> c.contains("-X POST") && c.contains("projections/rebuild")
                && c.contains("Authorization: Bearer tok")), run.calls("curl").toString());
        assertNamesOnlyRenderedObjects(run, "prod");
    }

    @Test
    void rollingBackTheRecordsOfANonExpandOnlyReleaseAsksForARestore() {
        ScriptRun.Result run = ScriptRun.create().run("rollback.sh", "prod", "registry-service", "--not-expand-only");
        assertNotEquals(0, run.exit());
        assertTrue(run.stderr().contains("restore registry-db"), run.output());
        assertEquals(List.of(), run.calls("kubectl"), "nothing may be undone onto the new schema");
    }

    // ---------------------------------------------------------------------------------------------- scale

    @Test
    void scalingSetsTheAutoscalersBoundsAndRefusesMoreConsumersThanPartitions() {
        ScriptRun.Result beyond = ScriptRun.create().reply("kubectl", "get kafkatopic registry.model-events", "6")
                .run("scale.sh", "registry-service", "3", "8");
        assertNotEquals(0, beyond.exit());
        assertTrue(beyond.stderr().contains("8 pods for 6 partitions"), beyond.output());

        ScriptRun.Result scaled = ScriptRun.create().reply("kubectl", "get kafkatopic registry.model-events", "6")
                .reply("kubectl", "get deployment registry-service", "0")
                .run("scale.sh", "registry-service", "4", "6");
        assertEquals(0, scaled.exit(), scaled.output());
        assertOrder(scaled.calls("kubectl"), "patch hpa registry-service --type merge -p "
                + "{\"spec\":{\"minReplicas\":4,\"maxReplicas\":6}}", "scale deployment/registry-service --replicas=4");
        assertNamesOnlyRenderedObjects(scaled, "prod");
    }

    // ------------------------------------------------------------------------------------ backup, restore

    @Test
    void restoringUnderANewNameKeepsProductionsSettingsAndArchivesAfresh() {
        ScriptRun.Result run = ScriptRun.create().run("restore-database.sh", "prod", "registry-db", "--as",
                "registry-db-restored", "--time", "2026-05-01 08:00:00+07", "--print");
        assertEquals(0, run.exit(), run.output());
        List<ObjectNode> restored = Kustomize.parse(run.stdout());
        assertEquals(List.of(), Manifests.schemaProblems(restored));
        ObjectNode cluster = Docs.get(restored, "Cluster", "registry-db-restored");
        ObjectNode origin = Docs.get(Kustomize.documents("prod"), "Cluster", "registry-db");
        for (String same : List.of("instances", "resources", "affinity", "postgresql", "storage", "imageName")) {
            assertEquals(origin.path("spec").path(same), cluster.path("spec").path(same), same + " differs from prod's");
        }
        JsonNode recovery = cluster.path("spec").path("bootstrap").path("recovery");
        assertEquals("registry", recovery.path("database").asText());
        assertEquals("2026-05-01 08:00:00+07", recovery.path("recoveryTarget").path("targetTime").asText());
        assertEquals("registry-db-pg17", Docs.at(cluster, "spec", "externalClusters", 0, "plugin", "parameters",
                "serverName").asText());
        assertTrue(Docs.at(cluster, "spec", "plugins", 0, "parameters", "serverName").asText()
                .startsWith("registry-db-restored-pg17-r"));
        assertEquals(List.of(), Policies.backups(restored));
        ObjectNode policy = Docs.get(restored, "NetworkPolicy", "registry-db-restored");
        assertTrue(Docs.selects(policy.path("spec").path("podSelector"), java.util.Map.of("cnpg.io/cluster",
                "registry-db-restored")), policy.toString());
        assertEquals("registry-db-restored", Docs.at(Docs.get(restored, "ScheduledBackup",
                "registry-db-restored-daily"), "spec", "cluster", "name").asText());
    }

    @Test
    void restoringUnderTheSameNameStopsTheServiceAndRecordsTheNewArchive() {
        ScriptRun.Result run = ScriptRun.create()
                .reply("kubectl", "get hpa registry-service", "3")
                .run("restore-database.sh", "prod", "registry-db", "--same-name");
        assertEquals(0, run.exit(), run.output());
        assertOrder(run.calls("kubectl"), "scale deployment/registry-service --replicas=0",
                "delete cluster.postgresql.cnpg.io registry-db", "apply -f -",
                "wait cluster.postgresql.cnpg.io/registry-db --for=condition=Ready",
                "scale deployment/registry-service --replicas=3");
        ObjectNode cluster = Docs.get(Kustomize.parse(run.applied()), "Cluster", "registry-db");
        String archive = Docs.at(cluster, "spec", "plugins", 0, "parameters", "serverName").asText();
        assertTrue(archive.startsWith("registry-db-pg17-r"), archive);
        assertTrue(run.siteEnv("prod").contains("REGISTRY_DB_ARCHIVE=" + archive + "\n"),
                "the next apply would archive into the origin again: " + run.siteEnv("prod"));
        assertNamesOnlyRenderedObjects(run, "prod");
    }

    @Test
    void aBackupOfEachDatabaseIsTakenAndAwaited() {
        ScriptRun.Result run = ScriptRun.create().run("backup.sh", "reporting-db", "keycloak-db");
        assertEquals(0, run.exit(), run.output());
        List<ObjectNode> backups = Kustomize.parse(run.applied());
        assertEquals(List.of(), Manifests.schemaProblems(backups));
        assertEquals(List.of("reporting-db", "keycloak-db"), backups.stream()
                .map(b -> b.path("spec").path("cluster").path("name").asText()).toList());
        assertTrue(run.calls("kubectl").stream().filter(c -> c.contains("status.phase}'=completed")
                || c.contains("status.phase}=completed")).count() >= 2, run.calls("kubectl").toString());
        assertNamesOnlyRenderedObjects(run, "prod");
    }

    // ------------------------------------------------------------------------------------------ rotation

    @Test
    void aDatabasePasswordIsRotatedInEveryKeyOfItsSecret() {
        ScriptRun.Result run = ScriptRun.create()
                .secret("recognition-db-app", "username", "recognition")
                .secret("recognition-db-app", "dbname", "recognition")
                .reply("kubectl", "currentPrimary", "recognition-db-1")
                .run("rotate-db-password.sh", "recognition-db");
        assertEquals(0, run.exit(), run.output());
        ObjectNode secret = Kustomize.parse(run.applied()).get(0);
        String password = decoded(secret, "password");
        assertTrue(password.length() >= 32, password);
        for (String key : List.of("uri", "jdbc-uri", "pgpass")) {
            assertTrue(decoded(secret, key).contains(password), key + " keeps the old password");
        }
        // the runtime role the service connects as gets a new password of its own too
        ObjectNode runtime = Kustomize.parse(run.applied()).get(1);
        assertEquals("recognition-db-runtime", runtime.path("metadata").path("name").asText());
        assertEquals("kubernetes.io/basic-auth", runtime.path("type").asText());
        assertEquals("true", runtime.path("metadata").path("labels").path("cnpg.io/reload").asText());
        assertEquals("recognition_app", decoded(runtime, "username"));
        assertTrue(decoded(runtime, "password").length() >= 32);
        assertNotEquals(password, decoded(runtime, "password"));
        assertOrder(run.calls("kubectl"), "apply -f -", "-U recognition -d", "apply -f -",
                "PGPASSWORD=" + decoded(runtime, "password") + " psql -h localhost -U recognition_app -d",
                "rollout restart deployment/recognition-service");
        assertNamesOnlyRenderedObjects(run, "prod");
    }

    @Test
    void installMakesAMissingRuntimeRoleSecretAndKeepsAnExistingOne() {
        ScriptRun.Result run = ScriptRun.create()
                .reply("kubectl", "get secret registry-db-runtime", 1, "NotFound")
                .run("install.sh", "prod", "--allow-examples");
        assertEquals(0, run.exit(), run.output());
        List<ObjectNode> applied = Kustomize.parse(run.applied());
        assertEquals(List.of("registry-db-runtime"), applied.stream()
                .map(s -> s.path("metadata").path("name").asText()).toList(), "recognition's and reporting's exist");
        assertEquals("registry_app", decoded(applied.get(0), "username"));
        assertTrue(decoded(applied.get(0), "password").length() >= 32);
        assertOrder(run.calls("kubectl"), "get secret registry-db-runtime", "apply -f -", "apply -k");
        assertNamesOnlyRenderedObjects(run, "prod");
    }

    @Test
    void aCertificateKeyIsTrustedEverywhereBeforeItSigns() throws Exception {
        Path key = Files.createTempFile("cert-2028", ".pem");
        Process openssl = new ProcessBuilder("openssl", "genpkey", "-algorithm", "ed25519", "-out", key.toString())
                .redirectErrorStream(true).start();
        assertEquals(0, openssl.waitFor());
        ScriptRun.Result early = ScriptRun.create()
                .secret("recognition-certificates", "verification-keys", "cert-2027:MCowBQYDK2Vw")
                .run("rotate-certificate-key.sh", "sign", "cert-2028", key.toString());
        assertNotEquals(0, early.exit(), "signed with a key the pods cannot verify yet: " + early.output());
        assertTrue(early.stderr().contains("run phase 1 (trust) for cert-2028 first"), early.output());

        ScriptRun.Result trusted = ScriptRun.create()
                .secret("recognition-certificates", "verification-keys", "cert-2027:MCowBQYDK2Vw")
                .run("rotate-certificate-key.sh", "trust", "cert-2028", key.toString());
        assertEquals(0, trusted.exit(), trusted.output());
        String patch = trusted.calls("kubectl").stream().filter(c -> c.startsWith("-n dvk patch secret")).findFirst()
                .orElseThrow();
        assertTrue(patch.contains("cert-2027:MCowBQYDK2Vw,cert-2028:MCowBQYDK2Vw"), "the old key must stay: " + patch);
        assertFalse(patch.contains("signing-key"), "phase 1 must not change the signing key: " + patch);
        assertOrder(trusted.calls("kubectl"), "patch secret recognition-certificates",
                "rollout restart deployment/recognition-service", "rollout status deployment/recognition-service");
        assertNamesOnlyRenderedObjects(trusted, "prod");
    }

    @Test
    void aKafkaPasswordIsRegeneratedByTheUserOperatorThenTheServiceRestarts() {
        ScriptRun.Result run = ScriptRun.create().run("rotate-kafka-password.sh", "reporting-service");
        assertEquals(0, run.exit(), run.output());
        assertOrder(run.calls("kubectl"), "delete secret reporting-service", "wait secret/reporting-service --for=create",
                "rollout restart deployment/reporting-service");
        assertNamesOnlyRenderedObjects(run, "prod");
    }

    // ---------------------------------------------------------------------------- operators' endpoints

    @Test
    void deadLettersAreListedAndReplayedWithAnOperatorToken() {
        ScriptRun.Result run = ScriptRun.create()
                .operatorToken("tok")
                .run("replay-dead-letters.sh", "prod", "recognition-service", "--id", "registry.model-events/0/17");
        assertEquals(0, run.exit(), run.output());
        List<String> curl = run.calls("curl");
        assertTrue(curl.stream().anyMatch(c -> c.contains("https://auth.dvk.an-giang.example/realms/dvk/protocol/"
                + "openid-connect/token") && c.contains("grant_type=client_credentials")
                && c.contains("client_id=dvk-ops")), curl.toString());
        assertTrue(curl.stream().anyMatch(c -> c.contains("-X POST") && c.contains("id=registry.model-events/0/17")
                && c.endsWith("/api/v1/recognition-dead-letters/replay")), curl.toString());
        assertTrue(run.calls("kubectl").stream().anyMatch(c -> c.contains("port-forward deployment/recognition-service")));
        assertNamesOnlyRenderedObjects(run, "prod");
    }

    @Test
    void aFailedRebuildFailsTheProcedure() {
        ScriptRun.Result run = ScriptRun.create()
                .reply("kubectl", "get pods -l app.kubernetes.io/name=reporting-service", "reporting-service-1")
                .operatorToken("tok")
                .reply("curl", "-X POST .*projections/rebuild", "{\"state\":\"RUNNING\"}")
                .reply("curl", "projections/rebuild", "{\"state\":\"FAILED\",\"error\":\"boom\"}")
                .run("rebuild-projections.sh", "prod");
        assertNotEquals(0, run.exit(), run.output());
        assertTrue(run.stderr().contains("the rebuild failed"), run.output());
    }

    // ------------------------------------------------------------------------------------------ helpers

    private static void assertNamesOnlyRenderedObjects(ScriptRun.Result run, String overlay) {
        assertEquals(List.of(), KubectlCalls.unknownObjects(run.calls("kubectl"), Kustomize.documents(overlay)),
                "the script names objects the " + overlay + " overlay does not have");
    }

    /** Each step appears in the calls, after the one before it. */
    private static void assertOrder(List<String> calls, String... steps) {
        int at = -1;
        for (String step : steps) {
            int found = -1;
            for (int i = at + 1; i < calls.size(); i++) {
                if (calls.get(i).contains(step)) {
                    found = i;
                    break;
                }
            }
            assertTrue(found >= 0, "'" + step + "' missing or out of order in:\n" + String.join("\n", calls));
            at = found;
        }
    }

    private static String decoded(ObjectNode secret, String key) {
        return new String(Base64.getDecoder().decode(secret.path("data").path(key).asText()), StandardCharsets.UTF_8);
    }
}
