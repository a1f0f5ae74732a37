package vn.dvk.registry.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.dvk.kit.problems.ContentRefusedProblem;

/**
 * Whether a file fits in what its model and its unit may still hold ({@link UploadLimits}). Checked twice: on the
 * size the request declares, before its body is read, so that a file that cannot fit is never received; and on
 * the file as received, in the transaction that stores it, under a lock per unit, so that two uploads at once
 * cannot both take the last room.
 */
@ApplicationScoped
public class EvidenceQuota {

    /** What the multipart envelope may add to a file: boundaries, part headers, a description of 1000 characters. */
    public static final long ENVELOPE = 64 * 1024;

    private record Usage(long bytes, long files) {
    }

    private final UploadLimits limits;
    private final EntityManager entityManager;

    public EvidenceQuota(UploadLimits limits, EntityManager entityManager) {
        this.limits = limits;
        this.entityManager = entityManager;
    }

    /**
     * Refuses a request whose declared length (-1 when it declares none) cannot hold a file of a size allowed
     * that, when {@code room} is asked, fits the room left. A request without a length is checked once read (the
     * HTTP limit bounds what it may send meanwhile).
     */
    public void checkDeclared(MobilizationModel model, long contentLength, boolean room) {
        if (contentLength < 0) {
            return;
        }
        long maxFile = limits.maxFileSize().asLongValue();
        if (contentLength > maxFile + ENVELOPE) {
            throw tooLarge(contentLength, maxFile);
        }
        if (room) {
            checkRoom(model, Math.max(1, contentLength - ENVELOPE));
        }
    }

    /** Refuses a file, as received, too large for one. */
    public void checkSize(long size) {
        long maxFile = limits.maxFileSize().asLongValue();
        if (size > maxFile) {
            throw tooLarge(size, maxFile);
        }
    }

    /** Refuses a file, as received, too large for the room left; the unit's lock is held until the commit. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void reserve(MobilizationModel model, long size) {
        // every upload of the unit waits here for the one before it to commit: the sums read below are final
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtext('dvk-registry-uploads'), hashtext(:unit))")
                .setParameter("unit", model.unitId).getSingleResult();
        checkRoom(model, size);
    }

    private void checkRoom(MobilizationModel model, long size) {
        Usage ofModel = usage("a.model_id = :owner", model.id);
        if (ofModel.files() + 1 > limits.perModelFiles() || ofModel.bytes() + size > limits.perModelBytes().asLongValue()) {
            throw overQuota(RegistryMessages.MODEL_QUOTA_EXCEEDED, ofModel, limits.perModelFiles(),
                    limits.perModelBytes().asLongValue());
        }
        Usage ofUnit = usage("m.unit_id = :owner", model.unitId);
        if (ofUnit.files() + 1 > limits.perUnitFiles() || ofUnit.bytes() + size > limits.perUnitBytes().asLongValue()) {
            throw overQuota(RegistryMessages.UNIT_QUOTA_EXCEEDED, ofUnit, limits.perUnitFiles(),
                    limits.perUnitBytes().asLongValue());
        }
    }

    private Usage usage(String owned, Object owner) {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                select coalesce(sum(a.size_bytes), 0), count(*)
                from {h-schema}attachment a join {h-schema}mobilization_model m on m.id = a.model_id""" + " where " + owned,
                        Object[].class)
                .setParameter("owner", owner).getSingleResult();
        return new Usage(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    private static ContentRefusedProblem tooLarge(long size, long maxFile) {
        return ContentRefusedProblem.tooLarge(RegistryMessages.FILE_TOO_LARGE.text(size, maxFile));
    }

    private static ContentRefusedProblem overQuota(RegistryMessages whose, Usage used, int files, long bytes) {
        return ContentRefusedProblem.of(RegistryProblems.UPLOAD_QUOTA_EXCEEDED,
                whose.text(used.files(), used.bytes(), files, bytes));
    }
}
