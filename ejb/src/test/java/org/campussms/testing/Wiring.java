package org.campussms.testing;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts a service together outside the container, as CDI would: each {@code @Inject} field gets the one given
 * dependency of its type. A field nobody is given stays null, so a test shows which ports the path it drives needs.
 */
public final class Wiring {

    private Wiring() {
    }

    public static <T> T wire(T service, Object... dependencies) {
        for (Class<?> type = service.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (!field.isAnnotationPresent(Inject.class)) {
                    continue;
                }
                List<Object> matching = new ArrayList<>();
                for (Object dependency : dependencies) {
                    if (fits(field, dependency)) {
                        matching.add(dependency);
                    }
                }
                if (matching.size() > 1) {
                    throw new IllegalArgumentException(matching.size() + " dependencies fit " + field);
                }
                if (matching.size() == 1) {
                    set(service, field, matching.get(0));
                }
            }
        }
        return service;
    }

    /** An {@code Event<X>} field takes the recording event of X; any other field, what is an instance of its type. */
    private static boolean fits(Field field, Object dependency) {
        if (dependency instanceof RecordingEvent<?> event) {
            return field.getType() == Event.class && field.getGenericType() instanceof ParameterizedType type
                    && type.getActualTypeArguments()[0] == event.type();
        }
        return field.getType().isInstance(dependency);
    }

    /** Sets a field the database would fill, such as a generated id. */
    public static void setField(Object target, String name, Object value) {
        for (Class<?> type = target.getClass(); type != Object.class; type = type.getSuperclass()) {
            try {
                set(target, type.getDeclaredField(name), value);
                return;
            } catch (NoSuchFieldException e) {
                // declared higher up
            }
        }
        throw new IllegalArgumentException(target.getClass() + " has no field " + name);
    }

    private static void set(Object target, Field field, Object value) {
        try {
            field.setAccessible(true);
            field.set(target, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
