package vn.dvk.recognition.domain;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.dvk.kit.time.Moments;

/**
 * The reviewers recognition has seen, recorded from their verified tokens, and listed by organisation for an admin
 * forming a council. A reviewer's first call (and their first after a change of name or organisation) writes one row;
 * the others write nothing: this replica remembers what it recorded, a few hundred entries for a province.
 */
@ApplicationScoped
public class ReviewerDirectory {

    /** What a verified token says of a reviewer. */
    public record Sighting(String sub, String username, String fullName, String orgId) {
    }

    private final Map<String, Sighting> recorded = new ConcurrentHashMap<>();
    private final Clock clock;

    public ReviewerDirectory(Clock clock) {
        this.clock = clock;
    }

    /** Records the reviewer unless this replica recorded them just so; in a transaction of its own. */
    public void saw(Sighting sighting) {
        if (sighting.equals(recorded.get(sighting.sub()))) {
            return;
        }
        // its own transaction: the request's work commits or fails on its own, and a reviewer seen stays seen
        QuarkusTransaction.requiringNew().run(() -> Panache.getEntityManager().createNativeQuery("""
                insert into {h-schema}reviewer (sub, username, full_name, org_id, seen_at) values (?1, ?2, ?3, ?4, ?5)
                on conflict (sub) do update set username = excluded.username, full_name = excluded.full_name,
                    org_id = excluded.org_id, seen_at = excluded.seen_at""")
                .setParameter(1, sighting.sub()).setParameter(2, sighting.username())
                .setParameter(3, sighting.fullName()).setParameter(4, sighting.orgId())
                .setParameter(5, Moments.utc(clock)).executeUpdate());
        recorded.put(sighting.sub(), sighting);
    }

    /**
     * The reviewers of the organisation and those below it (as the cases' paths place organisations: see
     * {@link OrganisationTree}), by name then subject, after the one a page ended on.
     *
     * @param after the name and subject of the last row of the previous page, or null for the first
     * @param rows how many to read
     */
    public List<Reviewer> within(String organisationId, List<String> after, int rows) {
        StringBuilder where = new StringBuilder("from Reviewer r where (r.orgId = :org or exists (select 1 from "
                + "ReviewCase c where " + OrganisationTree.below("c.", ":org", "r.orgId") + "))");
        Parameters parameters = Parameters.with("org", organisationId);
        if (after != null) {
            where.append(" and (r.fullName > :name or (r.fullName = :name and r.sub > :sub))");
            parameters.and("name", after.get(0)).and("sub", after.get(1));
        }
        return Reviewer.<Reviewer>find(where + " order by r.fullName, r.sub", parameters).range(0, rows - 1).list();
    }
}
