package com.fluxpay.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Each rule can fail: a fixture service that breaks every rule once, and a clean one that breaks none. */
class HexagonalRulesTest {

    private static final String BROKEN = "com.fluxpay.testing.fixture.broken";
    private static final String CLEAN = "com.fluxpay.testing.fixture.clean";

    private static JavaClasses imported(String base) {
        // the fixtures are test classes: imported without the "no tests" option services use
        return new ClassFileImporter().importPackages(base);
    }

    @TestFactory
    Stream<DynamicTest> every_rule_fails_on_the_fixture_that_breaks_it() {
        JavaClasses broken = imported(BROKEN);
        return HexagonalRules.ofService(BROKEN).stream().map(rule -> DynamicTest.dynamicTest(rule.getDescription(),
                () -> assertThatThrownBy(() -> rule.check(broken)).isInstanceOf(AssertionError.class)));
    }

    @TestFactory
    Stream<DynamicTest> every_rule_holds_on_a_clean_service() {
        JavaClasses clean = imported(CLEAN);
        return HexagonalRules.ofService(CLEAN).stream().map(rule -> DynamicTest.dynamicTest(rule.getDescription(),
                () -> assertThatCode(() -> rule.check(clean)).doesNotThrowAnyException()));
    }

    @Test
    void a_service_checks_six_rules() {
        assertThat(HexagonalRules.ofService(CLEAN)).extracting(ArchRule::getDescription).hasSize(6)
                .allMatch(description -> description.startsWith(CLEAN + ": "));
    }
}
