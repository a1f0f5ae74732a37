package vn.dvk.recognition.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dvk.contracts.vocabulary.Roles;
import vn.dvk.recognition.certificates.Certificate;
import vn.dvk.recognition.certificates.CertificateRenderer;
import vn.dvk.recognition.certificates.Certificates;
import vn.dvk.recognition.security.CertificateAccess;

@Path("/api/v1/certificates/{id}")
@Tag(name = "Certificates", description = "Certificates of recognition and commendation (giấy chứng nhận, giấy khen, "
        + "bằng khen), signed so that anyone can verify them")
@SecurityRequirement(name = "SecurityScheme")
public class CertificateResource {

    private final CertificateAccess access;
    private final Certificates certificates;
    private final CertificateRenderer renderer;

    public CertificateResource(CertificateAccess access, Certificates certificates, CertificateRenderer renderer) {
        this.access = access;
        this.certificates = certificates;
        this.renderer = renderer;
    }

    @GET
    @RolesAllowed({Roles.SUBMITTER, Roles.REVIEWER, Roles.ADMIN, Roles.AUDITOR, Roles.LEADER})
    @Operation(operationId = "getCertificate", summary = "A certificate of the caller's unit, or of a unit on the "
            + "caller's path", description = "Its kind, decision and signed token. A submitter reads their own unit's "
            + "certificates; reviewers, admins, auditors and leaders those of the units under their organisation; "
            + "404 for anyone else")
    public CertificateView get(@PathParam("id") UUID id) {
        return CertificateView.of(access.readable(id));
    }

    @GET
    @Path("pdf")
    @Produces("application/pdf")
    @RolesAllowed({Roles.SUBMITTER, Roles.REVIEWER, Roles.ADMIN, Roles.AUDITOR, Roles.LEADER})
    @Operation(operationId = "getCertificatePdf", summary = "The certificate as a printable PDF, with the QR code "
            + "that verifies it", description = "A4 landscape, Vietnamese text in an embedded font; the unit's submitters, "
            + "and the reviewers, admins, auditors and leaders on its path, may download it; 404 for anyone else")
    public Response pdf(@PathParam("id") UUID id) {
        Certificate certificate = access.readable(id);
        byte[] pdf = renderer.render(certificates.contentOf(certificate), certificate.token);
        return Response.ok(pdf, "application/pdf")
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"certificate-" + id + ".pdf\"")
                .build();
    }
}
