package studybot.discord;

/**
 * Discord's size limits for what the bot sends (checked against Discord's OpenAPI description). Text is fitted into
 * them with {@link studybot.reply.WordCut}: cut at a word and end with {@code …}, never fail the send.
 */
public final class DiscordLimits {

    public static final int EMBED_TITLE = 256;
    public static final int EMBED_DESCRIPTION = 4096;
    public static final int EMBED_FIELDS = 25;
    public static final int FIELD_NAME = 256;
    public static final int FIELD_VALUE = 1024;
    public static final int FOOTER = 2048;
    public static final int EMBEDS_TOTAL = 6000;
    public static final int BUTTON_LABEL = 80;
    public static final int BUTTONS_PER_ROW = 5;
    public static final int ROWS = 5;
    public static final int SELECT_OPTIONS = 25;
    public static final int SELECT_LABEL = 100;
    public static final int SELECT_VALUE = 100;
    public static final int SELECT_PLACEHOLDER = 150;
    public static final int CUSTOM_ID = 100;
    public static final int CHOICES = 25;
    public static final int CHOICE_NAME = 100;
    public static final int CHOICE_VALUE = 100;

    private DiscordLimits() {}
}
