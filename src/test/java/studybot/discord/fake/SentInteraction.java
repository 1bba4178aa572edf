package studybot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An interaction the fake dispatched over the gateway, with the REST paths (relative to the API base) where the bot's
 * answers to it will arrive.
 */
public record SentInteraction(
        String id, String token, int type, String applicationId, String channelId, JsonNode payload) {

    /** Where the initial response goes: {@code POST interactions/{id}/{token}/callback}. */
    public String callbackPath() {
        return "interactions/" + id + "/" + token + "/callback";
    }

    /** Where followup messages go: {@code POST webhooks/{application}/{token}}. */
    public String followupPath() {
        return "webhooks/" + applicationId + "/" + token;
    }

    /** Where edits of the original response go: {@code PATCH webhooks/{application}/{token}/messages/@original}. */
    public String originalMessagePath() {
        return followupPath() + "/messages/@original";
    }
}
