/**
 * studybot on Discord through JDA: translating interactions to the command registry ({@code RegistryInteractions}),
 * keeping Discord's deadlines ({@code InteractionResponder}), rendering replies as embeds with buttons
 * ({@code DiscordRenderer}, within {@code DiscordLimits}), registering slash commands, and the services that need the
 * connection itself ({@code DiscordService}).
 *
 * <p>May use: {@code command}, {@code reply}, {@code i18n}, {@code stats}, {@code config}, {@code store} (its busy
 * advice), {@code discord.connect}, {@code concurrent}, JDA.
 */
package studybot.discord;
