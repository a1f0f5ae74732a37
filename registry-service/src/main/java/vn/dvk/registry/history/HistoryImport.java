package vn.dvk.registry.history;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A history file imported: its id, the digest of its bytes and what the import wrote. */
@Entity
@Table(name = "history_import")
public class HistoryImport extends PanacheEntityBase {

    @Id
    public String id;

    @Column(name = "province_id", nullable = false)
    public String provinceId;

    @Column(nullable = false)
    public String digest;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public HistorySummary summary;

    @Column(name = "imported_by", nullable = false)
    public String importedBy;

    @Column(name = "imported_at", nullable = false)
    public OffsetDateTime importedAt;
}
