package vn.dvk.registry.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dvk.contracts.vocabulary.Roles;
import vn.dvk.kit.problems.NotFoundProblem;
import vn.dvk.kit.requests.QueryValues;
import vn.dvk.registry.domain.ModelVersion;
import vn.dvk.registry.domain.RegistryMessages;
import vn.dvk.registry.domain.VersionDiff;
import vn.dvk.registry.security.ModelAccess;

@Path("/api/v1/models/{id}")
@Tag(name = "Model versions", description = "What each submission of a model handed over, frozen")
@SecurityRequirement(name = "SecurityScheme")
@RolesAllowed({Roles.SUBMITTER, Roles.REVIEWER, Roles.ADMIN, Roles.AUDITOR, Roles.LEADER})
public class ModelVersionResource {

    private final ModelAccess access;

    public ModelVersionResource(ModelAccess access) {
        this.access = access;
    }

    @GET
    @Path("versions")
    @Operation(operationId = "listModelVersions", summary = "The versions of a model, oldest first",
            description = "One per submission; none while the model is a draft never submitted")
    public List<VersionView> versions(@PathParam("id") UUID id) {
        access.readable(id);
        return ModelVersion.of(id).stream().map(VersionView::of).toList();
    }

    @GET
    @Path("versions/{number}")
    @Operation(operationId = "getModelVersion", summary = "One version of a model, as it was submitted",
            description = "The record and the organisation path as they were when submitted; never changes")
    public VersionView version(@PathParam("id") UUID id, @PathParam("number") int number) {
        access.readable(id);
        return VersionView.of(versionOf(id, number));
    }

    @GET
    @Path("diff")
    @Operation(operationId = "diffModelVersions", summary = "What changed between two versions, field by field",
            description = "The fields whose values differ, in the record's order, with the value before and after")
    public VersionDiff diff(@PathParam("id") UUID id,
            @QueryParam("from") @Parameter(description = "The earlier version's number", required = true) String from,
            @QueryParam("to") @Parameter(description = "The later version's number", required = true) String to) {
        QueryValues values = new QueryValues();
        Integer fromNumber = values.positive("from", from);
        Integer toNumber = values.positive("to", to);
        if (fromNumber == null || toNumber == null) {
            values.refuse(fromNumber == null ? "from" : "to", RegistryMessages.NAMES_A_VERSION.text());
        }
        values.check();
        access.readable(id);
        return VersionDiff.between(versionOf(id, fromNumber), versionOf(id, toNumber));
    }

    private static ModelVersion versionOf(UUID id, int number) {
        return ModelVersion.of(id, number)
                .orElseThrow(() -> new NotFoundProblem(RegistryMessages.MODEL_HAS_NO_VERSION.text(id, number)));
    }
}
