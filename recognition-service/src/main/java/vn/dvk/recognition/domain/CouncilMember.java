package vn.dvk.recognition.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * A member of a council, known by the subject ({@code sub}) of their access token: a username can be changed or
 * taken over by someone else, a subject cannot. Their organisation was checked against the tree when they were
 * seated, and their token must name it when they act; they never judge a model that is theirs.
 */
@Entity
@Table(name = "council_member")
@IdClass(CouncilMember.Key.class)
public class CouncilMember extends PanacheEntityBase {

    /**
     * The key of a member seated before councils were keyed by subject: no token's subject may begin so, so such
     * a member grants nothing (see V7__councils_keyed_by_subject.sql).
     */
    public static final String UNBOUND = "unbound:";

    @Id
    @Column(name = "council_id")
    public UUID councilId;

    @Id
    public String sub;

    /** The member's login when they were seated: shown, never used to recognise them. */
    public String username;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    public String title;

    @Column(name = "org_id", nullable = false)
    public String orgId;

    /** Named by the committee's admin to chair the council: may change its membership. */
    public boolean chair;

    /** Whether the member must stand aside for the case: the model is their organisation's (see ReviewCase). */
    public boolean isRecusedFrom(ReviewCase reviewCase) {
        return reviewCase.belongsBelowItsLevelTo(orgId);
    }

    /** Whether a caller with this subject and organisation is this member. */
    boolean isCaller(String callerSub, String callerOrgId) {
        return callerSub != null && !callerSub.startsWith(UNBOUND) && sub.equals(callerSub)
                && orgId.equals(callerOrgId);
    }

    /** The composite key: one member of one council. */
    public static class Key implements Serializable {
        public UUID councilId;
        public String sub;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Objects.equals(councilId, other.councilId)
                    && Objects.equals(sub, other.sub);
        }

        @Override
        public int hashCode() {
            return Objects.hash(councilId, sub);
        }
    }
}
