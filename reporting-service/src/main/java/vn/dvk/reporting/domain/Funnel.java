package vn.dvk.reporting.domain;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Map;
import vn.dvk.reporting.projection.ModelFact.Measure;

/**
 * How many models stand at each stage: registered; recognised at each level (a model recognised at bloc level
 * counts at base level too); under review at each level now; returned and awaiting revision; declined; with a
 * revoked recognition; withdrawn after being submitted (a draft, taken back or not, counts nowhere). Over a period,
 * each is the change from the day before it starts to its end.
 */
public record Funnel(long submitted, long recognizedAtBase, long recognizedAtBloc, long recognizedAtProvince,
        long inReviewAtBase, long inReviewAtBloc, long inReviewAtProvince, long returned, long declined, long revoked,
        long withdrawn) {

    public static Funnel of(Map<Measure, Long> counts) {
        return new Funnel(n(counts, Measure.REGISTERED), n(counts, Measure.RECOGNIZED_BASE),
                n(counts, Measure.RECOGNIZED_BLOC), n(counts, Measure.RECOGNIZED_PROVINCE),
                n(counts, Measure.IN_REVIEW_BASE), n(counts, Measure.IN_REVIEW_BLOC),
                n(counts, Measure.IN_REVIEW_PROVINCE), n(counts, Measure.RETURNED), n(counts, Measure.DECLINED),
                n(counts, Measure.REVOKED), n(counts, Measure.WITHDRAWN));
    }

    /** Models recognised at one level or more. */
    public long recognized() {
        return recognizedAtBase;
    }

    /** Whether nothing at all is counted. */
    @JsonIgnore
    public boolean isEmpty() {
        return equals(new Funnel(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    private static long n(Map<Measure, Long> counts, Measure measure) {
        return counts.getOrDefault(measure, 0L);
    }
}
