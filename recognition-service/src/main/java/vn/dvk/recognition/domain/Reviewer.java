package vn.dvk.recognition.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A reviewer as recognition last saw them, from their verified access token: who an admin may seat on a council.
 * Only what the token said; recognition learns of nobody who has never called it.
 */
@Entity
@Table(name = "reviewer")
public class Reviewer extends PanacheEntityBase {

    /** The token's subject: what a council member is known by. */
    @Id
    public String sub;

    public String username;

    @Column(name = "full_name", nullable = false)
    public String fullName;

    /** The organisation the reviewer's token named when last seen. */
    @Column(name = "org_id", nullable = false)
    public String orgId;

    @Column(name = "seen_at", nullable = false)
    public OffsetDateTime seenAt;
}
