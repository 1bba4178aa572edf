package studybot;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import studybot.command.BotCommand;
import studybot.command.Feature;

/**
 * Keeps the structure the package-info files describe: package dependencies point one way (no cycles), each
 * layer uses only the layers below it, and only the Discord adapters know JDA.
 */
class ArchitectureTest {

    /** The main classes only, read from where they were compiled to (scanning the whole classpath is slow). */
    private static final JavaClasses MAIN = new ClassFileImporter().importPath(mainClasses());

    private static Path mainClasses() {
        try {
            return Path.of(Studybot.class.getProtectionDomain().getCodeSource().getLocation().toURI());
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
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Wiring").definedBy("studybot")
                .layer("Transports").definedBy("studybot.discord..", "studybot.console..", "studybot.dailytips.discord..",
                        "studybot.shards..")
                .layer("Features").definedBy("studybot.section.command..", "studybot.search.command..",
                        "studybot.tip.command..", "studybot.help..", "studybot.stats..", "studybot.dailytips",
                        "studybot.plan..", "studybot.progress..", "studybot.digest..", "studybot.sharing..",
                        "studybot.quiz.command..")
                .layer("Commands").definedBy("studybot.command..")
                .layer("Book").definedBy("studybot.book..", "studybot.reload..")
                .layer("Engines").definedBy("studybot.section", "studybot.search", "studybot.search.semantic",
                        "studybot.tip", "studybot.store..", "studybot.facts..", "studybot.quiz", "studybot.quiz.review..",
                        "studybot.fsrs..")
                .layer("Base").definedBy("studybot.library..", "studybot.config..", "studybot.reply..", "studybot.logging..")
                .whereLayer("Wiring").mayNotBeAccessedByAnyLayer()
                .whereLayer("Transports").mayOnlyBeAccessedByLayers("Wiring")
                .whereLayer("Features").mayOnlyBeAccessedByLayers("Wiring", "Transports")
                .whereLayer("Commands").mayOnlyBeAccessedByLayers("Wiring", "Transports", "Features")
                .whereLayer("Book").mayOnlyBeAccessedByLayers("Wiring", "Transports", "Features", "Commands")
                .whereLayer("Engines").mayOnlyBeAccessedByLayers("Wiring", "Transports", "Features", "Commands",
                        "Book")
                .check(MAIN);
    }

    /**
     * Features are built in one place, the {@link CompositionRoot}, so every mode and every test that starts a bot
     * gets the same ones. The console's own {@code /press} and {@code /quit} are the one exception: they exist only
     * there.
     */
    @Test
    void onlyTheCompositionRootBuildsFeatures() {
        noClasses().that().resideOutsideOfPackage("studybot")
                .and().doNotHaveFullyQualifiedName("studybot.console.Console")
                .should().callConstructorWhere(target(owner(assignableTo(Feature.class))))
                .orShould().callMethod(Feature.class, "of", BotCommand[].class)
                .because("features are built in the CompositionRoot (docs/architecture.md)")
                .check(MAIN);
    }

    @Test
    void onlyTheDiscordAdaptersKnowJda() {
        noClasses().that().resideOutsideOfPackages("studybot.discord..", "studybot.dailytips.discord..",
                        "studybot.shards..")
                .should().dependOnClassesThat().resideInAPackage("net.dv8tion..")
                .check(MAIN);
    }
}
