package vn.dvk.registry.domain;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What changed between two versions of a model, field by field, in the order the record lists its fields: what
 * a reviewer reads to see how a returned model was revised.
 */
public record VersionDiff(int from, int to, List<Change> changes) {

    /** One field whose value differs; {@code before} and {@code after} may be null (empty). */
    public record Change(String field, Object before, Object after) {
    }

    public static VersionDiff between(ModelVersion from, ModelVersion to) {
        List<Change> changes = new ArrayList<>();
        for (RecordComponent component : ModelContent.class.getRecordComponents()) {
            Object before = valueOf(component, from.content);
            Object after = valueOf(component, to.content);
            if (!Objects.equals(before, after)) {
                changes.add(new Change(component.getName(), before, after));
            }
        }
        return new VersionDiff(from.number, to.number, changes);
    }

    private static Object valueOf(RecordComponent component, ModelContent content) {
        try {
            return component.getAccessor().invoke(content);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component.getName(), e);
        }
    }
}
