package vn.dvk.kit.requests;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses a text/plain body to an operation that reads a structured one (a record), with a 415 problem. Quarkus
 * REST hands such a body to its plain-text reader, which answers an empty one with a bare 400 of its own, past
 * every exception mapper; a non-empty one already meets the 415 this gives to both.
 */
public class PlainTextBodies {

    /** Whether each resource method reads a structured body: worked out once per method. */
    private final Map<Method, Boolean> structured = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void refuseWhereStructured(ContainerRequestContext request, ResourceInfo resource) {
        MediaType type = request.getMediaType();
        Method method = resource.getResourceMethod();
        if (type == null || method == null || !MediaType.TEXT_PLAIN_TYPE.isCompatible(type)) {
            return;
        }
        if (structured.computeIfAbsent(method, PlainTextBodies::readsStructuredBody)) {
            throw new NotSupportedException("This operation takes application/json, not " + type);
        }
    }

    /** The body is the one parameter without a JAX-RS or Quarkus REST annotation saying where it comes from. */
    private static boolean readsStructuredBody(Method method) {
        for (Parameter parameter : method.getParameters()) {
            if (!fromRequestParts(parameter)) {
                Class<?> type = parameter.getType();
                return !(type == String.class || type.isPrimitive() || type.isArray());
            }
        }
        return false;
    }

    private static boolean fromRequestParts(Parameter parameter) {
        for (Annotation annotation : parameter.getAnnotations()) {
            String name = annotation.annotationType().getPackageName();
            if (name.startsWith("jakarta.ws.rs") || name.startsWith("org.jboss.resteasy.reactive")) {
                return true;
            }
        }
        return false;
    }
}
