package studybot.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import studybot.book.CurrentBook;
import studybot.discord.DiscordText;
import studybot.reply.Reply;
import studybot.store.StoreBusyException;
import studybot.store.StoreUnwritableException;

/** The one way in: access, subcommands, option kinds and click routing, checked before any handler runs. */
class CommandRegistryTest {

    private static final long SERVER = 200000000000000001L;
    private static final long CHANNEL = 300000000000000001L;
    private static final Instant SENT = Instant.parse("2026-12-06T07:00:00Z");

    private final List<CommandCall> calls = new ArrayList<>();
    private final List<ClickCall> clicks = new ArrayList<>();
    private final CommandRegistry registry =
            new CommandRegistry(BooksByPlace.everywhere(new CurrentBook()), List.of(new Probe()));

    @Test
    void managerCommandsNeedAServerAndManageServerButNotOnTheConsole() {
        Reply dm = registry.answer(directMessage(), "admin", "", Map.of());
        Reply member = registry.answer(member(), "admin", "", Map.of());
        Reply manager = registry.answer(manager(), "admin", "", Map.of());
        Reply console = registry.answer(Asker.console("me"), "admin", "", Map.of());

        assertThat(dm.kind()).isEqualTo(Reply.Kind.PROBLEM);
        assertThat(DiscordText.markdown(dm.text())).contains("works only in a server");
        assertThat(DiscordText.markdown(member.text()))
                .contains("Only members with the Manage Server permission can use `/admin`");
        assertThat(manager.kind()).isEqualTo(Reply.Kind.CONTENT);
        assertThat(manager.isForAskerOnly()).as("manager answers are private").isTrue();
        assertThat(console.kind()).isEqualTo(Reply.Kind.CONTENT);
        assertThat(calls).extracting(CommandCall::asker).containsExactly(manager(), Asker.console("me"));
    }

    @Test
    void commandsReachingServersAreRefusedInPersonalPlacesAndAnsweredOnTheConsole() {
        assertThat(registry.answer(directMessage(), "here", "", Map.of()).text().plainText())
                .contains("works only in a server");
        assertThat(registry.answer(Asker.console("me"), "here", "", Map.of()).kind())
                .as("the console stands in for a server")
                .isEqualTo(Reply.Kind.CONTENT);
        assertThat(registry.answer(member(), "here", "", Map.of()).kind()).isEqualTo(Reply.Kind.CONTENT);
        assertThat(calls)
                .extracting(call -> call.scope().place())
                .containsExactly(Place.console(), Place.server(SERVER));
    }

    @Test
    void aCommandForServerManagersReachesServersOnly() {
        assertThatThrownBy(() -> CommandSpec.of("admin", "Settings", Access.SERVER_MANAGERS, Reach.EVERYWHERE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reaches servers only");
    }

    @Test
    void helpListsOnlyWhatTheAskerMayUse() {
        assertThat(registry.specsFor(directMessage()))
                .extracting(CommandSpec::name)
                .containsExactly("game");
        assertThat(registry.specsFor(member())).extracting(CommandSpec::name).containsExactly("game", "here");
        assertThat(registry.specsFor(manager())).extracting(CommandSpec::name).containsExactly("game", "admin", "here");
        assertThat(registry.specsFor(Asker.console("me")))
                .extracting(CommandSpec::name)
                .containsExactly("game", "admin", "here");
    }

    @Test
    void optionsAreCheckedAgainstTheirKindsAndHandedOverTyped() {
        Reply reply = registry.answer(
                member(), "game", "start", Map.of("rounds", "3", "hard", "yes", "channel", "<#" + CHANNEL + ">"));

        assertThat(reply.kind()).isEqualTo(Reply.Kind.CONTENT);
        OptionValues options = calls.get(0).options();
        assertThat(options.integer("rounds")).hasValue(3);
        assertThat(options.bool("hard")).hasValue(true);
        assertThat(options.channel("channel")).hasValue(CHANNEL);
        assertThat(calls.get(0).subcommand()).isEqualTo("start");
    }

    @Test
    void badOptionsAndSubcommandsAreExplainedAndNoHandlerRuns() {
        assertThat(DiscordText.markdown(registry.answer(member(), "game", "start", Map.of("rounds", "99"))
                        .text()))
                .contains("`rounds` of `/game start` must be from 1 to 10");
        assertThat(registry.answer(member(), "game", "start", Map.of("rounds", "two"))
                        .text()
                        .plainText())
                .contains("must be a whole number");
        assertThat(registry.answer(member(), "game", "start", Map.of("rounds", "2", "hard", "maybe"))
                        .text()
                        .plainText())
                .contains("must be on or off (yes/no and true/false work too)");
        assertThat(registry.answer(member(), "game", "start", Map.of("rounds", "2", "channel", "#general"))
                        .text()
                        .plainText())
                .contains("must be a channel");
        assertThat(DiscordText.markdown(
                        registry.answer(member(), "game", "start", Map.of()).text()))
                .contains("needs `rounds`");
        assertThat(DiscordText.markdown(
                        registry.answer(member(), "game", "", Map.of()).text()))
                .contains("`/game start rounds [hard] [channel]`")
                .contains("`/game stop`");
        assertThat(registry.answer(member(), "nope", "", Map.of()).text().plainText())
                .contains("no command /nope");
        assertThat(calls).isEmpty();
    }

    @Test
    void clicksGoToTheFeatureOwningThePrefixWithTheirArguments() {
        assertThat(registry.clickMode("game:card-7:b")).hasValue(ClickMode.EDIT_MESSAGE);
        assertThat(registry.clickMode("game")).hasValue(ClickMode.EDIT_MESSAGE);
        assertThat(registry.clickMode("gone:1")).isEmpty();

        Reply reply = registry.click(member(), "game:card-7:b", List.of("x"));

        assertThat(reply.kind()).isEqualTo(Reply.Kind.CONTENT);
        assertThat(clicks).singleElement().satisfies(click -> {
            assertThat(click.args()).containsExactly("card-7", "b");
            assertThat(click.values()).containsExactly("x");
            assertThat(click.asker()).isEqualTo(member());
        });
        assertThat(registry.click(member(), "gone:1", List.of()).text().plainText())
                .contains("older version");
    }

    @Test
    void aClickIsAnsweredOnlyWhenItsMessageCarriesItsRoute() {
        ClickedMessage section = new ClickedMessage(77, SENT, List.of("nav:20.4:0", "nav:20.4:2", "open:20.4:0"));
        ClickedMessage card = new ClickedMessage(78, SENT, List.of("game:card-7:a", "game:card-7:b"));

        Reply forged = registry.click(member(), "game:card-7:b", List.of(), section);
        assertThat(forged.kind()).isEqualTo(Reply.Kind.PROBLEM);
        assertThat(forged.isForAskerOnly()).isTrue();
        assertThat(forged.text().plainText()).startsWith("This button isn't valid.");
        assertThat(registry.click(member(), "game", List.of(), new ClickedMessage(79, SENT, List.of()))
                        .text()
                        .plainText())
                .as("a message with no components")
                .startsWith("This button isn't valid.");
        assertThat(clicks).as("no handler ran").isEmpty();

        assertThat(registry.click(member(), "game:card-7:b", List.of(), card).kind())
                .isEqualTo(Reply.Kind.CONTENT);
        assertThat(registry.click(member(), "game:card-8:a", List.of(), card).kind())
                .as("the route, not the whole id: the message may have been edited since")
                .isEqualTo(Reply.Kind.CONTENT);
        assertThat(clicks).extracting(ClickCall::messageId).containsExactly(OptionalLong.of(78), OptionalLong.of(78));
        assertThat(clicks).extracting(ClickCall::messageSentAt).containsOnly(Optional.of(SENT));
    }

    @Test
    void everyCallIsScopedToTheAskersPlaceWithTheBookInUseThere() {
        List<Place> asked = new ArrayList<>();
        CurrentBook serverBook = new CurrentBook();
        CurrentBook ownBook = new CurrentBook();
        CommandRegistry perPlace = new CommandRegistry(
                place -> {
                    asked.add(place);
                    return place.isServer() ? serverBook : ownBook;
                },
                List.of(new Probe()));

        perPlace.answer(member(), "game", "stop", Map.of());
        perPlace.answer(directMessage(), "game", "stop", Map.of());
        perPlace.click(Asker.console("me"), "game:card-7:b", List.of());

        assertThat(calls)
                .extracting(call -> call.scope().place())
                .containsExactly(Place.server(SERVER), Place.personal(3));
        assertThat(clicks).singleElement().satisfies(click -> {
            assertThat(click.scope().place()).isEqualTo(Place.console());
            assertThat(click.message()).as("the console has no messages").isEmpty();
        });
        assertThat(asked).containsExactly(Place.server(SERVER), Place.personal(3), Place.console());
    }

    @Test
    void privateRepliesAreInTheAskersLanguageAndPublicOnesInTheLanguageTheServerChose() {
        CommandRegistry speaking = new CommandRegistry(
                BooksByPlace.everywhere(new CurrentBook()),
                server -> server == SERVER ? Optional.of(Locale.GERMAN) : Optional.empty(),
                List.of(new Probe()));
        Asker german = member().speaking(Locale.forLanguageTag("de-AT"), Locale.ENGLISH);
        Asker englishElsewhere = Asker.inServer(1, "Ann", SERVER + 1, CHANNEL, false)
                .speaking(Locale.US, Locale.forLanguageTag("de-DE"));
        Asker ownPlace = directMessage().speaking(Locale.GERMAN, Locale.ENGLISH);

        speaking.answer(german, "game", "stop", Map.of());
        speaking.answer(englishElsewhere, "game", "stop", Map.of());
        speaking.answer(ownPlace, "game", "stop", Map.of());
        speaking.click(member().speaking(Locale.forLanguageTag("pl"), Locale.ENGLISH), "game:card-7:b", List.of());

        assertThat(calls)
                .extracting(CommandCall::privateLocale)
                .containsExactly(Locale.GERMAN, Locale.ENGLISH, Locale.GERMAN);
        assertThat(calls)
                .as("the server's choice, else its preferred locale; a member's own place is theirs")
                .extracting(CommandCall::publicLocale)
                .containsExactly(Locale.GERMAN, Locale.GERMAN, Locale.GERMAN);
        assertThat(clicks).singleElement().satisfies(click -> {
            assertThat(click.privateLocale()).as("Polish has no texts").isEqualTo(Locale.ENGLISH);
            assertThat(click.publicLocale()).isEqualTo(Locale.GERMAN);
        });
    }

    @Test
    void anAskerWithoutKnownLanguagesIsInEnglish() {
        assertThat(member().privateLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(member().publicLocale()).isEqualTo(Locale.ENGLISH);
        assertThat(Asker.console("me").speaking(Locale.GERMAN, Locale.GERMAN).publicLocale())
                .isEqualTo(Locale.GERMAN);
    }

    @Test
    void twoFeaturesCannotClaimOneNameOrPrefix() {
        assertThatThrownBy(() -> registry.with(new Probe()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two commands are named game");
        Feature samePrefix = new Feature() {
            @Override
            public List<BotCommand> commands() {
                return List.of();
            }

            @Override
            public List<ClickRoute> clickRoutes() {
                return List.of(new ClickRoute("game", ClickMode.NEW_MESSAGE, call -> Reply.problem("no")));
            }
        };
        assertThatThrownBy(() -> registry.with(samePrefix)).hasMessageContaining("ids starting game");
    }

    /**
     * Hostile audit F2: a command or click whose store is busy or cannot write is answered as such, whatever feature it
     * belongs to, instead of escaping to the transport as a failure.
     */
    @Test
    void aStoreThatIsBusyOrCannotWriteIsAnsweredForEveryCommandAndClick() {
        Feature failing = new Feature() {
            @Override
            public List<BotCommand> commands() {
                return List.of(new BotCommand() {
                    @Override
                    public CommandSpec spec() {
                        return CommandSpec.of("save", "Saves", Access.EVERYONE, Reach.EVERYWHERE);
                    }

                    @Override
                    public Reply answer(CommandCall call) {
                        throw new StoreUnwritableException("Cannot write database file x: disk full", null);
                    }
                });
            }

            @Override
            public List<ClickRoute> clickRoutes() {
                return List.of(new ClickRoute("save", ClickMode.PRIVATE_REPLY, call -> {
                    throw new StoreBusyException("The store x is busy", null);
                }));
            }
        };
        CommandRegistry withStore = registry.with(new StoreFeature(failing));

        Reply command = withStore.answer(member(), "save", "", Map.of());
        Reply click = withStore.click(member(), "save:1", List.of());

        assertThat(command.kind()).isEqualTo(Reply.Kind.PROBLEM);
        assertThat(command.text().plainText())
                .isEqualTo("Nothing was changed: studybot cannot write its store right now. The bot's host has been"
                        + " told in the log; try again once it is fixed.");
        assertThat(click.kind()).isEqualTo(Reply.Kind.PROBLEM);
        assertThat(click.text().plainText())
                .isEqualTo("The store is busy, try again in a moment. Nothing was changed.");
        assertThat(withStore
                        .answer(member().speaking(Locale.GERMAN, Locale.ENGLISH), "save", "", Map.of())
                        .text()
                        .plainText())
                .startsWith("Es wurde nichts geändert");
    }

    @Test
    void completionsNeverWaitForTheBook() {
        assertThat(registry.complete(member(), "game", "start", "rounds", "1"))
                .extracting(Choice::value)
                .containsExactly("no book yet");
    }

    private static Asker member() {
        return Asker.inServer(1, "Ann", SERVER, CHANNEL, false);
    }

    private static Asker manager() {
        return Asker.inServer(2, "Bo", SERVER, CHANNEL, true);
    }

    private static Asker directMessage() {
        return Asker.personal(3, "Cy", CHANNEL);
    }

    /** A feature of three commands, one per access level, that records what reaches it. */
    private final class Probe implements Feature {

        @Override
        public List<BotCommand> commands() {
            return List.of(
                    command(CommandSpec.withSubcommands(
                            "game",
                            "A game",
                            Access.EVERYONE,
                            Reach.EVERYWHERE,
                            new SubcommandSpec(
                                    "start",
                                    "Start one",
                                    List.of(
                                            OptionSpec.integer("rounds", "How many rounds", 1, 10),
                                            OptionSpec.bool("hard", "Harder").optional(),
                                            OptionSpec.channel("channel", "Where")
                                                    .optional()
                                                    .withAutocomplete())),
                            new SubcommandSpec("stop", "Stop it"))),
                    command(CommandSpec.of("admin", "Settings", Access.SERVER_MANAGERS, Reach.SERVERS)),
                    command(CommandSpec.of("here", "Server things", Access.EVERYONE, Reach.SERVERS)));
        }

        @Override
        public List<ClickRoute> clickRoutes() {
            return List.of(new ClickRoute("game", ClickMode.EDIT_MESSAGE, call -> {
                clicks.add(call);
                return Reply.content("Card", "Answered.");
            }));
        }

        private BotCommand command(CommandSpec spec) {
            return new BotCommand() {
                @Override
                public CommandSpec spec() {
                    return spec;
                }

                @Override
                public Reply answer(CommandCall call) {
                    calls.add(call);
                    return Reply.content(spec.name(), "Done.");
                }

                @Override
                public List<Choice> complete(CompletionCall call) {
                    return List.of(new Choice("book", call.book().isPresent() ? "loaded" : "no book yet"));
                }
            };
        }
    }
}
