package vn.dvk.registry.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.dvk.kit.domain.OrgPath;
import vn.dvk.kit.domain.OrgRef;

/** A node of the party organisation tree. */
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

    @Column(name = "parent_id")
    public String parentId;

    public static Optional<Organisation> byId(String id) {
        return findByIdOptional(id);
    }

    /** Units register models; a base organisation may itself be the unit. */
    public boolean mayOwnModels() {
        return kind == OrgKind.UNIT || kind == OrgKind.BASE;
    }

    public OrgRef ref() {
        return new OrgRef(id, name);
    }

    /**
     * The recognition chain of a model of this unit: its BASE, BLOC and PROVINCE ancestors (the unit itself
     * when it is the base).
     *
     * @throws IllegalStateException when the tree above the unit is incomplete
     */
    public OrgPath path() {
        Map<OrgKind, Organisation> chain = new EnumMap<>(OrgKind.class);
        lineage().forEach(org -> chain.putIfAbsent(org.kind, org));
        if (!chain.keySet().containsAll(List.of(OrgKind.PROVINCE, OrgKind.BLOC, OrgKind.BASE))) {
            throw new IllegalStateException("Organisation " + id + " has no complete province/bloc/base chain");
        }
        return new OrgPath(chain.get(OrgKind.PROVINCE).ref(), chain.get(OrgKind.BLOC).ref(),
                chain.get(OrgKind.BASE).ref(), ref());
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
