package vn.dvk.registry.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.dvk.contracts.vocabulary.Roles;
import vn.dvk.kit.security.Caller;
import vn.dvk.kit.transactions.WriteTransactions;
import vn.dvk.registry.domain.Sha256;
import vn.dvk.registry.history.HistoryFile;
import vn.dvk.registry.history.HistoryImporter;
import vn.dvk.registry.history.HistoryRefusedProblem;
import vn.dvk.registry.history.HistoryTemplate;
import vn.dvk.registry.history.HistoryWorkbook;
import vn.dvk.registry.history.HistorySummary;
import vn.dvk.registry.security.HistoryAccess;

@Path("/api/v1/history-imports")
@Tag(name = "History imports", description = "A province's past cycles (nhập lịch sử): campaigns, models, decisions, "
        + "commendations and monthly figures, stamped with when they happened")
@SecurityRequirement(name = "SecurityScheme")
public class HistoryImportResource {

    private final HistoryImporter importer;
    private final HistoryAccess access;
    private final ObjectMapper mapper;
    private final Caller caller;
    private final HistoryTemplate template;
    private final HistoryWorkbook workbooks;

    public HistoryImportResource(HistoryImporter importer, HistoryAccess access, ObjectMapper mapper, Caller caller,
            HistoryTemplate template, HistoryWorkbook workbooks) {
        this.importer = importer;
        this.access = access;
        this.mapper = mapper;
        this.caller = caller;
        this.template = template;
        this.workbooks = workbooks;
    }

    @POST
    // one method for both kinds of file, not one per media type: with two, RESTEasy chooses by Content-Type and
    // answers another type (multipart, say) before any method is chosen, which the kit's filters met with a 500
    @Consumes({MediaType.APPLICATION_JSON, HistoryTemplate.MEDIA_TYPE})
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "importHistory", summary = "Import a past cycle of the province, all or nothing",
            description = "An admin of the province itself (403 below it). The whole file is checked first: every "
                    + "violation is listed with its JSON pointer (422, nothing written). Then, in one transaction, the "
                    + "campaigns are created, opened and closed on their days, the models drafted and submitted on "
                    + "theirs, and each model's decisions and commendations handed to recognition, which records them "
                    + "and publishes its events stamped with the decisions' days; monthly figures are reported at the "
                    + "end of their months. Reports as of any past day then read that past. The organisations must "
                    + "exist (import the tree first). The same file again answers 200 with what the first import did "
                    + "and writes nothing; another file under the same importId is a 409. The file may also be the "
                    + "workbook of GET template.xlsx filled by a cadre (" + HistoryTemplate.MEDIA_TYPE + "): read "
                    + "into the same file and imported the same way; a cell that cannot be what its column holds (a "
                    + "date that is no date) and every rule it breaks are then listed at their cell, `Mô hình!C5`, "
                    + "or row, `Mô hình!5:5`; a file that is no XLSX workbook is a 400.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HistoryFile.class)),
            @Content(mediaType = HistoryTemplate.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING,
                    format = "binary"))})
    @APIResponse(responseCode = "201", description = "Imported; Location names the import", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HistorySummary.class)))
    @APIResponse(responseCode = "200", description = "The same file was imported before: what that import did",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = HistorySummary.class)))
    @APIResponse(responseCode = "409", description = "The importId names another file")
    @APIResponse(responseCode = "422", description = "The file breaks rules: each violation at its JSON pointer (a "
            + "workbook: at its cell or row)")
    public RestResponse<HistorySummary> importHistory(byte[] body, @jakarta.ws.rs.core.Context UriInfo uri,
            @jakarta.ws.rs.core.Context HttpHeaders headers) throws IOException {
        String province = access.importingProvince();
        if (!HistoryTemplate.XLSX.isCompatible(headers.getMediaType())) {
            return imported(mapper.readValue(body, HistoryFile.class), body, province, uri);
        }
        HistoryWorkbook.Read read = workbooks.read(body);
        try {
            return imported(read.file(), body, province, uri);
        } catch (HistoryRefusedProblem refused) {
            throw read.relocate(refused);
        }
    }

    @GET
    @Path("template.xlsx")
    @Produces(HistoryTemplate.MEDIA_TYPE)
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "getHistoryTemplate", summary = "The workbook a cadre fills to import a past cycle",
            description = "For the callers who may import: sheets Đợt (importId and campaigns), Mô hình, Quyết định, "
                    + "Khen thưởng (one row per commendation, naming its decision's number) and Chỉ số, Vietnamese "
                    + "headings over the API's field names and one example row to overwrite.")
    @APIResponse(responseCode = "200", description = "The template",
            content = @Content(mediaType = HistoryTemplate.MEDIA_TYPE))
    public RestResponse<byte[]> template() {
        access.importingProvince();
        return RestResponse.ResponseBuilder.ok(template.workbook(), HistoryTemplate.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"nhap-lich-su.xlsx\"").build();
    }

    private RestResponse<HistorySummary> imported(HistoryFile file, byte[] body, String province, UriInfo uri) {
        String digest = Sha256.hex(body);
        HistoryImporter.Outcome outcome = WriteTransactions.commit(
                () -> importer.importFile(file, digest, province, caller.username()), () -> null);
        if (!outcome.created()) {
            return RestResponse.ok(outcome.summary());
        }
        return RestResponse.ResponseBuilder.<HistorySummary>created(
                uri.getAbsolutePathBuilder().path(outcome.summary().importId()).build())
                .entity(outcome.summary()).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.AUDITOR, Roles.LEADER})
    @Operation(operationId = "getHistoryImport", summary = "What an import of the caller's province recorded")
    @APIResponse(responseCode = "200", description = "The import", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HistorySummary.class)))
    public HistorySummary get(@PathParam("id") String id) {
        return access.readable(id).summary;
    }
}
