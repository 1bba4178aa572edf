package studybot.stats;

/**
 * The shards this process runs when it runs only some of them, as figures, so {@code /stats} words them for its reader
 * ("shards 0–3 of 8", "Shards 0–3 von 8").
 *
 * @param from the first shard this process runs
 * @param to the last, {@code from} when it runs one
 * @param total the bot's shard count
 */
public record ShardShare(int from, int to, int total) {}
