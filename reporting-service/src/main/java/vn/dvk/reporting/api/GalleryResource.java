package vn.dvk.reporting.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.dvk.contracts.vocabulary.Codes;
import vn.dvk.contracts.vocabulary.Level;
import vn.dvk.kit.preconditions.EntityTags;
import vn.dvk.kit.problems.KitMessages;
import vn.dvk.kit.requests.QueryValues;
import vn.dvk.reporting.domain.Gallery;
import vn.dvk.reporting.domain.ReportingMessages;

@Path("/api/v1/gallery")
@Tag(name = "Gallery", description = "The public gallery of recognised models: no login")
public class GalleryResource {

    /** How long browsers and proxies may reuse a page before asking again (with its ETag). */
    static final int MAX_AGE_SECONDS = 60;
    private static final int MAX_TEXT = 200;
    /** The largest page kept between changes: the gallery page's own size. */
    static final int MAX_KEPT_PAGE = 20;
    /**
     * The shortest search: the search matches anywhere in the text, so a letter or two matches nearly every row and
     * costs a pass over all of them; three characters narrow it to what a visitor means.
     */
    static final int MIN_TEXT = 3;
    private static final Pattern CODE = Pattern.compile(Codes.PATTERN);

    private final Gallery gallery;
    private final ObjectMapper mapper;
    private final FigureCache cache;

    public GalleryResource(Gallery gallery, ObjectMapper mapper, FigureCache cache) {
        this.gallery = gallery;
        this.mapper = mapper;
        this.cache = cache;
    }

    /** A page and its tag, computed once for as long as the page is kept. */
    private record Tagged(Gallery.Page page, EntityTag tag) {
    }

    /** What keeps a page apart from another: the search (without words), where it starts, its size. */
    private record PageKey(Gallery.Search search, String cursor, int limit) {
    }

    @GET
    @PermitAll
    @SecurityRequirementsSet // none: the gallery is public
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getGallery", summary = "Recognised models, newest recognition first",
            description = "Models recognised at some level whose recognition stands: title, unit, field, level reached, "
                    + "the decision's number and date, summary. Title and summary are those of the model version "
                    + "recognised: a unit's later edits appear only once a committee recognises them. Searched in "
                    + "title, summary and unit, with or without diacritics. Cacheable: answers carry an ETag "
                    + "(If-None-Match gets 304) and Cache-Control.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Gallery.Page.class)))
    @APIResponse(responseCode = "304", description = "The page has not changed since the ETag given")
    public Response gallery(
            @QueryParam("q") @Parameter(description = "Words to find, with or without diacritics", example = "dan van kheo") String text,
            @QueryParam("field") @Parameter(example = "ECONOMY") String field,
            @QueryParam("level") @Parameter(description = "The level reached") String level,
            @QueryParam("campaignId") String campaignId,
            @QueryParam("provinceId") @Parameter(example = "ag") String provinceId,
            @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("20") int limit,
            @jakarta.ws.rs.core.Context Request request) {
        QueryValues values = new QueryValues();
        if (text != null && text.length() > MAX_TEXT) {
            values.refuse("q", ReportingMessages.AT_MOST_CHARACTERS.text(MAX_TEXT));
        }
        if (text != null && !text.isBlank() && searchLength(text) < MIN_TEXT) {
            values.refuse("q", ReportingMessages.AT_LEAST_CHARACTERS.text(MIN_TEXT));
        }
        if (text != null && text.chars().anyMatch(Character::isISOControl)) {
            values.refuse("q", ReportingMessages.NO_CONTROL_CHARACTERS.text());
        }
        if (field != null && !field.matches("[A-Z][A-Z_]{0,31}")) {
            values.refuse("field", ReportingMessages.CODE_IN_CAPITALS.text());
        }
        Level reached = values.oneEnum("level", level, Level.class);
        for (String[] code : new String[][] {{"campaignId", campaignId}, {"provinceId", provinceId}}) {
            if (code[1] != null && !CODE.matcher(code[1]).matches()) {
                values.refuse(code[0], KitMessages.CODE_FORMAT.text());
            }
        }
        values.limit(limit, 100);
        values.check();
        Gallery.Search search = new Gallery.Search(text, field, reached, campaignId, provinceId);
        Supplier<Tagged> read = () -> tagged(gallery.find(search, cursor, limit));
        // Browsing pages are few and read by every visitor; a search's words are the visitor's own. Pages of the
        // usual size only: the summaries of 256 pages of 100 would be a heap's worth.
        Tagged answer = (text == null || text.isBlank()) && limit <= MAX_KEPT_PAGE
                ? cache.report(FigureCache.Key.gallery(new PageKey(search, cursor, limit)), read) : read.get();
        CacheControl control = new CacheControl();
        control.setMaxAge(MAX_AGE_SECONDS);
        Response.ResponseBuilder unchanged = EntityTags.unchanged(request, answer.tag(), answer.page());
        return (unchanged != null ? unchanged : Response.ok(answer.page())).tag(answer.tag()).cacheControl(control)
                .build();
    }

    /** The page with a strong tag from its content: the same page, the same tag, on every replica. */
    private Tagged tagged(Gallery.Page page) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(mapper.writeValueAsString(page).getBytes(StandardCharsets.UTF_8));
            return new Tagged(page, new EntityTag(HexFormat.of().formatHex(digest, 0, 16)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Characters as a reader counts them: composed (ô is one, however it was typed), spaces run together. */
    private static int searchLength(String text) {
        String normalised = Normalizer.normalize(text.strip().replaceAll("\\s+", " "),
                Normalizer.Form.NFC);
        return normalised.codePointCount(0, normalised.length());
    }
}
