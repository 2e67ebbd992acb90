package com.fluxpay.testing;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/**
 * The boundaries every service keeps: the domain is plain Java, use cases know ports but no frameworks,
 * and nothing inside reaches out to an adapter. Each service's ArchitectureTest checks these.
 */
public final class HexagonalRules {

    private static final String[] FRAMEWORKS = {"org.springframework..", "jakarta.persistence..", "org.hibernate..",
            "org.apache.kafka..", "com.fasterxml.jackson..", "redis.clients..", "io.github.resilience4j..",
            "com.fluxpay.platform.."};

    /** The platform's plain-Java ports that use cases may depend on. */
    private static final String PLATFORM_PORTS = "com.fluxpay.platform.transactions..";

    private HexagonalRules() {
    }

    public static JavaClasses importService(String basePackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
    }

    public static List<ArchRule> of(String basePackage) {
        String domain = basePackage + ".domain..";
        String application = basePackage + ".application..";
        String adapter = basePackage + ".adapter..";
        String config = basePackage + ".config..";
        return List.of(
                noClasses().that().resideInAPackage(domain).should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                        .as("the domain is plain Java").allowEmptyShould(true),
                noClasses().that().resideInAPackage(domain).should().dependOnClassesThat()
                        .resideInAnyPackage(application, adapter, config, "com.fluxpay.contracts..")
                        .as("the domain depends on nothing outside itself").allowEmptyShould(true),
                noClasses().that().resideInAPackage(application).should().dependOnClassesThat(
                                resideInAnyPackage(FRAMEWORKS).and(not(resideInAPackage(PLATFORM_PORTS))))
                        .as("use cases know ports, not frameworks").allowEmptyShould(true),
                noClasses().that().resideInAPackage(application).should().dependOnClassesThat()
                        .resideInAnyPackage(adapter, config).as("use cases never reach into adapters").allowEmptyShould(true),
                noClasses().that().resideInAPackage(adapter).should().dependOnClassesThat().resideInAPackage(config)
                        .as("adapters are wired by config, not the other way round").allowEmptyShould(true));
    }

    /** Fails with every violation of every rule. */
    public static void check(String basePackage) {
        JavaClasses classes = importService(basePackage);
        if (classes.isEmpty()) {
            throw new AssertionError("no classes found under " + basePackage);
        }
        of(basePackage).forEach(rule -> rule.check(classes));
    }
}
