package io.wharf.model;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * One line for a file Jackson could not read (YAML or JSON): "line 7, column 5: reason", without the parser's
 * source echo, caret drawing and context lines, which an operator cannot act on. Each loader prefixes its file.
 */
public final class ParseErrors {
    private ParseErrors() {}

    public static String describe(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String reason = e instanceof UnrecognizedPropertyException u
                ? "unknown key '" + u.getPropertyName() + "', expected one of " + u.getKnownPropertyIds()
                : reason(e.getOriginalMessage());
        boolean located = at != null && at.getLineNr() > 0;
        return (located ? "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": " : "") + reason;
    }

    /**
     * SnakeYAML says "while parsing a flow node / in 'reader', line 1 ... / expected the node content, but found X":
     * the context first, the problem last; the indented lines are its excerpts. Jackson's own messages are one line.
     */
    static String reason(String message) {
        if (message == null) {
            return "unreadable";
        }
        java.util.List<String> lines = message.lines().filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0))).toList();
        String reason = lines.isEmpty() ? message.strip() : lines.get(0).startsWith("while ") ? lines.get(lines.size() - 1) : lines.get(0);
        return reason.replaceAll("\\s*\\(for Object starting at.*", "").strip();
    }
}
