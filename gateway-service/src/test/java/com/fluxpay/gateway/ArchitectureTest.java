package com.fluxpay.gateway;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.fluxpay.testing.HexagonalRules;
import com.fluxpay.testing.HexagonalRules.Hexagon;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.context.annotation.Configuration;

/**
 * The gateway is packaged by capability: each capability is a hexagon of its own (domain, application with its
 * ports, adapters, and a small configuration at its root), checked on its own. Beside them stand the shared
 * kernels: {@code command} (a command's outcome and the violations of a request), {@code http} (filters,
 * problems, paging, outcome to HTTP) and {@code readmodel} (waiting for a projection, signals, keyset paging).
 */
class ArchitectureTest {

    private static final String BASE = "com.fluxpay.gateway";
    static final List<String> CAPABILITIES = List.of("tenant", "idempotency", "ratelimit", "order", "payment",
            "ledger", "webhookendpoint", "pspwebhook", "diagnostics", "credit");
    private static final List<String> KERNEL_DOMAIN = List.of(BASE + ".command..", BASE + ".readmodel.domain..");
    private static final JavaClasses GATEWAY = HexagonalRules.importService(BASE);

    @TestFactory
    Stream<DynamicTest> each_capability_keeps_its_hexagon() {
        return CAPABILITIES.stream().flatMap(capability -> HexagonalRules.of(hexagon(capability)).stream())
                .map(ArchitectureTest::test);
    }

    @TestFactory
    Stream<DynamicTest> every_class_sits_in_a_capability_or_a_shared_kernel_and_no_package_cycles() {
        return HexagonalRules.tree(BASE, layers(), BASE + ".(**)").stream().map(ArchitectureTest::test);
    }

    /** The kernels serve every capability and so know none, but for who is calling (a tenant's caller). */
    @TestFactory
    Stream<DynamicTest> shared_kernels_know_no_capability_and_capability_roots_only_wire() {
        return kernelRules(BASE, CAPABILITIES).stream().map(ArchitectureTest::test);
    }

    /** The gateway's own rules about its kernels; GatewayKernelRulesTest proves each can fail. */
    static List<ArchRule> kernelRules(String base, List<String> capabilities) {
        var inCapabilities = capabilities.stream().map(capability -> base + "." + capability + "..")
                .toArray(String[]::new);
        return List.of(
                noClasses().that().resideInAnyPackage(base + ".command..", base + ".readmodel..").should()
                        .dependOnClassesThat().resideInAnyPackage(inCapabilities)
                        .as("command and readmodel depend on no capability").allowEmptyShould(true),
                noClasses().that().resideInAPackage(base + ".http..").should().dependOnClassesThat(
                                resideInAnyPackage(inCapabilities).and(not(resideInAPackage(base + ".tenant.domain.."))))
                        .as("http depends on no capability but the tenant's caller").allowEmptyShould(true),
                classes().that().areTopLevelClasses().and().resideInAnyPackage(capabilities.stream()
                                .map(capability -> base + "." + capability).toArray(String[]::new))
                        .should().beAnnotatedWith(Configuration.class)
                        .as("a capability's root holds only its configuration").allowEmptyShould(true));
    }

    /**
     * A capability's domain may use the shared kernel's value types; its use cases also another capability's
     * domain and ports (paying an order reads the order), never another capability's use cases or adapters.
     */
    static Hexagon hexagon(String capability) {
        String root = BASE + "." + capability;
        var application = Stream.concat(KERNEL_DOMAIN.stream(), Stream.of(BASE + ".readmodel.application..",
                BASE + ".*.domain..", BASE + ".*.application.port..", "com.fluxpay.contracts..",
                "com.fluxpay.platform.transactions..")).toList();
        return new Hexagon(capability, root, KERNEL_DOMAIN, application);
    }

    private static List<String> layers() {
        var capabilityLayers = CAPABILITIES.stream().flatMap(capability -> Stream.of(
                BASE + "." + capability + ".domain..", BASE + "." + capability + ".application..",
                BASE + "." + capability + ".adapter..", BASE + "." + capability));
        var kernels = Stream.of(BASE + ".command", BASE + ".http", BASE + ".readmodel", BASE + ".readmodel.domain",
                BASE + ".readmodel.application", BASE + ".readmodel.persistence");
        return Stream.concat(capabilityLayers, kernels).toList();
    }

    private static DynamicTest test(ArchRule rule) {
        return DynamicTest.dynamicTest(rule.getDescription(), () -> rule.check(GATEWAY));
    }
}
