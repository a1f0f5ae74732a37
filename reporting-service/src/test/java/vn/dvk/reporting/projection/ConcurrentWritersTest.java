package vn.dvk.reporting.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.contracts.vocabulary.OrgPath;
import vn.dvk.contracts.vocabulary.OrgRef;
import vn.dvk.reporting.domain.CounterReader;
import vn.dvk.reporting.projection.ModelChange.Source;
import vn.dvk.reporting.projection.ModelChange.Type;

/**
 * The two topics are projected on two threads, each event in its own transaction, and both move the same counters
 * (a campaign's registrations at one organisation). Registrations written at once on days before and after each
 * other must all be counted on every day: a counter's day rows are read and then shifted, so two writers that
 * interleave would lose each other's changes.
 */
@QuarkusTest
class ConcurrentWritersTest {

    private static final int MODELS_PER_WRITER = 120;
    private static final LocalDate FIRST_DAY = LocalDate.of(2026, 3, 1);

    @Inject
    Projector projector;

    @Inject
    CounterReader reader;

    @Inject
    LiveSchema live;

    @Test
    void twoWritersAtOnceLoseNoRegistrationOnAnyDay() throws Exception {
        String campaign = "c-" + UUID.randomUUID();
        String province = "p" + UUID.randomUUID().toString().substring(0, 8);
        OrgPath path = new OrgPath(new OrgRef(province, "Tỉnh"), new OrgRef(province + "-k", "Khối"),
                new OrgRef(province + "-k-b", "Cơ sở"), new OrgRef(province + "-k-b-u", "Đơn vị"));
        // writer 0 goes forward in time, writer 1 backward: each keeps inserting day rows around the other's
        List<List<LocalDate>> days = new ArrayList<>();
        for (int writer = 0; writer < 2; writer++) {
            List<LocalDate> writerDays = new ArrayList<>();
            for (int i = 0; i < MODELS_PER_WRITER; i++) {
                writerDays.add(FIRST_DAY.plusDays(writer == 0 ? i % 40 : 39 - i % 40));
            }
            days.add(writerDays);
        }
        ExecutorService writers = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (List<LocalDate> writerDays : days) {
                done.add(writers.submit(() -> writerDays.forEach(day -> QuarkusTransaction.requiringNew().run(() -> {
                    ProjectionBatch batch = projector.open(live.schema());
                    projector.changeModel(batch, UUID.randomUUID(), path, registered(campaign, day));
                    batch.flush();
                }))));
            }
            for (Future<?> writer : done) {
                writer.get();
            }
        } finally {
            writers.shutdown();
        }
        TreeMap<LocalDate, Integer> perDay = new TreeMap<>();
        days.forEach(d -> d.forEach(day -> perDay.merge(day, 1, Integer::sum)));
        int expected = 0;
        for (LocalDate day = FIRST_DAY.minusDays(1); day.isBefore(FIRST_DAY.plusDays(41)); day = day.plusDays(1)) {
            expected += perDay.getOrDefault(day, 0);
            assertEquals(expected, registered(campaign, province, day), "as of " + day);
        }
        assertEquals(2 * MODELS_PER_WRITER, registered(campaign, province, null), "now");
    }

    private static ModelChange registered(String campaign, LocalDate day) {
        return new ModelChange(OffsetDateTime.of(day.atTime(9, 0), ZoneOffset.ofHours(7)), Source.REGISTRY, 2,
                Type.SUBMITTED, campaign, Level.BASE, null, "ECONOMY", "MODEL", "COLLECTIVE", "Mô hình", null, null,
                null, null, 1);
    }

    private long registered(String campaign, String node, LocalDate asOf) {
        return QuarkusTransaction.requiringNew().call(() -> reader.read(Counter.MODEL,
                        Map.of("campaign_id", campaign, "node_id", node), asOf).stream()
                .filter(row -> row.get(2).equals(ModelFact.Measure.REGISTERED.name()))
                .mapToLong(CounterReader.Row::n).sum());
    }
}
