package vn.dvk.reporting.documents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import vn.dvk.reporting.projection.LiveSchema;
import vn.dvk.reporting.projection.ProjectionSchema;

/**
 * Who issues the report of an organisation's subtree: the issuer the tree records for it (kept from the
 * organisation events), under its superior organisation. The superior is the parent's name, except that a bloc's
 * parent, the province named as a place ("Tỉnh An Giang"), is headed as its Party organisation ("Đảng bộ tỉnh An
 * Giang"). Where the tree records no issuer, the organisation's own name stands as the committee; where it records no place,
 * the nearest one above it does.
 */
@ApplicationScoped
public class ReportIssuers {

    private static final String PROVINCE = "Tỉnh ";
    private static final String PROVINCE_ORGANISATION = "Đảng bộ tỉnh ";

    private final EntityManager entityManager;
    private final ProjectionSchema schema;
    private final ObjectMapper mapper;

    public ReportIssuers(EntityManager entityManager, LiveSchema live, ObjectMapper mapper) {
        this.entityManager = entityManager;
        this.schema = live.schema();
        this.mapper = mapper;
    }

    public ReportIssuer of(String organisationId) {
        Object[] org = row(organisationId);
        String name = org == null ? organisationId : (String) org[0];
        Object[] parent = org == null || org[1] == null ? null : row((String) org[1]);
        String superior = parent == null ? null : partyOrganisation((String) parent[0], (String) parent[2]);
        JsonNode issuer = org == null ? null : json((String) org[3]);
        String place = place(organisationId);
        return issuer == null ? new ReportIssuer(superior, name, null, null, null, place)
                : new ReportIssuer(superior, text(issuer, "committee"), null, text(issuer, "onBehalfOf"),
                        text(issuer, "signerTitle"), place);
    }

    /** The place the organisation's issuer records, else the nearest one above it records (the province's). */
    private String place(String organisationId) {
        for (Object[] org = row(organisationId); org != null; org = org[1] == null ? null : row((String) org[1])) {
            JsonNode issuer = json((String) org[3]);
            if (issuer != null && text(issuer, "place") != null) {
                return text(issuer, "place");
            }
        }
        return null;
    }

    /** Name, parent, kind and issuer (as JSON text) of the organisation; null when no event has named it. */
    private Object[] row(String id) {
        List<?> rows = entityManager.createNativeQuery(schema.sql(
                        "select name, parent_id, kind, cast(issuer as text) from {p}.organisation where id = :id"))
                .setParameter("id", id).getResultList();
        return rows.isEmpty() ? null : (Object[]) rows.get(0);
    }

    private static String partyOrganisation(String name, String kind) {
        return "PROVINCE".equals(kind) && name.toLowerCase(Locale.ROOT).startsWith(PROVINCE.toLowerCase(Locale.ROOT))
                ? PROVINCE_ORGANISATION + name.substring(PROVINCE.length()) : name;
    }

    private JsonNode json(String text) {
        try {
            return text == null ? null : mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText() : null;
    }
}
