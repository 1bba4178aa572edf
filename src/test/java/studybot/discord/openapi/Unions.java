package studybot.discord.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Rewrites the spec's unions ({@code anyOf}/{@code oneOf}) into equivalent {@code if}/{@code then}/{@code else} forms,
 * so that a validator failure points at the one alternative that applies instead of listing why every alternative
 * failed. Two shapes are rewritten, each only where the rewrite is exactly equivalent:
 *
 * <ul>
 *   <li><b>null or X</b>: {@code oneOf: [{type: null}, X]} becomes {@code if: {type: null}, then: {not: X}, else: X}
 *       ({@code then: true} for {@code anyOf}).
 *   <li><b>dispatch on "type"</b>: alternatives that are all {@code $ref}s to object schemas whose {@code type}
 *       property has an {@code enum} (or {@code const}), with no value shared between alternatives, as Discord's
 *       interaction callbacks and components are. When the instance is an object with a {@code type}, that value must
 *       be one of the alternatives' values and the alternative it names must validate; since no other alternative can
 *       accept that value, this is exactly the union. Without a {@code type}, the original union applies unchanged.
 * </ul>
 *
 * Any other union is left as the spec wrote it.
 */
final class Unions {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Unions() {}

    /** Rewrites the unions in {@code document}'s schemas and paths in place; returns how many were rewritten. */
    static int rewrite(ObjectNode document) {
        List<ObjectNode> unions = new ArrayList<>();
        collect(document.path("components").path("schemas"), unions);
        collect(document.path("paths"), unions);
        int rewritten = 0;
        for (ObjectNode union : unions) {
            String keyword = union.has("oneOf") ? "oneOf" : "anyOf";
            if (rewriteOne(document, union, keyword)) {
                rewritten++;
            }
        }
        return rewritten;
    }

    private static void collect(JsonNode node, List<ObjectNode> unions) {
        if (node.isObject()) {
            boolean oneOf = node.path("oneOf").isArray();
            boolean anyOf = node.path("anyOf").isArray();
            if (oneOf ^ anyOf) {
                unions.add((ObjectNode) node);
            }
            node.elements().forEachRemaining(child -> collect(child, unions));
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, unions));
        }
    }

    private static boolean rewriteOne(JsonNode document, ObjectNode union, String keyword) {
        List<JsonNode> nulls = new ArrayList<>();
        List<JsonNode> rest = new ArrayList<>();
        for (JsonNode branch : union.get(keyword)) {
            (isNullType(branch) ? nulls : rest).add(branch);
        }
        if (nulls.size() > 1 || rest.isEmpty()) {
            return false;
        }
        JsonNode core;
        if (rest.size() == 1) {
            core = rest.get(0);
        } else {
            core = dispatch(document, rest, keyword);
            if (core == null) {
                if (nulls.isEmpty()) {
                    return false;
                }
                ObjectNode remaining = NODES.objectNode();
                remaining.putArray(keyword).addAll(rest);
                core = remaining;
            }
        }
        JsonNode replacement;
        if (nulls.isEmpty()) {
            replacement = core;
        } else {
            ObjectNode nullOr = NODES.objectNode();
            nullOr.putObject("if").put("type", "null");
            if (keyword.equals("oneOf")) {
                nullOr.putObject("then").set("not", core.deepCopy());
            } else {
                nullOr.put("then", true);
            }
            nullOr.set("else", core);
            replacement = nullOr;
        }
        union.remove(keyword);
        ArrayNode allOf = union.path("allOf").isArray() ? (ArrayNode) union.get("allOf") : union.putArray("allOf");
        allOf.add(replacement);
        return true;
    }

    private static JsonNode dispatch(JsonNode document, List<JsonNode> branches, String keyword) {
        List<ArrayNode> valuesPerBranch = new ArrayList<>();
        Set<JsonNode> seen = new HashSet<>();
        for (JsonNode branch : branches) {
            String ref = branch.path("$ref").asText("");
            if (!ref.startsWith("#/") || branch.size() != 1) {
                return null;
            }
            JsonNode type = document.at(ref.substring(1)).path("properties").path("type");
            ArrayNode values = NODES.arrayNode();
            if (type.path("enum").isArray()) {
                values.addAll((ArrayNode) type.get("enum"));
            } else if (type.has("const")) {
                values.add(type.get("const"));
            } else {
                return null;
            }
            for (JsonNode value : values) {
                if (!seen.add(value)) {
                    return null;
                }
            }
            valuesPerBranch.add(values);
        }
        ObjectNode dispatch = NODES.objectNode();
        ObjectNode condition = dispatch.putObject("if");
        condition.put("type", "object");
        condition.putArray("required").add("type");
        ObjectNode then = dispatch.putObject("then");
        ArrayNode all = then.putObject("properties").putObject("type").putArray("enum");
        valuesPerBranch.forEach(all::addAll);
        ArrayNode cases = then.putArray("allOf");
        for (int i = 0; i < branches.size(); i++) {
            ObjectNode branchCase = cases.addObject();
            branchCase.putObject("if").putObject("properties").putObject("type").set("enum", valuesPerBranch.get(i));
            branchCase.set("then", branches.get(i).deepCopy());
        }
        ObjectNode otherwise = dispatch.putObject("else");
        ArrayNode original = otherwise.putArray(keyword);
        branches.forEach(branch -> original.add(branch.deepCopy()));
        return dispatch;
    }

    private static boolean isNullType(JsonNode branch) {
        return branch.size() == 1
                && branch.path("type").isTextual()
                && branch.path("type").asText().equals("null");
    }
}
