package vn.dvk.registry.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.dvk.kit.problems.ConflictProblem;
import vn.dvk.kit.problems.InvalidRequestProblem;
import vn.dvk.kit.text.Text;
import vn.dvk.kit.time.Moments;
import vn.dvk.registry.storage.AttachmentStore;

/**
 * What a unit shows of its model through the year: attachments (checked for type on their content, limited in
 * size, fingerprinted with SHA-256) and progress updates. A withdrawn or declined model takes nothing new; an
 * attachment can be removed while the record is being written (draft, returned) and no progress update shows it.
 */
@ApplicationScoped
public class Evidence {

    private final AttachmentStore store;
    private final EvidenceTypes types;
    private final EvidenceQuota quota;
    private final Clock clock;

    public Evidence(AttachmentStore store, EvidenceTypes types, EvidenceQuota quota, Clock clock) {
        this.store = store;
        this.types = types;
        this.quota = quota;
        this.clock = clock;
    }

    /**
     * Whether an upload of the declared length (-1: not declared) may be received at all: the model takes
     * evidence, the file can be of a size allowed and, when {@code room} is asked, fit what is left. Asked before
     * the body is read.
     */
    public void admit(MobilizationModel model, long declaredLength, boolean room) {
        checkTakesEvidence(model);
        quota.checkDeclared(model, declaredLength, room);
    }

    /** Stores the uploaded file, all or nothing. */
    @Transactional
    public Attachment attach(MobilizationModel model, Upload upload, String description, String by) {
        checkTakesEvidence(model);
        try {
            long size = Files.size(upload.file());
            if (size == 0) {
                throw InvalidRequestProblem.ofField("file", RegistryMessages.FILE_EMPTY.text());
            }
            quota.checkSize(size);
            String cleanName = cleanFileName(upload.fileName());
            Attachment attachment = new Attachment();
            attachment.mediaType = types.of(upload.file(), cleanName);
            attachment.sha256 = upload.sha256();
            // stored before the unit's lock is taken, so that the lock is held for the sums and the row alone, not
            // for the seconds a 10 MB write may take under load; a file then refused goes with the rollback
            try (InputStream content = Files.newInputStream(upload.file())) {
                attachment.storageKey = store.put(content);
            }
            quota.reserve(model, size);
            attachment.id = UUID.randomUUID();
            attachment.modelId = model.id;
            attachment.fileName = cleanName;
            attachment.sizeBytes = size;
            attachment.description = Text.nfc(description);
            attachment.uploadedBy = by;
            attachment.uploadedAt = Moments.utc(clock);
            attachment.persist();
            return attachment;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional
    public void remove(MobilizationModel model, Attachment attachment) {
        if (!model.isEditable()) {
            throw new ConflictProblem(RegistryMessages.ATTACHMENT_REMOVED_ONLY_WHILE_EDITABLE.text(model.status));
        }
        if (ProgressUpdate.shows(model.id, attachment.id)) {
            throw new ConflictProblem(RegistryMessages.ATTACHMENT_SHOWN_BY_PROGRESS_UPDATE.text());
        }
        store.delete(attachment.storageKey);
        attachment.delete();
    }

    @Transactional
    public ProgressUpdate report(MobilizationModel model, LocalDate reportedOn, String text, List<UUID> attachmentIds,
            String by) {
        checkTakesEvidence(model);
        for (int i = 0; i < attachmentIds.size(); i++) {
            if (Attachment.ofModel(model.id, attachmentIds.get(i)).isEmpty()) {
                throw InvalidRequestProblem.ofField("attachmentIds[" + i + "]",
                        RegistryMessages.NOT_AN_ATTACHMENT_OF_MODEL.text());
            }
        }
        ProgressUpdate update = new ProgressUpdate();
        update.id = UUID.randomUUID();
        update.modelId = model.id;
        update.reportedOn = reportedOn;
        update.text = Text.nfc(text);
        update.attachmentIds = attachmentIds.stream().distinct().toArray(UUID[]::new);
        update.createdBy = by;
        update.createdAt = Moments.utc(clock);
        update.persist();
        return update;
    }

    private static void checkTakesEvidence(MobilizationModel model) {
        if (model.status == ModelStatus.WITHDRAWN || model.status == ModelStatus.DECLINED) {
            throw new ConflictProblem(RegistryMessages.MODEL_TAKES_NO_EVIDENCE.text(model.status));
        }
    }

    /** The last segment of what the client sent (browsers may send a path), without control characters. */
    private static String cleanFileName(String fileName) {
        String name = fileName == null ? "" : Text.nfc(fileName.replaceAll(".*[/\\\\]", ""));
        if (name.isBlank() || Text.defect(name).isPresent() || name.length() > 255) {
            throw InvalidRequestProblem.ofField("file", RegistryMessages.FILE_NAME_LENGTH.text());
        }
        return name;
    }
}
