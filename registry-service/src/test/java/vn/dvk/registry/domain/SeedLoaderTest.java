package vn.dvk.registry.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.dvk.registry.Organisations;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.Simultaneously;

@QuarkusTest
class SeedLoaderTest {

    @Inject
    SeedLoader loader;

    @Inject
    EntityManager entityManager;

    @Test
    void theFilesLoadedAtStartAreRecordedWithTheirContentsDigest() throws Exception {
        // the test profile's dvk.registry.seed-file
        Map<String, String> recorded = recorded();
        assertEquals(digestOfResource("vn/dvk/contracts/demo/an-giang.json"),
                recorded.get("classpath:vn/dvk/contracts/demo/an-giang.json"));
        assertEquals(digestOfResource("kien-giang.json"), recorded.get("classpath:kien-giang.json"));
    }

    @Test
    void aFileIsLoadedAgainOnlyOnceItsContentChanged() throws Exception {
        String id = Organisations.newId("seed");
        Path file = Files.createTempFile("seed", ".json"); // @TempDir is not injected into a @QuarkusTest
        try {
            loadsAgainOnlyOnceChanged(id, file);
        } finally {
            Files.delete(file);
        }
    }

    /** Two replicas starting at once on the same new file: both start, and the file is recorded once. */
    @Test
    void twoReplicasLoadingTheSameNewFileAtOnceBothStart() throws Exception {
        String id = Organisations.newId("seed");
        Path file = Files.createTempFile("seed", ".json");
        try {
            Files.writeString(file, seedOf(id, "Đơn vị nạp cùng lúc"));

            List<String> outcomes = Simultaneously.run(2, () -> {
                loader.load(file.toString());
                return "started";
            });

            assertEquals(List.of("started", "started"), outcomes);
            assertEquals("Đơn vị nạp cùng lúc", Organisations.stored(id).name);
            assertEquals(Sha256.hex(Files.readAllBytes(file)), recorded().get(file.toString()));
        } finally {
            Files.delete(file);
        }
    }

    private void loadsAgainOnlyOnceChanged(String id, Path file) throws Exception {
        Files.writeString(file, seedOf(id, "Đơn vị nạp lần đầu"));
        loader.load(file.toString());
        assertEquals("Đơn vị nạp lần đầu", Organisations.stored(id).name);

        QuarkusTransaction.requiringNew().run(() -> Organisation.update("name = ?1 where id = ?2", "Tên quản trị viên đặt", id));
        loader.load(file.toString()); // the next start: the same content is not loaded again, the admin's name stays
        assertEquals("Tên quản trị viên đặt", Organisations.stored(id).name);

        Files.writeString(file, seedOf(id, "Đơn vị nạp lần hai"));
        loader.load(file.toString()); // a changed file is loaded: what differs changes
        assertEquals("Đơn vị nạp lần hai", Organisations.stored(id).name);
        assertEquals(Sha256.hex(Files.readAllBytes(file)), recorded().get(file.toString()));

        QuarkusTransaction.requiringNew().run(() -> Organisation.update("name = ?1 where id = ?2", "Tên quản trị viên đặt", id));
        loader.load(file.toString()); // and then, unchanged again, not loaded
        assertEquals("Tên quản trị viên đặt", Organisations.stored(id).name);
    }

    private static String seedOf(String id, String name) {
        return """
                {"organisations": [%s]}
                """.formatted(Organisations.body(id, "UNIT", name, id.toUpperCase(), DemoCallers.BASE));
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> recorded() {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("select name, sha256 from {h-schema}seed_file").getResultList());
        return rows.stream().collect(Collectors.toMap(row -> (String) row[0], row -> (String) row[1]));
    }

    private static String digestOfResource(String resource) throws IOException {
        try (var in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            return Sha256.hex(in.readAllBytes());
        }
    }
}
