package com.fluxpay.testing;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The boundaries every service keeps, as allow-lists: what a layer may use is named, everything else is a
 * violation. A hexagon is a service (payment-service) or one capability of the gateway (gateway.order); in it
 * the domain uses only the JDK and itself, use cases only the domain, their ports, the contracts and the
 * platform's plain-Java ports, and no adapter sees another. Each service's ArchitectureTest checks these;
 * test-support's own HexagonalRulesTest proves with broken fixture classes that every rule can fail.
 */
public final class HexagonalRules {

    /** The JDK, less what belongs in an adapter: JDBC, and the JDK's own HTTP client and servers. */
    static final String[] JDK = {"java..", "javax.crypto.."};
    static final String[] NOT_IN_THE_CORE = {"java.sql..", "javax.sql..", "java.net.http..", "com.sun.net.."};
    static final String CONTRACTS = "com.fluxpay.contracts..";
    /** The platform's plain-Java ports that use cases may depend on. */
    static final String PLATFORM_PORTS = "com.fluxpay.platform.transactions..";

    private HexagonalRules() {
    }

    /**
     * One hexagon: {@code root}.domain, {@code root}.application (with its {@code port}), {@code root}.adapter.*.*,
     * and what its domain and its use cases may use beyond the JDK and themselves.
     */
    public record Hexagon(String name, String root, List<String> domainMayUse, List<String> applicationMayUse) {

        public Hexagon {
            domainMayUse = List.copyOf(domainMayUse);
            applicationMayUse = List.copyOf(applicationMayUse);
        }

        String domain() {
            return root + ".domain..";
        }

        String application() {
            return root + ".application..";
        }

        String adapter() {
            return root + ".adapter..";
        }
    }

    /** A service with one hexagon at its base package; its wiring lives in {@code base}.config. */
    public static Hexagon service(String base) {
        return new Hexagon(base, base, List.of(), List.of(CONTRACTS, PLATFORM_PORTS));
    }

    public static JavaClasses importService(String basePackage) {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
        if (classes.isEmpty()) {
            throw new AssertionError("no classes found under " + basePackage);
        }
        return classes;
    }

    /** The rules of one hexagon. */
    public static List<ArchRule> of(Hexagon hexagon) {
        String name = hexagon.name() + ": ";
        return List.of(
                classes().that().resideInAPackage(hexagon.domain()).should().onlyDependOnClassesThat(
                                allowed(hexagon.domainMayUse(), hexagon.domain()))
                        .as(name + "the domain uses only the JDK and itself").allowEmptyShould(true),
                classes().that().resideInAPackage(hexagon.application()).should().onlyDependOnClassesThat(
                                allowed(hexagon.applicationMayUse(), hexagon.domain(), hexagon.application()))
                        .as(name + "use cases use only the domain, their ports, the contracts and plain-Java ports")
                        .allowEmptyShould(true),
                slices().matching(hexagon.root() + ".adapter.(*).(*)..").should().notDependOnEachOther()
                        .as(name + "no adapter sees another adapter").allowEmptyShould(true),
                noClasses().that().resideInAPackage(hexagon.adapter()).should().dependOnClassesThat()
                        .resideInAPackage(hexagon.root() + ".config..")
                        .as(name + "adapters are wired by config, not the other way round").allowEmptyShould(true));
    }

    /**
     * The rules of a whole service tree: every class sits in one of {@code layers} (or is the service's
     * {@code *Application} main class at the base), and no two slices depend on each other in a cycle.
     * {@code slices} is an ArchUnit slice pattern: {@code base.(**)} makes every package a slice.
     */
    public static List<ArchRule> tree(String base, List<String> layers, String slices) {
        return List.of(
                classes().that().resideOutsideOfPackages(layers.toArray(String[]::new)).should()
                        .haveSimpleNameEndingWith("Application").andShould().resideInAPackage(base)
                        .as(base + ": every class sits in a layer (only the main class stands beside them)")
                        .allowEmptyShould(true),
                slices().matching(slices).should().beFreeOfCycles().as(base + ": no cycles between " + slices));
    }

    /** Layers of a single-hexagon service. */
    public static List<String> serviceLayers(String base) {
        return List.of(base + ".domain..", base + ".application..", base + ".adapter..", base + ".config..");
    }

    /** All rules of a single-hexagon service. */
    public static List<ArchRule> ofService(String base) {
        var rules = new ArrayList<>(of(service(base)));
        // a service's layers, not its packages: a port may take its use case's command (application.port ->
        // application) without that being a cycle between layers
        rules.addAll(tree(base, serviceLayers(base), base + ".(*).."));
        return rules;
    }

    /** Fails with every violation of every rule of a single-hexagon service. */
    public static void check(String basePackage) {
        JavaClasses classes = importService(basePackage);
        ofService(basePackage).forEach(rule -> rule.check(classes));
    }

    static DescribedPredicate<JavaClass> allowed(List<String> extra, String... own) {
        var packages = Stream.of(Stream.of(JDK), Stream.of(own), extra.stream()).flatMap(s -> s).toArray(String[]::new);
        return resideInAnyPackage(packages).and(not(resideInAnyPackage(NOT_IN_THE_CORE)))
                .as("the JDK (no JDBC, no HTTP), " + String.join(", ", Stream.concat(Stream.of(own), extra.stream())
                        .toList()));
    }
}
