package com.fluxpay.credit.domain.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Graduated prices over generated tier tables. */
class PricingPolicyPropertiesTest {

    private static final Instant AT = Instant.parse("2026-06-01T00:00:00Z");

    @Provide
    Arbitrary<List<Tier>> tiers() {
        return Arbitraries.integers().between(1, 50).list().ofMinSize(0).ofMaxSize(4).flatMap(widths ->
                Arbitraries.longs().between(0, 20).list().ofSize(widths.size() + 1).map(prices -> {
                    var tiers = new ArrayList<Tier>();
                    long upTo = 0;
                    for (int i = 0; i < widths.size(); i++) {
                        upTo += widths.get(i);
                        tiers.add(Tier.upTo(upTo, prices.get(i)));
                    }
                    tiers.add(Tier.beyond(prices.getLast()));
                    return tiers;
                }));
    }

    private static long price(PricingPolicy policy, long quantity, long used) {
        return ((PriceQuote.Priced) policy.price(quantity, used, AT)).credits();
    }

    @Property(tries = 500)
    void splitting_a_usage_in_two_costs_the_same_without_a_minimum(@ForAll("tiers") List<Tier> tiers,
                                                                    @ForAll @IntRange(max = 200) int first,
                                                                    @ForAll @IntRange(max = 200) int second,
                                                                    @ForAll @IntRange(max = 100) int used,
                                                                    @ForAll @IntRange(max = 100) int allowance) {
        var policy = new PricingPolicy("api", "call", List.of(new PricingVersion(1, AT, new Tariff.Graduated(tiers),
                0, allowance)));
        assertThat(policy.violations()).isEmpty();

        assertThat(price(policy, first, used) + price(policy, second, used + first))
                .isEqualTo(price(policy, first + second, used));
    }

    @Property(tries = 500)
    void more_units_never_cost_less(@ForAll("tiers") List<Tier> tiers, @ForAll @IntRange(max = 300) int quantity,
                                    @ForAll @IntRange(max = 20) int minimum) {
        var policy = new PricingPolicy("api", "call", List.of(new PricingVersion(1, AT, new Tariff.Graduated(tiers),
                minimum, 0)));

        assertThat(price(policy, quantity + 1, 0)).isGreaterThanOrEqualTo(price(policy, quantity, 0));
    }
}
