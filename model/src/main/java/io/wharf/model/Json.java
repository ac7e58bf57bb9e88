package io.wharf.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;

/**
 * The JSON form of the records. Every top-level record carries {@code schemaVersion}; readers tolerate unknown
 * fields (a newer minor writer may add some) and reject a newer major version with a clear message.
 * Thread-safe: the mapper is configured once and only read afterwards.
 */
public final class Json {
    /** Bump when a field changes meaning or is removed; adding fields does not need a bump. */
    public static final int SCHEMA_VERSION = 1;
    public static final String SCHEMA_FIELD = "schemaVersion";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    private Json() {}

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static byte[] toBytes(Object record) {
        try {
            return MAPPER.writeValueAsBytes(withVersion(record));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + record.getClass().getSimpleName() + " as JSON: " + e.getOriginalMessage(), e);
        }
    }

    public static String toString(Object record) {
        try {
            return MAPPER.writeValueAsString(withVersion(record));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + record.getClass().getSimpleName() + " as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Reads a record; any problem (bad JSON, failed validation, newer schema) is an IllegalArgumentException. */
    public static <T> T fromBytes(byte[] bytes, Class<T> type) {
        if (bytes == null) {
            throw new IllegalArgumentException("empty " + type.getSimpleName() + " record");
        }
        try {
            return fromTree(MAPPER.readTree(bytes), type);
        } catch (IOException e) {
            throw new IllegalArgumentException("not " + type.getSimpleName() + " JSON: " + firstLine(e.getMessage()), e);
        }
    }

    public static <T> T fromString(String json, Class<T> type) {
        try {
            return fromTree(MAPPER.readTree(json), type);
        } catch (IOException e) {
            throw new IllegalArgumentException("not " + type.getSimpleName() + " JSON: " + firstLine(e.getMessage()), e);
        }
    }

    private static <T> T fromTree(JsonNode tree, Class<T> type) throws IOException {
        if (tree == null || !tree.isObject()) {
            throw new IllegalArgumentException("not a " + type.getSimpleName() + " JSON object");
        }
        JsonNode version = tree.get(SCHEMA_FIELD);
        if (version != null && version.asInt() > SCHEMA_VERSION) {
            throw new IllegalArgumentException(type.getSimpleName() + " has schemaVersion " + version.asInt()
                    + ", this reader knows up to " + SCHEMA_VERSION + ": upgrade the consumer");
        }
        try {
            return MAPPER.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            // Validation failures in record constructors arrive wrapped; surface their message.
            Throwable cause = e.getCause() instanceof IllegalArgumentException ? e.getCause() : e;
            throw new IllegalArgumentException("invalid " + type.getSimpleName() + ": " + firstLine(cause.getMessage()), e);
        }
    }

    private static JsonNode withVersion(Object record) {
        JsonNode tree = MAPPER.valueToTree(record);
        if (tree instanceof ObjectNode object) {
            ObjectNode out = MAPPER.createObjectNode().put(SCHEMA_FIELD, SCHEMA_VERSION);
            out.setAll(object);
            return out;
        }
        return tree;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
