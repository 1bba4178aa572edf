package studybot.stats;

/**
 * The bot's processes together, as their heartbeats in the shared store tell it.
 *
 * @param processes processes seen alive recently, this one included
 * @param shardsTotal the bot's shard count
 * @param shardsRun distinct shards some process runs; less than {@code shardsTotal} means servers nobody serves
 * @param overlapping whether two processes run the same shard (a rolling restart, or a misconfigured range)
 * @param servers servers over all processes, each shard's once
 */
public record FleetFigures(int processes, int shardsTotal, int shardsRun, boolean overlapping, int servers) {}
