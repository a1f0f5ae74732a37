package vn.dvk.recognition.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.dvk.contracts.vocabulary.Roles;
import vn.dvk.kit.preconditions.EntityTags;
import vn.dvk.kit.problems.ConflictProblem;
import vn.dvk.kit.problems.InvalidRequestProblem;
import vn.dvk.kit.security.Caller;
import vn.dvk.kit.transactions.WriteTransactions;
import vn.dvk.recognition.documents.CouncilMinutes;
import vn.dvk.recognition.documents.MinutesDocument;
import vn.dvk.recognition.documents.MinutesPdf;
import vn.dvk.recognition.domain.CaseDecisions;
import vn.dvk.recognition.domain.Council;
import vn.dvk.recognition.domain.Judgement;
import vn.dvk.recognition.domain.RecognitionMessages;
import vn.dvk.recognition.domain.ReviewCase;
import vn.dvk.recognition.domain.Scoring;
import vn.dvk.recognition.security.CaseAccess;
import vn.dvk.recognition.security.CertificateAccess;
import vn.dvk.recognition.security.Subjects;

@Path("/api/v1/cases/{modelId}")
@Tag(name = "Cases", description = "A model's recognition, base → bloc → province")
@SecurityRequirement(name = "SecurityScheme")
public class CaseResource {

    private final CaseAccess access;
    private final CaseDecisions decisions;
    private final Scoring scoring;
    private final Caller caller;
    private final CertificateAccess certificateAccess;
    private final MinutesPdf minutesPdf;
    private final Clock clock;

    public CaseResource(CaseAccess access, CaseDecisions decisions, Scoring scoring, Caller caller,
            CertificateAccess certificateAccess, MinutesPdf minutesPdf, Clock clock) {
        this.minutesPdf = minutesPdf;
        this.clock = clock;
        this.access = access;
        this.certificateAccess = certificateAccess;
        this.decisions = decisions;
        this.scoring = scoring;
        this.caller = caller;
    }

    @GET
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN, Roles.AUDITOR, Roles.LEADER})
    @Operation(operationId = "getCase", summary = "A case whose path runs through the caller's organisation",
            description = "Its level, stage, record per level, the model version decided on and how it stands "
                    + "against the level's criteria and council; the ETag is the case's version, for If-Match. "
                    + "Never 304: scores and votes change the judgement without a new version. "
                    + "A case off the caller's path answers 404")
    @APIResponse(responseCode = "200", description = "The case, with its ETag",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseView.class)))
    public Response get(@PathParam("modelId") UUID modelId) {
        ReviewCase reviewCase = access.readable(modelId);
        // the version moves with the case's actions only: a 304 on If-None-Match would keep a client's cached
        // judgement after the scores and votes that changed it (a browser revalidates its cache that way)
        return Response.ok(CaseView.of(reviewCase)).tag(EntityTags.of(reviewCase.version)).build();
    }

    @POST
    @Path("actions")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(operationId = "actOnCase", summary = "Recognise, return (with a reason), decline (with a reason) the "
            + "model at the case's level, or nominate a recognised model to the next level",
            description = "Needs If-Match with the case's version (428 without, 412 with the current case when "
                    + "stale): of several reviewers acting at once exactly one succeeds. Only the committee of the "
                    + "organisation at the case's current level acts (403 otherwise). RECOGNIZE needs the level's "
                    + "criteria and council satisfied (409 cases-not-ready otherwise).")
    public RestResponse<CaseView> act(@PathParam("modelId") UUID modelId,
            @HeaderParam(EntityTags.IF_MATCH) String ifMatch, @Valid @NotNull ActionRequest request) {
        if (request.lacksReason()) {
            throw InvalidRequestProblem.ofField("reason", RecognitionMessages.REASON_REQUIRED.text());
        }
        return WriteTransactions.change(ifMatch, () -> access.actionable(modelId), c -> c.version, CaseView::of,
                c -> decisions.decide(c, request.action(), request.reason(), request.comment(), caller.username(),
                        caller.orgId()));
    }

    @POST
    @Path("scores")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(operationId = "scoreCase", summary = "Score the model against the criteria of its current level",
            description = "Every criterion from 0 to its maximum; the total is weighted to 100. Scoring again "
                    + "replaces the caller's scores, kept under their token's subject. A reviewer of the committee at "
                    + "the case's level or a member of its council scores; a member whose organisation the model "
                    + "belongs to (its unit, or a committee below that judged it) is recused (409).")
    public Judgement score(@PathParam("modelId") UUID modelId, @Valid @NotNull ScoreRequest request) {
        return WriteTransactions.commit(() -> scoring.score(access.scorable(modelId), Subjects.of(caller), request.points()),
                () -> Judgement.of(access.readable(modelId)));
    }

    @POST
    @Path("votes")
    @RolesAllowed(Roles.REVIEWER)
    @Operation(operationId = "voteOnCase", summary = "A council member's vote on the model: FOR, AGAINST or ABSTAIN",
            description = "Voting again replaces the member's vote until the case is decided. Recognition needs the "
                    + "quorum and at least 70% of the members not recused in favour. A member is the token's subject "
                    + "with the organisation they were seated from; one whose organisation the model belongs to is "
                    + "recused (409); anyone not on the council judging the case gets 403.")
    public Judgement vote(@PathParam("modelId") UUID modelId, @Valid @NotNull VoteRequest request) {
        return WriteTransactions.commit(() -> {
            ReviewCase reviewCase = access.readable(modelId);
            var seat = access.seat(reviewCase);
            return scoring.vote(reviewCase, Council.findById(seat.councilId), seat, request.vote());
        }, () -> Judgement.of(access.readable(modelId)));
    }

    @GET
    @Path("council-minutes")
    @Produces({DocumentFormat.Types.TEXT, DocumentFormat.Types.PDF})
    @RolesAllowed({Roles.REVIEWER, Roles.ADMIN, Roles.AUDITOR, Roles.LEADER})
    @Operation(operationId = "getCouncilMinutes", summary = "The minutes of the council's judgement of the case "
            + "at its current level (biên bản), produced from the recorded members, scores and votes",
            description = "In Vietnamese, in the layout of Party documents: the committee's heading, place and date; "
                    + "time (first to last score or vote, in the province's time zone), place, chair, secretary, "
                    + "campaign, level, model and unit; each member's vote and score (recused ones named as such), "
                    + "the tally, the average against the pass threshold and the conclusion; signatures of the "
                    + "secretary and the chair. Plain text, or PDF: ?format=txt|pdf, else the Accept header. 409 "
                    + "when no council judges the case at its level")
    public Response minutes(@PathParam("modelId") UUID modelId, @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        DocumentFormat chosen = DocumentFormat.chosen(format, headers, List.of(DocumentFormat.TEXT, DocumentFormat.PDF));
        ReviewCase reviewCase = access.readable(modelId);
        Council council = Council.judging(reviewCase).orElseThrow(() -> new ConflictProblem(
                RecognitionMessages.NO_COUNCIL_JUDGES_CASE.text(reviewCase.level)));
        MinutesDocument minutes = CouncilMinutes.of(council, reviewCase, clock.getZone(), LocalDate.now(clock));
        return chosen.response(chosen == DocumentFormat.PDF ? minutesPdf.render(minutes)
                : minutes.text().getBytes(StandardCharsets.UTF_8), "minutes-" + modelId);
    }

    @GET
    @Path("certificates")
    @RolesAllowed({Roles.SUBMITTER, Roles.REVIEWER, Roles.ADMIN, Roles.AUDITOR, Roles.LEADER})
    @Operation(operationId = "listCaseCertificates", summary = "The certificates issued for the model: one per "
            + "recognition by decision and per commendation", description = "Each with its signed token, which "
            + "its QR code carries; the PDF is at /api/v1/certificates/{id}/pdf. The model's own unit's submitters "
            + "read them too; another unit's model answers 404")
    public List<CertificateView> certificates(@PathParam("modelId") UUID modelId) {
        return certificateAccess.ofModel(access.readable(modelId)).stream().map(CertificateView::of).toList();
    }
}
