/**
 * The transport-neutral reply model: what a command answers ({@link studybot.reply.Reply}: structured text, fields,
 * actions with stateless ids), which each transport renders in its own way.
 *
 * <p>May use: no other studybot package.
 */
package studybot.reply;
