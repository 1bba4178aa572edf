package studybot;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import studybot.command.BotCommand;
import studybot.command.Feature;

/**
 * Keeps the structure the package-info files describe: package dependencies point one way (no cycles), each layer uses
 * only the layers below it, and only the Discord adapters know JDA.
 */
class ArchitectureTest {

    /** The main classes only, read from where they were compiled to (scanning the whole classpath is slow). */
    private static final JavaClasses MAIN = new ClassFileImporter().importPath(mainClasses());

    private static final Path SOURCES = Path.of("src", "main", "java");

    /** A feature's command package, {@code studybot.<feature>.command} or below; group 1 is the feature. */
    private static final Pattern FEATURE_COMMANDS = Pattern.compile("studybot\\.([a-z0-9]+)\\.command(?:\\..+)?");

    private static Path mainClasses() {
        try {
            return Path.of(Studybot.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("studybot.(**)").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void layersPointDown() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("Wiring")
                .definedBy("studybot")
                .layer("Transports")
                .definedBy(
                        "studybot.discord..",
                        "studybot.console..",
                        "studybot.dailytips.discord..",
                        "studybot.shards..",
                        "studybot.metrics..")
                .layer("Features")
                .definedBy(
                        // every feature's command package, by its name (a new feature's is placed with no line here)
                        "studybot.*.command..",
                        "studybot.help..",
                        "studybot.stats..",
                        "studybot.dailytips",
                        "studybot.plan..",
                        "studybot.progress..",
                        "studybot.digest..",
                        "studybot.sharing..",
                        "studybot.round..",
                        "studybot.quiz.learning..",
                        "studybot.threads..",
                        "studybot.remind..")
                .layer("Commands")
                .definedBy("studybot.command..")
                .layer("Book")
                .definedBy("studybot.book..", "studybot.reload..", "studybot.shelf")
                .layer("Engines")
                .definedBy(
                        "studybot.section",
                        "studybot.search",
                        "studybot.search.semantic",
                        "studybot.tip",
                        "studybot.store..",
                        "studybot.posting",
                        "studybot.facts..",
                        "studybot.quiz",
                        "studybot.quiz.review..",
                        "studybot.fsrs..",
                        "studybot.server",
                        "studybot.privacy",
                        "studybot.chart",
                        "studybot.language")
                .layer("Base")
                .definedBy(
                        "studybot.library..",
                        "studybot.config..",
                        "studybot.reply..",
                        "studybot.logging..",
                        "studybot.i18n..",
                        "studybot.concurrent..",
                        "studybot.files..")
                .ensureAllClassesAreContainedInArchitecture()
                .whereLayer("Wiring")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Transports")
                .mayOnlyBeAccessedByLayers("Wiring")
                .whereLayer("Features")
                .mayOnlyBeAccessedByLayers("Wiring", "Transports")
                .whereLayer("Commands")
                .mayOnlyBeAccessedByLayers("Wiring", "Transports", "Features")
                .whereLayer("Book")
                .mayOnlyBeAccessedByLayers("Wiring", "Transports", "Features", "Commands")
                .whereLayer("Engines")
                .mayOnlyBeAccessedByLayers("Wiring", "Transports", "Features", "Commands", "Book")
                .check(MAIN);
    }

    /**
     * Features are built in one place, the {@link CompositionRoot}, so every mode and every test that starts a bot gets
     * the same ones. The console's own {@code /press} and {@code /quit} are the one exception: they exist only there.
     */
    @Test
    void onlyTheCompositionRootBuildsFeatures() {
        noClasses()
                .that()
                .resideOutsideOfPackage("studybot")
                .and()
                .doNotHaveFullyQualifiedName("studybot.console.Console")
                .should()
                .callConstructorWhere(target(owner(assignableTo(Feature.class))))
                .orShould()
                .callMethod(Feature.class, "of", BotCommand[].class)
                .because("features are built in the CompositionRoot (docs/architecture.md)")
                .check(MAIN);
    }

    /**
     * One place for commands: a feature's commands and click routes live in its {@code <feature>.command} package,
     * beside the engine or service they use, never in it. The console's own {@code /press} and {@code /quit} stay with
     * the console.
     */
    @Test
    void commandsLiveInTheirFeaturesCommandPackage() {
        classes()
                .that()
                .areAssignableTo(BotCommand.class)
                .or()
                .areAssignableTo(Feature.class)
                .and()
                .resideOutsideOfPackage("studybot.console")
                .should()
                .resideInAPackage("..command")
                .check(MAIN);
    }

    /**
     * A feature's command package is its own: what another feature needs of it (a button, an id, a reply) lives in the
     * feature's API package ({@code studybot.<feature>}) or a shared one, so a command's folder holds only what answers
     * it. The composition root wires the commands, so it may use them. The class files miss a constant the compiler
     * copied in, so no package's "May use:" line (which its imports are held to) may name another feature's commands
     * either.
     */
    @Test
    void noFeatureReachesIntoAnotherFeaturesCommands() throws IOException {
        classes()
                .that()
                .resideOutsideOfPackage("studybot")
                .should(dependOnNoOtherFeaturesCommandPackage())
                .because("a feature's commands are its own (docs/architecture.md)")
                .check(MAIN);
        assertThat(MayUseLines.read(SOURCES).entrySet().stream()
                        .filter(entry -> !entry.getKey().equals("studybot"))
                        .flatMap(entry -> entry.getValue().stream()
                                .filter(used -> isOtherFeaturesCommands(entry.getKey(), used))
                                .map(used -> entry.getKey() + " may use " + used)))
                .as("May use: lines naming another feature's command package")
                .isEmpty();
    }

    private static boolean isOtherFeaturesCommands(String origin, String target) {
        Matcher commands = FEATURE_COMMANDS.matcher(target);
        return commands.matches() && !inFeature(origin, commands.group(1));
    }

    private static ArchCondition<JavaClass> dependOnNoOtherFeaturesCommandPackage() {
        return new ArchCondition<>("depend on no other feature's command package") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    if (isOtherFeaturesCommands(
                            origin.getPackageName(), dependency.getTargetClass().getPackageName())) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        };
    }

    private static boolean inFeature(String packageName, String feature) {
        String root = "studybot." + feature;
        return packageName.equals(root) || packageName.startsWith(root + ".");
    }

    /**
     * Every package's "May use:" line is its rule: its classes depend on no other studybot package than those it names
     * ({@code every package} for the wiring, {@code no other studybot package} for none).
     */
    @TestFactory
    Stream<DynamicTest> everyPackageUsesOnlyWhatItsPackageInfoAllows() throws IOException {
        Map<String, List<String>> allowed = MayUseLines.read(SOURCES);
        assertThat(allowed).as("packages with a May use: line").containsKeys("studybot", "studybot.command");
        return allowed.entrySet().stream()
                .filter(entry -> !entry.getValue().equals(MayUseLines.EVERY_PACKAGE))
                .map(entry -> DynamicTest.dynamicTest(entry.getKey(), () -> {
                    String[] may = Stream.concat(Stream.of(entry.getKey()), entry.getValue().stream())
                            .toArray(String[]::new);
                    classes()
                            .that()
                            .resideInAPackage(entry.getKey())
                            .should()
                            .onlyDependOnClassesThat(
                                    resideOutsideOfPackage("studybot..").or(resideInAnyPackage(may)))
                            .because("its package-info says: May use: " + entry.getValue())
                            .check(MAIN);
                    assertThat(MayUseLines.importsBeyond(SOURCES, entry.getKey(), entry.getValue()))
                            .as("imports beyond the May use: line of " + entry.getKey())
                            .isEmpty();
                }));
    }

    @Test
    void onlyTheDiscordAdaptersKnowJda() {
        noClasses()
                .that()
                .resideOutsideOfPackages("studybot.discord..", "studybot.dailytips.discord..", "studybot.shards..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("net.dv8tion..")
                .check(MAIN);
    }
}
