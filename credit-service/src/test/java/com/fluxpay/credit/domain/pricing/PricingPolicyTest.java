package com.fluxpay.credit.domain.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PricingPolicyTest {

    private static final Instant JANUARY = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant MARCH = Instant.parse("2026-03-01T00:00:00Z");

    private static PricingPolicy policy(PricingVersion... versions) {
        return new PricingPolicy("search-api", "query", List.of(versions));
    }

    private static PricingVersion perUnit(int version, Instant from, long credits) {
        return new PricingVersion(version, from, new Tariff.PerUnit(credits), 0, 0);
    }

    private static long credits(PriceQuote quote) {
        return ((PriceQuote.Priced) quote).credits();
    }

    @Test
    void a_per_unit_price_is_the_units_times_the_price() {
        assertThat(credits(policy(perUnit(1, JANUARY, 3)).price(7, MARCH))).isEqualTo(21);
    }

    @Test
    void graduated_tiers_price_each_unit_at_its_own_tier() {
        var tiers = new Tariff.Graduated(List.of(Tier.upTo(10, 5), Tier.upTo(100, 2), Tier.beyond(1)));
        var policy = policy(new PricingVersion(1, JANUARY, tiers, 0, 0));

        assertThat(credits(policy.price(15, MARCH))).isEqualTo(10 * 5 + 5 * 2);
        assertThat(credits(policy.price(10, 95, MARCH))).as("units 96..105").isEqualTo(5 * 2 + 5);
    }

    @Test
    void a_small_usage_costs_at_least_the_minimum_charge() {
        var policy = policy(new PricingVersion(1, JANUARY, new Tariff.PerUnit(1), 5, 0));

        assertThat(credits(policy.price(2, MARCH))).isEqualTo(5);
        assertThat(credits(policy.price(9, MARCH))).isEqualTo(9);
    }

    @Test
    void units_within_the_free_allowance_cost_nothing_not_even_the_minimum() {
        var policy = policy(new PricingVersion(1, JANUARY, new Tariff.PerUnit(2), 5, 100));

        assertThat(credits(policy.price(100, MARCH))).isZero();
        assertThat(credits(policy.price(10, 95, MARCH))).as("five free, five at 2").isEqualTo(10);
    }

    @Test
    void a_usage_is_priced_by_the_version_in_force_when_it_was_requested() {
        var policy = policy(perUnit(1, JANUARY, 3), perUnit(2, MARCH, 4));

        assertThat(policy.price(1, MARCH.minusSeconds(1))).isEqualTo(new PriceQuote.Priced(3, 1));
        assertThat(policy.price(1, MARCH)).isEqualTo(new PriceQuote.Priced(4, 2));
    }

    @Test
    void a_usage_before_the_first_version_has_no_price() {
        assertThat(policy(perUnit(1, MARCH, 3)).price(1, JANUARY)).isEqualTo(new PriceQuote.NotInForce(JANUARY));
    }

    @Test
    void a_valid_policy_has_no_violations() {
        var tiers = new Tariff.Graduated(List.of(Tier.upTo(10, 5), Tier.beyond(1)));

        assertThat(policy(perUnit(1, JANUARY, 3), new PricingVersion(2, MARCH, tiers, 1, 10)).violations()).isEmpty();
    }

    @Test
    void each_violation_names_its_field() {
        var badTiers = new Tariff.Graduated(List.of(Tier.upTo(10, 5), Tier.upTo(10, -1), Tier.beyond(1)));
        var policy = new PricingPolicy(" ", "query", List.of(perUnit(2, MARCH, 3),
                new PricingVersion(1, JANUARY, badTiers, -1, 0)));

        assertThat(policy.violations()).extracting(Violation::field).containsExactlyInAnyOrder(
                "clientService",
                "versions[1].minimumCharge",
                "versions[1].tariff.tiers[1].upTo",
                "versions[1].tariff.tiers[1].creditsPerUnit",
                "versions[1].version",
                "versions[1].effectiveFrom");
    }

    @Test
    void a_policy_without_versions_or_tiers_says_so() {
        var noTiers = new PricingPolicy("search-api", "query",
                List.of(new PricingVersion(1, JANUARY, new Tariff.Graduated(List.of()), 0, 0)));

        assertThat(policy().violations()).extracting(Violation::field).containsExactly("versions");
        assertThat(noTiers.violations()).extracting(Violation::field).containsExactly("versions[0].tariff.tiers");
    }

    @Test
    void an_invalid_policy_is_never_used_to_price() {
        var invalid = policy(perUnit(1, JANUARY, -3));

        assertThatThrownBy(() -> invalid.price(1, MARCH)).isInstanceOf(IllegalStateException.class);
    }
}
