package com.fluxpay.gateway;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Each of the gateway's own kernel rules can fail: a fixture gateway breaking each once, a clean one none. */
class GatewayKernelRulesTest {

    private static final List<String> CAPABILITIES = List.of("order", "tenant");

    @TestFactory
    Stream<DynamicTest> every_kernel_rule_fails_on_the_fixture_that_breaks_it() {
        String base = "com.fluxpay.gatewayfixture.broken";
        var classes = new ClassFileImporter().importPackages(base);
        return ArchitectureTest.kernelRules(base, CAPABILITIES).stream().map(rule -> DynamicTest.dynamicTest(
                rule.getDescription(), () -> assertThatThrownBy(() -> rule.check(classes))
                        .isInstanceOf(AssertionError.class)));
    }

    @TestFactory
    Stream<DynamicTest> every_kernel_rule_holds_on_a_clean_gateway() {
        String base = "com.fluxpay.gatewayfixture.clean";
        var classes = new ClassFileImporter().importPackages(base);
        return ArchitectureTest.kernelRules(base, CAPABILITIES).stream().map(rule -> DynamicTest.dynamicTest(
                rule.getDescription(), () -> assertThatCode(() -> rule.check(classes)).doesNotThrowAnyException()));
    }
}
