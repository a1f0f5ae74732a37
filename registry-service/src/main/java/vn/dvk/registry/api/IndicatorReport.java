package vn.dvk.registry.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigInteger;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.dvk.registry.domain.IndicatorFigures;

/**
 * A month's figures as an organisation sends them, all four each time. They are read as whole numbers of any
 * length, so that one past the range of an int is refused by its bound, naming the field; read as ints, it would
 * fail the parse of the whole body without saying which field overflowed.
 */
public record IndicatorReport(
        @NotNull @Min(0) @Max(IndicatorFigures.MAX) @Schema(type = SchemaType.INTEGER, format = "int32", examples = "3",
                description = "Directive documents on mass mobilisation the organisation issued in the month")
        BigInteger directiveDocuments,
        @NotNull @Min(0) @Max(IndicatorFigures.MAX) @Schema(type = SchemaType.INTEGER, format = "int32", examples = "2",
                description = "Dialogues its heads held with the people in the month")
        BigInteger dialogues,
        @NotNull @Min(0) @Max(IndicatorFigures.MAX) @Schema(type = SchemaType.INTEGER, format = "int32", examples = "42",
                description = "Complaints and petitions it received in the month")
        BigInteger complaintsReceived,
        @NotNull @Min(0) @Max(IndicatorFigures.MAX) @Schema(type = SchemaType.INTEGER, format = "int32", examples = "40",
                description = "How many of those it resolved: at most complaintsReceived")
        BigInteger complaintsResolved) {

    /** The figures, once the bounds are checked. */
    IndicatorFigures figures() {
        return new IndicatorFigures(directiveDocuments.intValueExact(), dialogues.intValueExact(),
                complaintsReceived.intValueExact(), complaintsResolved.intValueExact());
    }
}
