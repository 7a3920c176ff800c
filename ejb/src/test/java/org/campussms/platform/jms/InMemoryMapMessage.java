package org.campussms.platform.jms;

import jakarta.jms.MapMessage;
import jakarta.jms.MessageFormatException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link MapMessage} held in memory, for testing the queue codecs without a broker: a JMS type, properties and map
 * entries, read back with the JMS conversions the codecs rely on (a missing long or int is {@code valueOf(null)},
 * which throws {@link NumberFormatException}; a missing string is null). Anything else it is asked throws
 * {@link UnsupportedOperationException}.
 */
public final class InMemoryMapMessage implements InvocationHandler {

    private final Map<String, Object> properties = new LinkedHashMap<>();
    private final Map<String, Object> entries = new LinkedHashMap<>();
    private String jmsType;

    private InMemoryMapMessage() {
    }

    /** An empty message, as {@code JMSContext.createMapMessage()} gives one. */
    public static MapMessage create() {
        return (MapMessage) Proxy.newProxyInstance(MapMessage.class.getClassLoader(),
                new Class<?>[] {MapMessage.class}, new InMemoryMapMessage());
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws MessageFormatException {
        String name = method.getName();
        return switch (name) {
            case "setJMSType" -> {
                jmsType = (String) args[0];
                yield null;
            }
            case "getJMSType" -> jmsType;
            case "setStringProperty", "setLongProperty", "setIntProperty", "setObjectProperty" -> put(properties, args);
            case "getStringProperty" -> asString(properties.get((String) args[0]));
            case "getLongProperty" -> asLong(properties.get((String) args[0]));
            case "getIntProperty" -> asInt(properties.get((String) args[0]));
            case "getObjectProperty" -> properties.get((String) args[0]);
            case "propertyExists" -> properties.containsKey((String) args[0]);
            case "getPropertyNames" -> Collections.enumeration(List.copyOf(properties.keySet()));
            case "setString", "setLong", "setInt", "setObject" -> put(entries, args);
            case "getString" -> asString(entries.get((String) args[0]));
            case "getLong" -> asLong(entries.get((String) args[0]));
            case "getInt" -> asInt(entries.get((String) args[0]));
            case "getBoolean" -> asBoolean(entries.get((String) args[0]));
            case "getObject" -> entries.get((String) args[0]);
            case "itemExists" -> entries.containsKey((String) args[0]);
            case "getMapNames" -> Collections.enumeration(List.copyOf(entries.keySet()));
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            case "toString" -> "MapMessage[type=" + jmsType + ", properties=" + properties + ", map=" + entries + "]";
            default -> throw new UnsupportedOperationException("InMemoryMapMessage does not do " + name);
        };
    }

    private static Object put(Map<String, Object> values, Object[] args) {
        String name = (String) args[0];
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("A property or map entry needs a name");
        }
        values.put(name, args[1]);
        return null;
    }

    private static String asString(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    private static long asLong(Object value) throws MessageFormatException {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value == null || value instanceof String) {
            return Long.parseLong((String) value);
        }
        throw new MessageFormatException(value.getClass().getSimpleName() + " is not convertible to a long");
    }

    private static boolean asBoolean(Object value) throws MessageFormatException {
        if (value instanceof Boolean flag) {
            return flag;
        }
        if (value == null || value instanceof String) {
            return Boolean.parseBoolean((String) value);
        }
        throw new MessageFormatException(value.getClass().getSimpleName() + " is not convertible to a boolean");
    }

    private static int asInt(Object value) throws MessageFormatException {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).intValue();
        }
        if (value == null || value instanceof String) {
            return Integer.parseInt((String) value);
        }
        throw new MessageFormatException(value.getClass().getSimpleName() + " is not convertible to an int");
    }
}
