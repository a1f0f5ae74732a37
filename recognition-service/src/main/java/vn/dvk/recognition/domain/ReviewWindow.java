package vn.dvk.recognition.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.dvk.contracts.vocabulary.Level;

/** When a campaign's committees at one level review: a case waiting past {@code closesOn} is overdue. */
@Entity
@Table(name = "review_window")
@IdClass(CampaignLevelKey.class)
public class ReviewWindow extends PanacheEntityBase {

    @Id
    @Column(name = "campaign_id")
    public String campaignId;

    @Id
    @Enumerated(EnumType.STRING)
    public Level level;

    @Column(name = "opens_on", nullable = false)
    public LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    public LocalDate closesOn;
}
