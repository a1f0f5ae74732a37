package vn.dvk.reporting.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.dvk.contracts.vocabulary.OrgPath;
import vn.dvk.contracts.vocabulary.OrgRef;

/**
 * Records the organisations events name, with their place in the tree: every model event carries its path, so the
 * tree reporting knows is the one its figures count in.
 */
@ApplicationScoped
public class Organisations {

    private static final List<String> KINDS = List.of("PROVINCE", "BLOC", "BASE", "UNIT");

    private final EntityManager entityManager;
    private final ObjectMapper mapper;

    public Organisations(EntityManager entityManager, ObjectMapper mapper) {
        this.entityManager = entityManager;
        this.mapper = mapper;
    }

    /** Remembers the organisations of models' paths (a base organisation may be the unit itself), in one statement. */
    public void remember(ProjectionSchema schema, Collection<OrgPath> paths) {
        rememberAll(schema, paths.stream()
                .map(path -> Arrays.asList(path.province(), path.bloc(), path.base(), path.unit())).toList());
    }

    /** Remembers the organisations of a lineage, the province first, each one's kind given by its depth. */
    public void remember(ProjectionSchema schema, List<OrgRef> lineage) {
        rememberAll(schema, List.of(lineage));
    }

    private void rememberAll(ProjectionSchema schema, List<List<OrgRef>> lineages) {
        Map<String, Map<String, Object>> rows = new TreeMap<>(); // in id order, as concurrent writers lock them
        for (List<OrgRef> nodes : lineages) {
            List<String> lineage = new ArrayList<>();
            String parent = null;
            for (int i = 0; i < nodes.size() && i < KINDS.size(); i++) {
                OrgRef node = nodes.get(i);
                if (lineage.contains(node.id())) {
                    continue; // a base organisation that is itself the unit
                }
                lineage.add(node.id());
                Map<String, Object> row = new HashMap<>();
                row.put("id", node.id());
                row.put("name", node.name() != null ? node.name() : node.id());
                row.put("kind", KINDS.get(i));
                row.put("parent_id", parent);
                row.put("lineage", List.copyOf(lineage));
                rows.putIfAbsent(node.id(), row);
                parent = node.id();
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        String json;
        try {
            json = mapper.writeValueAsString(rows.values());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        entityManager.createNativeQuery(schema.sql("""
                insert into {p}.organisation (id, name, kind, parent_id, lineage)
                select r.id, r.name, r.kind, r.parent_id, array(select e from jsonb_array_elements_text(r.lineage)
                                                                   with ordinality as l(e, i) order by i)
                from jsonb_to_recordset(cast(:rows as jsonb)) as r(id text, name text, kind text, parent_id text,
                                                                    lineage jsonb)
                on conflict (id) do nothing""")).setParameter("rows", json).executeUpdate();
    }

    /**
     * Keeps how the organisation at the end of the lineage heads and signs its documents (null: it records none),
     * the lineage remembered first, as an organisation's first event may precede every model event naming it.
     */
    public void issuer(ProjectionSchema schema, List<OrgRef> lineage, String issuerJson) {
        remember(schema, lineage);
        entityManager.createNativeQuery(schema.sql(
                        "update {p}.organisation set issuer = cast(:issuer as jsonb) where id = :id"))
                .setParameter("issuer", TypedNulls.text(issuerJson))
                .setParameter("id", lineage.get(lineage.size() - 1).id()).executeUpdate();
    }
}
