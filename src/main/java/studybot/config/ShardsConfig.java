package studybot.config;

import java.util.Map;
import java.util.Optional;

/**
 * Which of the bot's shards this process runs. {@code total} 0 is the default: Discord recommends the count and every
 * shard runs here ({@code from} and {@code to} are then 0). Otherwise the bot has {@code total} shards and this process
 * runs shards {@code from}..{@code to} inclusive, so several processes can share one bot by taking a range each.
 *
 * <p>A service template sets the range per process from the environment ({@link #TOTAL_VARIABLE},
 * {@link #FROM_VARIABLE}, {@link #TO_VARIABLE}), which overrides the file.
 */
public record ShardsConfig(int total, int from, int to) {

    public static final String TOTAL_VARIABLE = "STUDYBOT_SHARDS_TOTAL";
    public static final String FROM_VARIABLE = "STUDYBOT_SHARDS_FROM";
    public static final String TO_VARIABLE = "STUDYBOT_SHARDS_TO";
    /** Far above any real bot (Discord's largest run tens of thousands of shards), but catches a stray digit. */
    private static final int MAX_TOTAL = 100_000;

    public ShardsConfig {
        ConfigChecks.between("discord.shards.total", total, 0, MAX_TOTAL);
        if (total == 0) {
            if (from != 0 || to != 0) {
                throw new IllegalArgumentException("discord.shards.from and discord.shards.to must be 0 when "
                        + "discord.shards.total is 0 (Discord chooses the count and this process runs every shard); "
                        + "set discord.shards.total to run a range, was from " + from + " to " + to);
            }
        } else {
            ConfigChecks.between("discord.shards.from", from, 0, total - 1);
            ConfigChecks.between("discord.shards.to", to, from, total - 1);
        }
    }

    /** The default: Discord chooses the shard count and this process runs them all. */
    public static ShardsConfig automatic() {
        return new ShardsConfig(0, 0, 0);
    }

    /** Whether Discord chooses the count and this process runs every shard. */
    public boolean isAutomatic() {
        return total == 0;
    }

    /**
     * These settings with any of {@link #TOTAL_VARIABLE}, {@link #FROM_VARIABLE}, {@link #TO_VARIABLE} set in
     * {@code environment} taking their place (blank counts as unset).
     *
     * @throws IllegalArgumentException naming the variable when a value is not a whole number, or the result is not a
     *     valid range
     */
    public ShardsConfig overriddenBy(Map<String, String> environment) {
        Optional<Integer> envTotal = number(environment, TOTAL_VARIABLE);
        Optional<Integer> envFrom = number(environment, FROM_VARIABLE);
        Optional<Integer> envTo = number(environment, TO_VARIABLE);
        if (envTotal.isEmpty() && envFrom.isEmpty() && envTo.isEmpty()) {
            return this;
        }
        try {
            return new ShardsConfig(envTotal.orElse(total), envFrom.orElse(from), envTo.orElse(to));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    e.getMessage() + " (with " + TOTAL_VARIABLE + ", " + FROM_VARIABLE + ", " + TO_VARIABLE
                            + " from the environment taking the place of the file's values)",
                    e);
        }
    }

    @Override
    public String toString() {
        return isAutomatic()
                ? "all shards (count chosen by Discord)"
                : (from == to ? "shard " + from : "shards " + from + "-" + to) + " of " + total;
    }

    private static Optional<Integer> number(Map<String, String> environment, String name) {
        String value = environment.get(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, was '" + value + "'", e);
        }
    }
}
