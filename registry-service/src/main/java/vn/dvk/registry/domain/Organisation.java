package vn.dvk.registry.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import org.hibernate.query.NativeQuery;
import vn.dvk.contracts.vocabulary.OrgPath;
import vn.dvk.contracts.vocabulary.OrgRef;

/**
 * A node of the party organisation tree. Its id is permanent (tokens name it in {@code org_id}); its name, code,
 * parent and active flag change through {@link OrganisationAdministration}, each change reported as an event.
 */
@Entity
@Table(name = "organisation")
public class Organisation extends PanacheEntityBase {

    @Id
    public String id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OrgKind kind;

    @Column(nullable = false)
    public String name;

    /** The short code the province uses in documents (ĐUK, SYT, …), unique in the province. */
    @Column(nullable = false)
    public String code;

    @Column(name = "parent_id")
    public String parentId;

    /** The root of the tree this node belongs to; the node itself for a province. */
    @Column(name = "province_id", nullable = false)
    public String provinceId;

    /** An inactive organisation keeps its history but registers, launches and receives nothing new. */
    @Column(nullable = false)
    public boolean active = true;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    /** How its committee heads and signs documents: see {@link DocumentIssuer}; null for all five when unknown. */
    @Column(name = "issuer_committee")
    public String issuerCommittee;

    @Column(name = "issuer_deciding_body")
    public String issuerDecidingBody;

    @Column(name = "issuer_on_behalf_of")
    public String issuerOnBehalfOf;

    @Column(name = "issuer_signer_title")
    public String issuerSignerTitle;

    @Column(name = "issuer_place")
    public String issuerPlace;

    /** The sequence of its last event on {@code registry.organisation-events}. */
    @Column(name = "event_sequence", nullable = false)
    public long eventSequence;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    public static Optional<Organisation> byId(String id) {
        return findByIdOptional(id);
    }

    /**
     * The organisation with its ancestors, read in one statement and kept in the persistence context, so that
     * {@link #lineage()} and {@link #path()} walk them in memory: a draft checks its campaign against the unit's
     * chain and a submission records it, which was a statement per level. The depth bound only guards against a
     * cycle a broken tree could hold (a tree is four levels deep).
     */
    public static Optional<Organisation> withAncestors(String id) {
        @SuppressWarnings("unchecked")
        List<Organisation> chain = getEntityManager().createNativeQuery("""
                        with recursive chain as (
                            select o.*, 0 as depth from {h-schema}organisation o where o.id = :id
                            union all
                            select p.*, c.depth + 1 from {h-schema}organisation p join chain c on p.id = c.parent_id
                            where c.depth < 8)
                        select * from chain order by depth""", Organisation.class)
                .unwrap(NativeQuery.class)
                .addSynchronizedEntityClass(Organisation.class) // flush nothing else before it
                .setParameter("id", id)
                .getResultList();
        return chain.stream().findFirst();
    }

    /** The organisations of a province, parents before children (a province, its blocs, their bases, units). */
    public static List<Organisation> ofProvince(String provinceId) {
        List<Organisation> tree = new ArrayList<>(list("provinceId", provinceId));
        tree.sort(Comparator.<Organisation, OrgKind>comparing(org -> org.kind).thenComparing(org -> org.id));
        return tree;
    }

    public static List<Organisation> activeChildren(String parentId) {
        return list("parentId = ?1 and active = true order by id", parentId);
    }

    /** Units register models; a base organisation may itself be the unit. */
    public boolean mayOwnModels() {
        return active && (kind == OrgKind.UNIT || kind == OrgKind.BASE);
    }

    /** How its committee heads and signs documents; null when the tree does not record it. */
    public DocumentIssuer issuer() {
        return issuerCommittee == null ? null : new DocumentIssuer(issuerCommittee, issuerDecidingBody,
                issuerOnBehalfOf, issuerSignerTitle, issuerPlace);
    }

    public void setIssuer(DocumentIssuer issuer) {
        issuerCommittee = issuer == null ? null : issuer.committee();
        issuerDecidingBody = issuer == null ? null : issuer.decidingBody();
        issuerOnBehalfOf = issuer == null ? null : issuer.onBehalfOf();
        issuerSignerTitle = issuer == null ? null : issuer.signerTitle();
        issuerPlace = issuer == null ? null : issuer.place();
    }

    public OrgRef ref() {
        return new OrgRef(id, name);
    }

    /** Advances the event sequence, changed {@code at}; returns the sequence of the event that reports the change being made. */
    long nextEventSequence(OffsetDateTime at) {
        updatedAt = at;
        return ++eventSequence;
    }

    /**
     * The recognition chain of a model of this unit: its BASE, BLOC and PROVINCE ancestors (the unit itself
     * when it is the base).
     *
     * @throws IllegalStateException when the tree above the unit is incomplete
     */
    public OrgPath path() {
        EnumMap<OrgKind, Organisation> chain = new EnumMap<>(OrgKind.class);
        lineage().forEach(org -> chain.putIfAbsent(org.kind, org));
        if (!chain.keySet().containsAll(List.of(OrgKind.PROVINCE, OrgKind.BLOC, OrgKind.BASE))) {
            throw new IllegalStateException("Organisation " + id + " has no complete province/bloc/base chain");
        }
        return new OrgPath(chain.get(OrgKind.PROVINCE).ref(), chain.get(OrgKind.BLOC).ref(),
                chain.get(OrgKind.BASE).ref(), ref());
    }

    /** Whether the organisation is the one named or lies under it. */
    public boolean isAtOrUnder(String ancestorId) {
        return lineage().stream().anyMatch(ancestor -> ancestor.id.equals(ancestorId));
    }

    /** This organisation and its ancestors, nearest first. */
    public List<Organisation> lineage() {
        List<Organisation> lineage = new ArrayList<>();
        for (Organisation org = this; org != null; org = org.parentId == null ? null : findById(org.parentId)) {
            lineage.add(org);
        }
        return lineage;
    }
}
