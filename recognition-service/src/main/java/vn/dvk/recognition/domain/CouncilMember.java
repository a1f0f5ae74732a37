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

/** A named member of a council, and the unit they come from (which they never judge). */
@Entity
@Table(name = "council_member")
@IdClass(CouncilMember.Key.class)
public class CouncilMember extends PanacheEntityBase {

    @Id
    @Column(name = "council_id")
    public UUID councilId;

    @Id
    public String username;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    public String title;

    @Column(name = "unit_id", nullable = false)
    public String unitId;

    /** Whether the member must stand aside for the case: the model is their own unit's. */
    public boolean isRecusedFrom(ReviewCase reviewCase) {
        return unitId.equals(reviewCase.unitId);
    }

    /** The composite key: one member of one council. */
    public static class Key implements Serializable {
        public UUID councilId;
        public String username;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Objects.equals(councilId, other.councilId)
                    && Objects.equals(username, other.username);
        }

        @Override
        public int hashCode() {
            return Objects.hash(councilId, username);
        }
    }
}
