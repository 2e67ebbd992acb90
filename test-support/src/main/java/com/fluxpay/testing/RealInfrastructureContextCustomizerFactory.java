package com.fluxpay.testing;

import java.util.List;
import java.util.Map;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/** Registered in spring.factories: turns {@link RealInfrastructure} into Spring properties. */
public final class RealInfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> configs) {
        boolean wanted = MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
                .isPresent(RealInfrastructure.class);
        return wanted ? new RealInfrastructureCustomizer() : null;
    }

    /** All instances are equal, so Spring's context cache shares one context (and one database) between
     * test classes whose configuration is otherwise the same. */
    private static final class RealInfrastructureCustomizer implements ContextCustomizer {

        @Override
        public void customizeContext(org.springframework.context.ConfigurableApplicationContext context,
                                     org.springframework.test.context.MergedContextConfiguration merged) {
            Infrastructure infrastructure = Infrastructure.shared();
            String database = infrastructure.createDatabase(merged.getTestClass().getSimpleName());
            Map<String, Object> properties = Map.of(
                    "spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers(),
                    "spring.datasource.url", database,
                    "spring.datasource.username", infrastructure.username(),
                    "spring.datasource.password", infrastructure.password(),
                    "spring.data.redis.url", infrastructure.redisUrl(),
                    "fluxpay.psp.sandbox.url", infrastructure.pspUrl());
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("realInfrastructure", properties));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof RealInfrastructureCustomizer;
        }

        @Override
        public int hashCode() {
            return RealInfrastructureCustomizer.class.hashCode();
        }
    }
}
