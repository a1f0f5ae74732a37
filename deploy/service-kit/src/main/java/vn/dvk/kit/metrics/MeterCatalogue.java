package vn.dvk.kit.metrics;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;

/**
 * The meters one module registers, as the public static final {@link MeterName} fields of the implementing class
 * (the kit's {@link KitMeters}, a service's own). Each implementation is listed in
 * META-INF/services/vn.dvk.kit.metrics.MeterCatalogue, so that {@link #all} finds every module's on a classpath:
 * a service's tests see the kit's and the service's, deploy/k8s's tests those of the kit and every service.
 */
public interface MeterCatalogue {

    /** This catalogue's meters: its class's public static final MeterName fields. */
    default List<MeterName> meters() {
        List<MeterName> meters = new ArrayList<>();
        for (Field field : getClass().getFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == MeterName.class) {
                try {
                    meters.add((MeterName) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return meters;
    }

    /** The catalogues of every module on the classpath (that of the kit: in a Quarkus test, the application's). */
    static List<MeterCatalogue> all() {
        return ServiceLoader.load(MeterCatalogue.class, MeterCatalogue.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get).toList();
    }

    /**
     * The series of a Prometheus scrape (text format) whose name starts with dvk_ and that no declared meter
     * yields: a meter registered under a name (or kind, or base unit) no catalogue on the classpath declares.
     */
    static Set<String> undeclared(String scrape) {
        Set<String> declared = new TreeSet<>();
        all().forEach(catalogue -> catalogue.meters().forEach(meter -> declared.addAll(meter.prometheusNames())));
        String prefix = MeterName.SUITE_PREFIX.replace('.', '_');
        Set<String> undeclared = new TreeSet<>();
        for (String line : scrape.split("\n")) {
            if (line.startsWith(prefix)) {
                String series = line.split("[{ ]", 2)[0];
                if (!declared.contains(series)) {
                    undeclared.add(series);
                }
            }
        }
        return undeclared;
    }
}
