package vn.dvk.reporting.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.dvk.kit.domain.OrgPath;
import vn.dvk.kit.domain.OrgRef;

/**
 * Records the organisations events name, with their place in the tree: every model event carries its path, so the
 * tree reporting knows is the one its figures count in.
 */
@ApplicationScoped
public class Organisations {

    private final EntityManager entityManager;

    public Organisations(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Remembers the organisations of a model's path (a base organisation may be the unit itself). */
    public void remember(ProjectionSchema schema, OrgPath path) {
        remember(schema, Arrays.asList(path.province(), path.bloc(), path.base(), path.unit()));
    }

    /** Remembers the organisations of a lineage, the province first, each one's kind given by its depth. */
    public void remember(ProjectionSchema schema, List<OrgRef> nodes) {
        List<String> lineage = new ArrayList<>();
        String parent = null;
        String[] kinds = {"PROVINCE", "BLOC", "BASE", "UNIT"};
        for (int i = 0; i < nodes.size() && i < kinds.length; i++) {
            OrgRef node = nodes.get(i);
            if (lineage.contains(node.id())) {
                continue; // a base organisation that is itself the unit
            }
            lineage.add(node.id());
            entityManager.createNativeQuery(schema.sql("""
                    insert into {p}.organisation (id, name, kind, parent_id, lineage)
                    values (:id, :name, :kind, :parent, string_to_array(:lineage, ','))
                    on conflict (id) do nothing"""))
                    .setParameter("id", node.id())
                    .setParameter("name", node.name() != null ? node.name() : node.id())
                    .setParameter("kind", kinds[i])
                    .setParameter("parent", TypedNulls.text(parent))
                    .setParameter("lineage", String.join(",", lineage))
                    .executeUpdate();
            parent = node.id();
        }
    }
}
