package vn.dvk.recognition.api;

import io.quarkus.panache.common.Parameters;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.dvk.contracts.vocabulary.Roles;
import vn.dvk.kit.idempotency.IdempotentRequests;
import vn.dvk.kit.paging.KeysetPage;
import vn.dvk.kit.paging.PageCursor;
import vn.dvk.kit.preconditions.EntityTags;
import vn.dvk.kit.problems.InvalidRequestProblem;
import vn.dvk.kit.problems.KitMessages;
import vn.dvk.kit.requests.QueryValues;
import vn.dvk.kit.security.Caller;
import vn.dvk.kit.transactions.WriteTransactions;
import vn.dvk.recognition.documents.DecisionDocument;
import vn.dvk.recognition.documents.DecisionDocuments;
import vn.dvk.recognition.documents.DecisionDocx;
import vn.dvk.recognition.documents.DecisionPdf;
import vn.dvk.recognition.domain.Decision;
import vn.dvk.recognition.domain.Decisions;
import vn.dvk.recognition.domain.RecognitionMessages;
import vn.dvk.recognition.security.DecisionAccess;

@Path("/api/v1/decisions")
@Tag(name = "Decisions", description = "Numbered decisions (quyết định) recognising models and awarding commendations")
@SecurityRequirement(name = "SecurityScheme")
public class DecisionResource {

    private static final int MAX_PAGE = 200;

    private final Decisions decisions;
    private final DecisionAccess access;
    private final IdempotentRequests idempotent;
    private final Caller caller;
    private final DecisionDocuments documents;
    private final DecisionPdf pdf;
    private final DecisionDocx docx;

    public DecisionResource(Decisions decisions, DecisionAccess access, IdempotentRequests idempotent, Caller caller,
            DecisionDocuments documents, DecisionPdf pdf, DecisionDocx docx) {
        this.documents = documents;
        this.pdf = pdf;
        this.docx = docx;
        this.decisions = decisions;
        this.access = access;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    /** One page of decisions, newest first. */
    public record DecisionPage(List<DecisionView> items, String nextCursor) {
    }

    @POST
    @RolesAllowed(Roles.REVIEWER)
    @Operation(operationId = "issueDecision", summary = "Issue a numbered decision of the caller's committee",
            description = "Recognises every case named at the decision's level and awards every commendation, all "
                    + "or none: a case not awaiting recognition there, off the issuer's scope, or short of its "
                    + "level's criteria or council vote, or a commendation that repeats an achievement's or lacks "
                    + "its form's grade, refuses the whole decision (409 cases-not-ready, `current` lists each "
                    + "refusal). A number the issuer used already: 409 duplicate-number. Dated after today or before "
                    + "a model it names had started: 422 decision-date-out-of-range, nothing written. Certificates "
                    + "are issued with it. Idempotency-Key accepted.")
    public RestResponse<DecisionView> issue(@HeaderParam(IdempotentRequests.HEADER) String key,
            @Valid @NotNull DecisionRequest request, @Context UriInfo uri) {
        if (request.models().isEmpty() && request.commendationTerms().isEmpty()) {
            throw InvalidRequestProblem.ofField("modelIds", RecognitionMessages.DECISION_EMPTY.text());
        }
        if (request.models().stream().distinct().count() != request.models().size()) {
            throw InvalidRequestProblem.ofField("modelIds", RecognitionMessages.MODEL_NAMED_TWICE.text());
        }
        return idempotent.created(key, uri, request, DecisionView.class, () -> {
            Decision decision = decisions.issue(request.terms(), request.models(), request.commendationTerms(),
                    caller.username(), caller.orgId());
            return new IdempotentRequests.Created<>(decision.id.toString(), DecisionView.of(decision),
                    decision.version);
        });
    }

    @GET
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN, Roles.AUDITOR, Roles.LEADER})
    @Operation(operationId = "listDecisions", summary = "Decisions of the caller's organisation and those below it, "
            + "newest first", description = "Keyset pages: pass nextCursor as cursor")
    public DecisionPage list(@QueryParam("status") String status, @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        QueryValues values = new QueryValues();
        Decision.Status wanted = values.oneEnum("status", status, Decision.Status.class);
        int size = values.limit(limit, MAX_PAGE);
        values.check();
        StringBuilder where = new StringBuilder("(issuerOrgId = :org or blocId = :org or provinceId = :org)");
        Parameters parameters = Parameters.with("org", caller.orgId());
        if (wanted != null) {
            where.append(" and status = :status");
            parameters.and("status", wanted);
        }
        if (cursor != null) {
            List<String> after = PageCursor.decode(cursor, 2);
            where.append(" and (createdAt < :at or (createdAt = :at and id < :id))");
            parameters.and("at", cursorValue(after.get(0), OffsetDateTime::parse))
                    .and("id", cursorValue(after.get(1), UUID::fromString));
        }
        List<Decision> rows = Decision.<Decision>find(where + " order by createdAt desc, id desc", parameters)
                .range(0, size).list();
        KeysetPage<Decision> page = KeysetPage.of(rows, size, d -> d.createdAt + PageCursor.SEPARATOR + d.id);
        return new DecisionPage(page.items(DecisionView::of), page.nextCursor());
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN, Roles.AUDITOR, Roles.LEADER})
    @Operation(operationId = "getDecision", summary = "A decision of the caller's organisation or one below it",
            description = "ETag = its version, for If-Match on revocation; 404 outside the caller's scope")
    @APIResponse(responseCode = "200", description = "The decision, with its ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecisionView.class)))
    @APIResponse(responseCode = "304", description = "Not changed since the ETag in If-None-Match")
    public Response get(@PathParam("id") UUID id, @Context Request request) {
        Decision decision = access.readable(id);
        return EntityTags.read(request, decision.version, DecisionView.of(decision));
    }

    @GET
    @Path("{id}/document")
    @Produces({DocumentFormat.Types.PDF, DocumentFormat.Types.DOCX})
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN, Roles.AUDITOR, Roles.LEADER})
    @Operation(operationId = "getDecisionDocument", summary = "The decision as printed, with its annexed lists",
            description = "In the format of Party documents (Hướng dẫn 36-HD/VPTW): heading, number, place and date, "
                    + "legal basis, articles, recipients, T/M signature; then the list of the models recognised and "
                    + "that of the collectives and individuals commended. PDF, or DOCX for a cadre to edit before "
                    + "signing: ?format=pdf|docx, else the Accept header (PDF by default). 404 outside the caller's "
                    + "scope, as for the decision itself")
    public Response document(@PathParam("id") UUID id, @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        DocumentFormat chosen = DocumentFormat.chosen(format, headers, List.of(DocumentFormat.PDF, DocumentFormat.DOCX));
        DecisionDocument document = documents.of(access.readable(id));
        return chosen.response(chosen == DocumentFormat.DOCX ? docx.render(document) : pdf.render(document),
                "decision-" + id);
    }

    @POST
    @Path("{id}/revocation")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(operationId = "revokeDecision", summary = "Revoke a decision (thu hồi), with the reason and the number "
            + "of the revoking decision", description = "Its recognitions, and any built on them above, are reversed "
            + "and its commendations withdrawn; the registry, reports, gallery and certificates follow through events. "
            + "Only the issuing committee revokes; needs If-Match.")
    public RestResponse<DecisionView> revoke(@PathParam("id") UUID id, @HeaderParam(EntityTags.IF_MATCH) String ifMatch,
            @Valid @NotNull RevocationRequest request) {
        return WriteTransactions.change(ifMatch, () -> access.revocable(id), d -> d.version, DecisionView::of,
                d -> decisions.revoke(d, request.reason(), request.revokingNumber(), caller.username()));
    }

    private static <T> T cursorValue(String value, Function<String, T> parse) {
        try {
            return parse.apply(value);
        } catch (RuntimeException e) {
            throw InvalidRequestProblem.ofField("cursor", KitMessages.CURSOR_NOT_HANDED_OUT.text());
        }
    }
}
