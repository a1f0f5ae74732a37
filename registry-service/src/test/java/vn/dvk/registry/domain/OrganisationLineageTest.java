package vn.dvk.registry.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.hibernate.engine.spi.EntityKey;
import org.junit.jupiter.api.Test;
import vn.dvk.contracts.vocabulary.OrgPath;
import vn.dvk.registry.Organisations;
import vn.dvk.testing.DemoCallers;

/** A unit and its ancestors read in one statement, then walked in memory by a draft and a submission. */
@QuarkusTest
class OrganisationLineageTest {

    @Inject
    EntityManager entityManager;

    @Test
    void aUnitComesWithEveryAncestorInThePersistenceContext() {
        QuarkusTransaction.requiringNew().run(() -> {
            Organisation unit = Organisation.withAncestors(DemoCallers.UNIT).orElseThrow();
            // what one statement left in the session: the unit and its three ancestors, nothing for lineage() to read
            Set<Object> loaded = entityManager.unwrap(Session.class).getStatistics().getEntityKeys().stream()
                    .map(key -> ((EntityKey) key).getIdentifier()).collect(Collectors.toSet());
            assertEquals(Set.of(DemoCallers.UNIT, DemoCallers.BASE, DemoCallers.BLOC, DemoCallers.PROVINCE), loaded);
            assertEquals(List.of(DemoCallers.UNIT, DemoCallers.BASE, DemoCallers.BLOC, DemoCallers.PROVINCE),
                    unit.lineage().stream().map(org -> org.id).toList(), "nearest first");
            OrgPath path = unit.path();
            assertEquals(DemoCallers.BLOC, path.bloc().id());
            assertEquals(DemoCallers.BASE, path.base().id());
        });
    }

    @Test
    void aMovedUnitIsReadUnderItsNewParent() {
        String base = Organisations.create("BASE", DemoCallers.OTHER_BLOC);
        String unit = Organisations.create("UNIT", DemoCallers.BASE);
        QuarkusTransaction.requiringNew().run(() -> Organisation.<Organisation>findById(unit).parentId = base);
        List<String> lineage = QuarkusTransaction.requiringNew().call(() -> Organisation.withAncestors(unit)
                .orElseThrow().lineage().stream().map(org -> org.id).toList());
        assertEquals(List.of(unit, base, DemoCallers.OTHER_BLOC, DemoCallers.PROVINCE), lineage);
    }

    @Test
    void anOrganisationThatDoesNotExistIsNone() {
        assertTrue(QuarkusTransaction.requiringNew().call(() -> Organisation.withAncestors("ag-none").isEmpty()));
    }
}
