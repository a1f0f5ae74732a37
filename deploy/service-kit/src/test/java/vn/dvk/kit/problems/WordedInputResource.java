package vn.dvk.kit.problems;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.dvk.kit.requests.QueryValues;

/** Refuses input in each of the ways the kit words, for ProblemWordingTest. */
@Path("/test/worded")
@PermitAll
public class WordedInputResource {

    /** Every built-in constraint the services use, and a code worded by its catalogue key. */
    @POST
    @Path("form")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Form form(@Valid @NotNull Form form) {
        return form;
    }

    /** Query parameters read by QueryValues. */
    @GET
    @Path("query")
    @Produces(MediaType.APPLICATION_JSON)
    public String query(@QueryParam("on") String on, @QueryParam("limit") int limit) {
        QueryValues values = new QueryValues();
        values.date("on", on);
        values.limit(limit, 100);
        values.check();
        return "\"ok\"";
    }

    /** One path, two methods told apart by the body's media type: RESTEasy chooses between them by Content-Type. */
    @POST
    @Path("split")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public String splitJson(String body) {
        return "\"json\"";
    }

    @POST
    @Path("split")
    @Consumes(MediaType.APPLICATION_XML)
    @Produces(MediaType.APPLICATION_JSON)
    public String splitXml(String body) {
        return "\"xml\"";
    }

    /** A refused batch whose current member lists each refused item with its reason, worded in both languages. */
    @POST
    @Path("batch")
    @Produces(MediaType.APPLICATION_JSON)
    public String batch() {
        throw new ConflictProblem(KitMessages.NOT_ACCEPTABLE.text(), List.of(
                new RefusedItem(1, KitMessages.CODE_FORMAT.text(), null), "an item without words"));
    }

    /** One refused item of a batch: the reason a client reads. */
    public record RefusedItem(int item, String reason, @JsonIgnore BilingualText wording)
            implements WordedPart<RefusedItem> {

        RefusedItem(int item, BilingualText wording, Void unused) {
            this(item, wording.in(Languages.VIETNAMESE), wording);
        }

        @Override
        public RefusedItem in(Locale language) {
            return new RefusedItem(item, wording.in(language), wording);
        }
    }

    @GET
    @Path("admin")
    @RolesAllowed("admin")
    public String admin() {
        return "admin";
    }

    public record Form(@NotBlank @Size(max = 10) String title, @NotEmpty List<String> tags,
            @Positive Integer count, @Max(5) Integer grade, @PastOrPresent LocalDate on,
            @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}", message = ConstraintMessages.CODE_FORMAT) String code) {
    }
}
