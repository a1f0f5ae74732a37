package vn.dvk.reporting.events;

import vn.dvk.reporting.projection.ProjectionBatch;

/** What one event does to a projection schema: the live one, or a rebuild's. */
@FunctionalInterface
public interface Projection {

    Projection NONE = batch -> {
    };

    void applyTo(ProjectionBatch batch);
}
