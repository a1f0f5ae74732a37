package vn.dvk.registry.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.dvk.contracts.vocabulary.Roles;
import vn.dvk.kit.idempotency.IdempotentRequests.Created;
import vn.dvk.kit.idempotency.IdempotentRequests;
import vn.dvk.kit.preconditions.EntityTags;
import vn.dvk.kit.problems.InvalidRequestProblem;
import vn.dvk.kit.problems.NotFoundProblem;
import vn.dvk.kit.security.Caller;
import vn.dvk.kit.transactions.WriteTransactions;
import vn.dvk.registry.domain.Attachment;
import vn.dvk.registry.domain.Evidence;
import vn.dvk.registry.domain.MobilizationModel;
import vn.dvk.registry.domain.RegistryMessages;
import vn.dvk.registry.domain.Upload;
import vn.dvk.registry.security.ModelAccess;
import vn.dvk.registry.storage.AttachmentStore;

@Path("/api/v1/models/{id}/attachments")
@Tag(name = "Evidence", description = "Documents and photos that show a model's work, and its progress through the year")
@SecurityRequirement(name = "SecurityScheme")
public class AttachmentResource {

    private final Evidence evidence;
    private final AttachmentStore store;
    private final ModelAccess access;
    private final IdempotentRequests idempotency;
    private final Caller caller;

    public AttachmentResource(Evidence evidence, AttachmentStore store, ModelAccess access,
            IdempotentRequests idempotency, Caller caller) {
        this.evidence = evidence;
        this.store = store;
        this.access = access;
        this.idempotency = idempotency;
        this.caller = caller;
    }

    /** What tells one upload from another for Idempotency-Key: the file's name, content and description. */
    record UploadFingerprint(String fileName, String sha256, String description) {
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(Roles.SUBMITTER)
    @AdmittedBeforeReading
    @Operation(operationId = "attachToModel", summary = "Attach a document or photo to the unit's model",
            description = "multipart/form-data with the part `file` (and optionally `description`). PDF, JPEG, PNG, "
                    + "Word (.docx) and Excel (.xlsx) only, judged by the content (415 otherwise, whatever the name "
                    + "says); at most 10 MB (413). A model holds at most 100 MB in 50 files, a unit 1 GB in 500 "
                    + "files (413 upload-quota-exceeded). Not on a withdrawn or declined model (409). Who may not "
                    + "attach, and a declared Content-Length too large, are refused before the body is read.")
    @APIResponse(responseCode = "201", description = "Attached; Location names it", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentView.class)))
    public RestResponse<AttachmentView> attach(@PathParam("id") UUID id,
            @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file,
            @RestForm("description") @Schema(maxLength = 1000) String description,
            @HeaderParam(IdempotentRequests.HEADER) @Parameter(description = "Any unique string per upload, kept 24 "
                    + "hours") String idempotencyKey,
            @Context UriInfo uri) {
        if (file == null) {
            throw InvalidRequestProblem.ofField("file", RegistryMessages.FILE_PART_MISSING.text());
        }
        if (description != null && description.length() > 1000) {
            throw InvalidRequestProblem.ofField("description", RegistryMessages.AT_MOST_CHARACTERS.text(1000));
        }
        Upload upload = Upload.of(file.uploadedFile(), file.fileName());
        UploadFingerprint fingerprint = new UploadFingerprint(upload.fileName(), upload.sha256(), description);
        return idempotency.created(idempotencyKey, uri, fingerprint, AttachmentView.class, () -> {
            Attachment attachment = evidence.attach(access.changeable(id), upload, description, caller.username());
            return new Created<>(attachment.id.toString(), AttachmentView.of(attachment), 0);
        });
    }

    @GET
    @RolesAllowed({Roles.SUBMITTER, Roles.REVIEWER, Roles.ADMIN, Roles.AUDITOR, Roles.LEADER})
    @Operation(operationId = "listAttachments", summary = "The model's attachments, oldest first",
            description = "Whoever may read the model. A model has a few dozen attachments at most: not paged.")
    public List<AttachmentView> list(@PathParam("id") UUID id) {
        return Attachment.ofModel(access.readable(id).id).stream().map(AttachmentView::of).toList();
    }

    @GET
    @Path("{attachmentId}/content")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.SUBMITTER, Roles.REVIEWER, Roles.ADMIN, Roles.AUDITOR, Roles.LEADER})
    @Operation(operationId = "downloadAttachment", summary = "The attachment's bytes",
            description = "Streams the content with its detected type. A single Range (bytes=first-last, first-, "
                    + "-length) answers 206 with Content-Range; a range past the end 416. The ETag is the SHA-256.")
    @APIResponse(responseCode = "200", description = "The whole file",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "206", description = "The range asked for",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "Not changed since the ETag in If-None-Match")
    @APIResponse(responseCode = "416", description = "The range starts past the end of the file")
    public Response download(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId,
            @HeaderParam("Range") @Parameter(description = "bytes=first-last") String range,
            @Context Request request) {
        Attachment attachment = attachment(access.readable(id), attachmentId);
        EntityTag tag = new EntityTag(attachment.sha256);
        Response.ResponseBuilder notModified = EntityTags.unchanged(request, tag, AttachmentView.of(attachment));
        if (notModified != null) {
            return notModified.tag(tag).build();
        }
        Optional<ByteRange> part = ByteRange.of(range, attachment.sizeBytes);
        ByteRange bytes = part.orElse(new ByteRange(0, attachment.sizeBytes - 1));
        String key = attachment.storageKey;
        StreamingOutput body = out -> store.copy(key, bytes.first(), bytes.last(), out);
        Response.ResponseBuilder response = Response.status(part.isPresent() ? 206 : 200)
                .entity(body)
                .type(attachment.mediaType)
                .tag(tag)
                .header(HttpHeaders.CONTENT_LENGTH, bytes.length())
                .header("Accept-Ranges", "bytes")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(attachment.fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        part.ifPresent(p -> response.header("Content-Range", p.contentRange(attachment.sizeBytes)));
        return response.build();
    }

    @DELETE
    @Path("{attachmentId}")
    @RolesAllowed(Roles.SUBMITTER)
    @Operation(operationId = "removeAttachment", summary = "Remove an attachment of a draft or returned model",
            description = "Not once a progress update shows it (409).")
    @APIResponse(responseCode = "204", description = "Removed")
    public void remove(@PathParam("id") UUID id, @PathParam("attachmentId") UUID attachmentId) {
        WriteTransactions.commit(() -> {
            MobilizationModel model = access.changeable(id);
            evidence.remove(model, attachment(model, attachmentId));
            return null;
        }, () -> null);
    }

    private static Attachment attachment(MobilizationModel model, UUID attachmentId) {
        return Attachment.ofModel(model.id, attachmentId)
                .orElseThrow(() -> new NotFoundProblem(
                        RegistryMessages.NO_ATTACHMENT_OF_MODEL.text(attachmentId, model.id)));
    }
}
