package vn.dvk.reporting.metrics;

import vn.dvk.kit.metrics.MeterCatalogue;
import vn.dvk.kit.metrics.MeterName;

/** The meters of reporting-service beside the service kit's: how fresh the projections are, how a rebuild goes. */
public final class ReportingMeters implements MeterCatalogue {

    /** Seconds since the newest event of a topic the projections took in (the unit is in the name already). */
    public static final MeterName FRESHNESS = MeterName.gauge("dvk.reporting.freshness.seconds");
    public static final MeterName REBUILD_EVENTS_APPLIED = MeterName.gauge("dvk.reporting.rebuild.events.applied");
    public static final MeterName REBUILD_EVENTS_TOTAL = MeterName.gauge("dvk.reporting.rebuild.events.total");
    public static final MeterName REBUILD_RATE = MeterName.gauge("dvk.reporting.rebuild.rate");
}
