package vn.dvk.recognition.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.dvk.contracts.vocabulary.Level;

/**
 * A council of a committee for a campaign's level, formed by the committee's admin (or the admin of an organisation
 * above it).
 *
 * @param organisationId the committee's organisation; the caller's own when absent
 * @param quorum how many members not recused must vote for the vote to count; at least the level's minimum
 * @param members at least the level's minimum, each once, at most one of them the chair
 */
@Schema(description = "A council of a committee for a campaign's level", example = """
        {"campaignId":"dvk-2026","level":"BLOC","organisationId":"ag-dukcqdn",
         "name":"Hội đồng xét công nhận mô hình Dân vận khéo cấp Khối","quorum":3,"members":[
          {"sub":"0b6f7c1e-5d1a-4c8e-9a51-3f7e2d9c4b10","username":"bloc.reviewer","fullName":"Nguyễn Thanh Hải",
           "title":"Phó Bí thư","orgId":"ag-dukcqdn","chair":true},
          {"sub":"5e0d7a8b-2c3f-4d1e-8b9a-6c5d4e3f2a1b","fullName":"Trần Thị Mai","orgId":"ag-sgddt"}]}""")
public record CouncilRequest(
        @NotBlank @Size(max = 64) String campaignId,
        @NotNull Level level,
        @Size(max = 64) String organisationId,
        @NotBlank @Size(max = 300) String name,
        @Positive int quorum,
        @NotEmpty @Size(max = 50) List<@Valid @NotNull Member> members) {

    /**
     * A member, known by the subject ({@code sub}) of their access token: the identity provider never changes nor
     * reuses it, where a username can be renamed or taken over.
     *
     * @param sub the subject of the member's access token
     * @param username the member's login, shown beside their name; never used to recognise them
     * @param orgId the member's organisation, as their token's {@code org_id} names it: the committee's own or one
     *        below it; the member acts only with a token naming it, and is recused from the models it owns
     * @param chair true for the member who chairs the council and may change its membership
     */
    public record Member(@NotBlank @Size(max = 255) String sub, @Size(max = 200) String username,
            @NotBlank @Size(max = 200) String fullName, @Size(max = 200) String title,
            @NotBlank @Size(max = 64) String orgId, Boolean chair) {
    }
}
