package vn.dvk.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The public gallery's pages are read through the index of recognitions, newest first, never by a pass over every
 * model and a sort: PostgreSQL's plan for the gallery's own statement, with the other ways priced out for the
 * transaction, so that the plan can only name an index that gives the page's order. (Searches: on a table of a few
 * rows PostgreSQL prefers that same index to the trigram index whatever the settings; which it picks at a million
 * models, and how long it takes, is the benchmark's: deploy/bench/README.md.)
 */
@QuarkusTest
class GalleryPlanTest {

    @Inject
    Gallery gallery;

    @Inject
    EntityManager entityManager;

    @Test
    @TestTransaction
    void pagesWalkTheIndexOfRecognitionsNewestFirst() {
        setLocally("enable_seqscan", "off");
        setLocally("enable_bitmapscan", "off");
        setLocally("enable_sort", "off");
        String plan = plan(new Gallery.Search(null, null, null, null, null));
        assertTrue(plan.contains("Index Scan using model_fact_gallery on"), plan);
        assertFalse(plan.contains("Seq Scan") || plan.contains("Sort"), plan);
    }

    private void setLocally(String setting, String value) {
        entityManager.createNativeQuery("select set_config(:setting, :value, true)")
                .setParameter("setting", setting).setParameter("value", value).getSingleResult();
    }

    private String plan(Gallery.Search search) {
        Gallery.Statement statement = gallery.statement(search, null, 20);
        Query explain = entityManager.createNativeQuery("explain " + statement.sql());
        statement.parameters().forEach(explain::setParameter);
        List<?> lines = explain.getResultList();
        return lines.stream().map(String::valueOf).collect(Collectors.joining("\n"));
    }
}
