package vn.dvk.registry.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.dvk.kit.problems.BilingualText;
import vn.dvk.kit.problems.ConflictProblem;
import vn.dvk.kit.problems.InvalidRequestProblem;
import vn.dvk.kit.problems.Problem;
import vn.dvk.kit.time.Moments;
import vn.dvk.registry.audit.AuditAction;
import vn.dvk.registry.audit.RegistryAudit;
import vn.dvk.registry.events.OrganisationEvents.Change;
import vn.dvk.registry.events.OrganisationEvents;

/**
 * Changes to the organisation tree: create, rename, move, deactivate, reactivate, and the import of a whole tree
 * (the demo seed file is one). Every change commits with its event. Changes to the tree are serialised by one
 * transaction-scoped advisory lock, so that two replicas importing the same file at start, or an admin moving a
 * unit under a base another admin is deactivating, cannot leave a tree that no order of the changes would give.
 */
@ApplicationScoped
public class OrganisationAdministration {

    /** What an import did. */
    public record ImportOutcome(int created, int changed, int unchanged) {
    }

    private final OrganisationEvents events;
    private final EntityManager entityManager;
    private final RegistryAudit audit;
    private final Clock clock;

    public OrganisationAdministration(OrganisationEvents events, EntityManager entityManager, RegistryAudit audit,
            Clock clock) {
        this.events = events;
        this.entityManager = entityManager;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Organisation create(String provinceId, OrganisationEntry request, String actor) {
        lockTree();
        OrganisationEntry entry = request.normalised(OrganisationEntry.defaultCode(request.id()), today(), null);
        if (entry.kind() == OrgKind.PROVINCE) {
            throw InvalidRequestProblem.ofField("kind", RegistryMessages.PROVINCE_BY_IMPORT.text());
        }
        if (!entry.active()) {
            throw InvalidRequestProblem.ofField("active", RegistryMessages.NEW_ORGANISATION_ACTIVE.text());
        }
        // the id's form first: an id of another province's space is refused before anything is looked up
        ProvinceIds.defect(entry.id(), provinceId).ifPresent(defect -> {
            throw InvalidRequestProblem.ofField("id", defect);
        });
        if (Organisation.byId(entry.id()).isPresent()) {
            throw new ConflictProblem(RegistryMessages.ID_TAKEN.text(entry.id()));
        }
        List<Problem.Violation> violations = new ArrayList<>();
        placementDefect(entry.kind(), entry.parentId(), provinceId, Map.of())
                .ifPresent(defect -> violations.add(new Problem.Violation("parentId", defect)));
        codeDefect(entry, provinceId).ifPresent(defect -> violations.add(new Problem.Violation("code", defect)));
        issuerDefect(entry).ifPresent(defect -> violations.add(new Problem.Violation("issuer", defect)));
        refuseIf(violations);
        return insert(entry, provinceId, actor);
    }

    /**
     * A new name or code, or new names of the body that issues its documents (a correction of validFrom reports as a
     * rename too); a code, validFrom or issuer left out stays as it is.
     */
    @Transactional
    public Organisation rename(Organisation org, String name, String code, LocalDate validFrom, DocumentIssuer issuer,
            String actor) {
        lockTree();
        OrganisationEntry entry = new OrganisationEntry(org.id, org.kind, name, code, org.parentId, org.active,
                validFrom, issuer).normalised(org.code, org.validFrom, org.issuer());
        codeDefect(entry, org.provinceId).ifPresent(defect -> {
            throw InvalidRequestProblem.ofField("code", defect);
        });
        issuerDefect(entry).ifPresent(defect -> {
            throw InvalidRequestProblem.ofField("issuer", defect);
        });
        return update(org, entry, actor);
    }

    /** Under another parent of the kind above, in the same province: a base to another bloc, a unit to another base. */
    @Transactional
    public Organisation move(Organisation org, String parentId, String actor) {
        lockTree();
        if (org.kind == OrgKind.PROVINCE) {
            throw InvalidRequestProblem.ofField("parentId", RegistryMessages.PROVINCE_HAS_NO_PARENT.text());
        }
        placementDefect(org.kind, parentId, org.provinceId, Map.of()).ifPresent(defect -> {
            throw InvalidRequestProblem.ofField("parentId", defect);
        });
        return update(org, OrganisationEntry.of(org).placed(parentId, org.active), actor);
    }

    /** Deactivates (only once nothing active hangs under it) or reactivates (only under an active parent). */
    @Transactional
    public Organisation setActive(Organisation org, boolean active, String actor) {
        lockTree();
        if (!active && org.kind == OrgKind.PROVINCE) {
            throw new ConflictProblem(RegistryMessages.PROVINCE_CANNOT_BE_DEACTIVATED.text());
        }
        if (!active && !Organisation.activeChildren(org.id).isEmpty()) {
            throw new ConflictProblem(RegistryMessages.ORGANISATION_HAS_ACTIVE_CHILDREN.text(org.id));
        }
        if (active && org.parentId != null && !Organisation.<Organisation>findById(org.parentId).active) {
            throw new ConflictProblem(RegistryMessages.PARENT_ORGANISATION_INACTIVE.text(org.parentId));
        }
        return update(org, OrganisationEntry.of(org).placed(org.parentId, active), actor);
    }

    /**
     * Creates what is new and applies what changed, all or nothing: a defect in any entry refuses the whole
     * import with every violation named. Organisations of the province the import leaves out stay as they are;
     * an entry that leaves out code or validFrom keeps the stored one.
     *
     * @param provinceId the importing admin's province; null for the seed file, which may hold any province
     */
    @Transactional
    public ImportOutcome importTree(String provinceId, List<OrganisationEntry> request, String actor) {
        lockTree();
        Map<String, OrganisationEntry> entries = new LinkedHashMap<>();
        Map<String, Integer> positions = new HashMap<>();
        List<Problem.Violation> violations = new ArrayList<>();
        for (int i = 0; i < request.size(); i++) {
            OrganisationEntry raw = request.get(i);
            Optional<Organisation> stored = Organisation.byId(raw.id());
            OrganisationEntry entry = raw.normalised(stored.map(org -> org.code).orElse(OrganisationEntry.defaultCode(raw.id())),
                    stored.map(org -> org.validFrom).orElse(today()), stored.map(Organisation::issuer).orElse(null));
            if (entries.putIfAbsent(entry.id(), entry) != null) {
                violations.add(new Problem.Violation(at(i, "id"), RegistryMessages.TWICE_IN_IMPORT.text()));
            }
            positions.putIfAbsent(entry.id(), i);
        }
        List<OrganisationEntry> parentsFirst = entries.values().stream()
                .sorted(Comparator.comparing(OrganisationEntry::kind)).toList();
        Map<String, String> provinces = new HashMap<>();
        for (OrganisationEntry entry : parentsFirst) {
            int i = positions.get(entry.id());
            Optional<Organisation> stored = Organisation.byId(entry.id());
            String province = provinceOf(entry, provinces);
            if (province == null || (provinceId != null && !provinceId.equals(province))) {
                violations.add(new Problem.Violation(at(i, "parentId"), provinceId == null
                        ? RegistryMessages.IN_NO_PROVINCE.text() : RegistryMessages.OUTSIDE_YOUR_PROVINCE.text()));
                continue;
            }
            provinces.put(entry.id(), province);
            boolean ownStored = stored.isPresent() && stored.get().provinceId.equals(province);
            Optional<BilingualText> idDefect = provinceId == null || ownStored || entry.id().equals(provinceId)
                    ? Optional.empty() : ProvinceIds.defect(entry.id(), provinceId);
            if (idDefect.isPresent()) {
                // judged on its form, before whether another province holds it: no oracle across provinces
                violations.add(new Problem.Violation(at(i, "id"), idDefect.get()));
            } else if (stored.isPresent() && !stored.get().provinceId.equals(province)) {
                violations.add(new Problem.Violation(at(i, "id"), RegistryMessages.TAKEN.text()));
            } else if (stored.isPresent() && stored.get().kind != entry.kind()) {
                violations.add(new Problem.Violation(at(i, "kind"), RegistryMessages.KIND_DOES_NOT_CHANGE.text()));
            }
            issuerDefect(entry).ifPresent(defect -> violations.add(new Problem.Violation(at(i, "issuer"), defect)));
            if (entry.kind() != OrgKind.PROVINCE) {
                placementDefect(entry.kind(), entry.parentId(), province, entries)
                        .ifPresent(defect -> violations.add(new Problem.Violation(at(i, "parentId"), defect)));
            }
        }
        sharedCodes(entries.values(), provinces).forEach((id, defect) ->
                violations.add(new Problem.Violation(at(positions.get(id), "code"), defect)));
        refuseIf(violations);
        int created = 0;
        int changed = 0;
        for (OrganisationEntry entry : parentsFirst) {
            Optional<Organisation> stored = Organisation.byId(entry.id());
            if (stored.isEmpty()) {
                insert(entry, provinces.get(entry.id()), actor);
                created++;
            } else if (!OrganisationEntry.of(stored.get()).equals(entry)) {
                update(stored.get(), entry, actor);
                changed++;
            }
        }
        ImportOutcome outcome = new ImportOutcome(created, changed, parentsFirst.size() - created - changed);
        if (provinceId != null) { // an admin's import (the seed file's organisations have their entries only)
            audit.imported(provinceId, outcome);
        }
        return outcome;
    }

    private Organisation update(Organisation org, OrganisationEntry entry, String actor) {
        OrganisationEntry previous = OrganisationEntry.of(org);
        List<Change> changes = new ArrayList<>();
        if (!Objects.equals(previous.name(), entry.name()) || !Objects.equals(previous.code(), entry.code())
                || !Objects.equals(previous.validFrom(), entry.validFrom())
                || !Objects.equals(previous.issuer(), entry.issuer())) {
            changes.add(Change.RENAMED);
        }
        if (!Objects.equals(previous.parentId(), entry.parentId())) {
            changes.add(Change.MOVED);
        }
        if (!previous.active().equals(entry.active())) {
            changes.add(entry.active() ? Change.REACTIVATED : Change.DEACTIVATED);
        }
        org.name = entry.name();
        org.code = entry.code();
        org.parentId = entry.parentId();
        org.active = entry.active();
        org.validFrom = entry.validFrom();
        org.setIssuer(entry.issuer());
        Organisation.flush(); // the lineage in the event reads the new parent
        for (Change change : changes) {
            events.changed(change, org, previous, org.nextEventSequence(Moments.utc(clock)), actor);
            audit.organisation(AuditAction.valueOf("ORGANISATION_" + change.name()), previous, org);
        }
        return org;
    }

    private Organisation insert(OrganisationEntry entry, String provinceId, String actor) {
        Organisation org = new Organisation();
        org.id = entry.id();
        org.kind = entry.kind();
        org.provinceId = entry.kind() == OrgKind.PROVINCE ? entry.id() : provinceId;
        org.name = entry.name();
        org.code = entry.code();
        org.parentId = entry.parentId();
        org.active = entry.active();
        org.validFrom = entry.validFrom();
        org.setIssuer(entry.issuer());
        long sequence = org.nextEventSequence(Moments.utc(clock));
        org.persist();
        Organisation.flush(); // children reference it in the same transaction
        events.changed(Change.CREATED, org, null, sequence, actor);
        audit.organisation(AuditAction.ORGANISATION_CREATED, null, org);
        return org;
    }

    /** The province an entry lands in: its own id for a province, else its parent's (imported or stored). */
    private static String provinceOf(OrganisationEntry entry, Map<String, String> importedProvinces) {
        if (entry.kind() == OrgKind.PROVINCE) {
            return entry.id();
        }
        if (entry.parentId() == null) {
            return null;
        }
        String province = importedProvinces.get(entry.parentId());
        return province != null ? province
                : Organisation.byId(entry.parentId()).map(org -> org.provinceId).orElse(null);
    }

    /**
     * Why a node of the kind cannot hang under the parent: it must be of the kind directly above, in the same
     * province, and active.
     */
    private static Optional<BilingualText> placementDefect(OrgKind kind, String parentId, String provinceId,
            Map<String, OrganisationEntry> imported) {
        if (parentId == null) {
            return Optional.of(RegistryMessages.KIND_NEEDS_PARENT.text(kind));
        }
        OrganisationEntry parent = imported.get(parentId);
        if (parent == null) {
            parent = Organisation.byId(parentId).filter(org -> org.provinceId.equals(provinceId))
                    .map(OrganisationEntry::of).orElse(null);
        }
        if (parent == null) {
            return Optional.of(RegistryMessages.NO_ORGANISATION_IN_PROVINCE.text(parentId));
        }
        OrgKind above = kind.parentKind().orElseThrow();
        if (above != parent.kind()) {
            return Optional.of(RegistryMessages.KIND_HANGS_UNDER.text(kind, above, parentId, parent.kind()));
        }
        if (!parent.active()) {
            return Optional.of(RegistryMessages.PARENT_INACTIVE.text(parentId));
        }
        return Optional.empty();
    }

    /** Only what decides records how its documents are issued: a unit issues none. */
    private static Optional<BilingualText> issuerDefect(OrganisationEntry entry) {
        return entry.kind() == OrgKind.UNIT && entry.issuer() != null
                ? Optional.of(RegistryMessages.UNIT_ISSUES_NO_DOCUMENTS.text()) : Optional.empty();
    }

    private static Optional<BilingualText> codeDefect(OrganisationEntry entry, String provinceId) {
        return Organisation.<Organisation>find("provinceId = ?1 and code = ?2 and id <> ?3", provinceId, entry.code(),
                        entry.id()).firstResultOptional()
                .map(other -> RegistryMessages.CODE_OF_ANOTHER.text(other.id));
    }

    /** The imported entries whose code another organisation of the province would have after the import. */
    private static Map<String, BilingualText> sharedCodes(Iterable<OrganisationEntry> entries,
            Map<String, String> provinces) {
        Map<String, String> codeOwners = new HashMap<>();
        for (String province : provinces.values().stream().distinct().toList()) {
            Organisation.ofProvince(province).forEach(org -> codeOwners.put(province + "/" + org.code, org.id));
        }
        Map<String, BilingualText> defects = new LinkedHashMap<>();
        for (OrganisationEntry entry : entries) {
            codeOwners.values().remove(entry.id()); // its stored code is replaced by the imported one
        }
        for (OrganisationEntry entry : entries) {
            String owner = codeOwners.putIfAbsent(provinces.get(entry.id()) + "/" + entry.code(), entry.id());
            if (owner != null && !owner.equals(entry.id())) {
                defects.put(entry.id(), RegistryMessages.CODE_SHARED_WITH.text(owner));
            }
        }
        return defects;
    }

    private static String at(int index, String field) {
        return "organisations[" + index + "]." + field;
    }

    private void lockTree() {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtext('dvk-registry-organisation-tree'))")
                .getSingleResult();
    }

    private static void refuseIf(List<Problem.Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidRequestProblem(RegistryMessages.ORGANISATIONS_NOT_SAVED.text(), violations);
        }
    }

    /** The province's calendar (the clock's zone): a node created today is valid from today there. */
    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
