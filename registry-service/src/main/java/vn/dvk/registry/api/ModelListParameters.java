package vn.dvk.registry.api;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.dvk.contracts.vocabulary.Codes;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.kit.problems.KitMessages;
import vn.dvk.kit.requests.QueryValues;
import vn.dvk.kit.text.Text;
import vn.dvk.registry.domain.Field;
import vn.dvk.registry.domain.ModelKind;
import vn.dvk.registry.domain.ModelQuery;
import vn.dvk.registry.domain.ModelSort;
import vn.dvk.registry.domain.ModelStatus;
import vn.dvk.registry.domain.RegistryMessages;

/** The query parameters of {@code GET /api/v1/models}, checked all at once. */
public class ModelListParameters {

    static final int MAX_LIMIT = 100;
    private static final int MAX_TEXT = 200;

    @QueryParam("q")
    @Parameter(description = "Words to search for, with or without diacritics (\"dan van kheo\" finds \"Dân vận khéo\"); "
            + "\"quoted phrases\" and -excluded words work as in web search engines; a word of three letters or "
            + "more that no title uses is taken as mistyped and also finds the title words one edit from it (a letter "
            + "changed, added, left out or swapped with its neighbour; two edits from six letters)")
    public String text;

    @QueryParam("campaignId")
    public String campaignId;

    @QueryParam("field")
    @Parameter(description = "One or more fields, repeated or comma-separated",
            schema = @Schema(implementation = Field[].class))
    public List<String> fields;

    @QueryParam("kind")
    @Parameter(schema = @Schema(implementation = ModelKind[].class))
    public List<String> kinds;

    @QueryParam("status")
    @Parameter(description = "One or more statuses, repeated or comma-separated",
            schema = @Schema(implementation = ModelStatus[].class))
    public List<String> statuses;

    @QueryParam("levelReached")
    @Parameter(description = "Models recognised at this level or higher", schema = @Schema(implementation = Level.class))
    public String levelReached;

    @QueryParam("organisationId")
    @Parameter(description = "Models of this organisation or any under it (unit, base, bloc or province), as submitted")
    public String organisationId;

    @QueryParam("tag")
    public String tag;

    @QueryParam("createdFrom")
    @Parameter(description = "First day included (province time)", schema = @Schema(format = "date", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))
    public String createdFrom;

    @QueryParam("createdTo")
    @Parameter(description = "Last day included (province time)", schema = @Schema(format = "date", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))
    public String createdTo;

    @QueryParam("submittedFrom")
    @Parameter(schema = @Schema(format = "date", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))
    public String submittedFrom;

    @QueryParam("submittedTo")
    @Parameter(schema = @Schema(format = "date", type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))
    public String submittedTo;

    @QueryParam("sort")
    @Parameter(description = "NEWEST (default without q), OLDEST, RECENTLY_UPDATED, TITLE, RELEVANCE (default with q)",
            schema = @Schema(implementation = ModelSort.class))
    public String sort;

    @QueryParam("limit")
    @DefaultValue("20")
    @Parameter(description = "Items per page, 1 to " + MAX_LIMIT)
    public int limit;

    @QueryParam("cursor")
    @Parameter(description = "The nextCursor of the previous page")
    public String cursor;

    ModelQuery toQuery() {
        QueryValues values = new QueryValues();
        String searchText = Text.nfc(text);
        if (searchText != null && searchText.length() > MAX_TEXT) {
            values.refuse("q", RegistryMessages.AT_MOST_CHARACTERS.text(MAX_TEXT));
        }
        checkCode(values, "campaignId", campaignId);
        checkCode(values, "organisationId", organisationId);
        ModelSort order = values.oneEnum("sort", sort, ModelSort.class);
        boolean searching = searchText != null && !searchText.isBlank();
        if (order == ModelSort.RELEVANCE && !searching) {
            values.refuse("sort", RegistryMessages.RELEVANCE_NEEDS_TEXT.text());
        }
        values.limit(limit, MAX_LIMIT);
        ModelQuery query = new ModelQuery(searching ? searchText : null, campaignId,
                values.enums("field", fields, Field.class), values.enums("kind", kinds, ModelKind.class),
                values.enums("status", statuses, ModelStatus.class),
                values.oneEnum("levelReached", levelReached, Level.class), organisationId, Text.nfc(tag),
                values.date("createdFrom", createdFrom), values.date("createdTo", createdTo),
                values.date("submittedFrom", submittedFrom), values.date("submittedTo", submittedTo),
                order != null ? order : searching ? ModelSort.RELEVANCE : ModelSort.NEWEST, limit);
        values.check();
        return query;
    }

    private static void checkCode(QueryValues values, String parameter, String code) {
        if (code != null && !code.matches(Codes.PATTERN)) {
            values.refuse(parameter, KitMessages.CODE_FORMAT.text());
        }
    }
}
