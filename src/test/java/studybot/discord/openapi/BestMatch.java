package studybot.discord.openapi;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps, for every union ({@code anyOf}/{@code oneOf}) that no alternative satisfied, only the errors of the
 * alternative that came closest (fewest errors, then fewest mere type mismatches, then the deepest errors), and drops
 * the union's own "valid against none" summary when that alternative's errors explain it. Without this, a body that
 * fails a union is reported once per alternative, mostly with "this is not the alternative you meant" noise.
 */
final class BestMatch {

    private static final Set<String> UNIONS = Set.of("anyOf", "oneOf");
    /** Applicators that step from an object or array into one of its members. */
    private static final Set<String> STEP_INTO_MEMBER_AND_NAME =
            Set.of("properties", "patternProperties", "prefixItems");

    private static final Set<String> STEP_INTO_MEMBER =
            Set.of("items", "additionalProperties", "unevaluatedProperties", "unevaluatedItems", "contains");
    private static final Set<String> SKIP_NAME = Set.of("allOf", "anyOf", "oneOf", "dependentSchemas", "$defs");

    private BestMatch() {}

    static List<Error> of(List<Error> errors) {
        List<Error> kept = new ArrayList<>(errors);
        Set<String> settled = new HashSet<>();
        while (true) {
            Map<String, Map<Integer, List<Error>>> byUnion = new LinkedHashMap<>();
            for (Error error : kept) {
                for (Choice choice : choices(error)) {
                    if (choice.branch() != null) {
                        byUnion.computeIfAbsent(choice.union(), key -> new LinkedHashMap<>())
                                .computeIfAbsent(choice.branch(), key -> new ArrayList<>())
                                .add(error);
                    }
                }
            }
            Map.Entry<String, Map<Integer, List<Error>>> contested = byUnion.entrySet().stream()
                    .filter(entry -> entry.getValue().size() > 1 && !settled.contains(entry.getKey()))
                    .min(Comparator.comparingInt(entry -> entry.getKey().length()))
                    .orElse(null);
            if (contested == null) {
                break;
            }
            Map<Integer, List<Integer>> scores = new LinkedHashMap<>();
            contested.getValue().forEach((branch, branchErrors) -> scores.put(branch, score(branchErrors)));
            List<Integer> bestScore =
                    scores.values().stream().min(BestMatch::compareScores).orElseThrow();
            // Alternatives that come equally close are all kept: picking one arbitrarily would mislead.
            Set<Error> winners = new HashSet<>();
            Set<Error> losers = new HashSet<>();
            contested
                    .getValue()
                    .forEach((branch, branchErrors) ->
                            (scores.get(branch).equals(bestScore) ? winners : losers).addAll(branchErrors));
            losers.removeAll(winners);
            if (losers.isEmpty()) {
                // Every alternative is equally close; nothing to drop here, so stop looking at this union.
                settled.add(contested.getKey());
                continue;
            }
            kept.removeIf(losers::contains);
        }
        Set<String> explained = new HashSet<>();
        for (Error error : kept) {
            choices(error).stream().filter(choice -> choice.branch() != null).forEach(c -> explained.add(c.union()));
        }
        kept.removeIf(error -> choices(error).stream()
                .anyMatch(choice -> choice.branch() == null && explained.contains(choice.union())));
        return kept;
    }

    /** Lower is closer: fewer errors, then fewer type mismatches, then deeper errors. */
    private static List<Integer> score(List<Error> branchErrors) {
        int typeMismatches = (int) branchErrors.stream()
                .filter(error -> "type".equals(error.getKeyword()))
                .count();
        int depth = branchErrors.stream()
                .mapToInt(error -> error.getInstanceLocation().getNameCount())
                .max()
                .orElse(0);
        return List.of(branchErrors.size(), typeMismatches, -depth);
    }

    private static int compareScores(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < a.size(); i++) {
            int order = Integer.compare(a.get(i), b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return 0;
    }

    /** Each union on the error's evaluation path, keyed by where it sits in the schema and in the instance. */
    private static List<Choice> choices(Error error) {
        NodePath evaluation = error.getEvaluationPath();
        int count = evaluation.getNameCount();
        List<Choice> choices = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            String segment = evaluation.getName(k);
            if (!UNIONS.contains(segment)) {
                continue;
            }
            Integer branch = k + 1 < count ? index(evaluation.getName(k + 1)) : null;
            if (k + 1 < count && branch == null) {
                continue;
            }
            int depthBelow = branch == null ? 0 : instanceStepsBetween(evaluation, k + 2, count - 1);
            NodePath instance = error.getInstanceLocation();
            StringBuilder unionInstance = new StringBuilder();
            for (int i = 0; i < instance.getNameCount() - depthBelow; i++) {
                unionInstance.append('/').append(instance.getName(i));
            }
            StringBuilder schemaPrefix = new StringBuilder();
            for (int i = 0; i <= k; i++) {
                schemaPrefix.append('/').append(evaluation.getName(i));
            }
            choices.add(new Choice(schemaPrefix + " @" + unionInstance, branch));
        }
        return choices;
    }

    /** How many instance levels the evaluation path descends between {@code from} and {@code to} (exclusive). */
    private static int instanceStepsBetween(NodePath evaluation, int from, int to) {
        int steps = 0;
        for (int i = from; i < to; i++) {
            String segment = evaluation.getName(i);
            if (STEP_INTO_MEMBER_AND_NAME.contains(segment)) {
                steps++;
                i++;
            } else if (STEP_INTO_MEMBER.contains(segment)) {
                steps++;
            } else if (SKIP_NAME.contains(segment)) {
                i++;
            }
        }
        return steps;
    }

    private static Integer index(String segment) {
        try {
            return Integer.valueOf(segment);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private record Choice(String union, Integer branch) {}
}
