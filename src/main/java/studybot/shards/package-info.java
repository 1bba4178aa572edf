/**
 * Several processes sharing the shards: the heartbeat row per process behind {@code /stats}' totals.
 *
 * <p>May use: {@code config}, {@code discord}, {@code stats}, {@code store}, {@code concurrent}.
 */
package studybot.shards;
