package com.fluxpay.gateway.adapter.in.web;

/**
 * Which tenant a request acts for. The walking skeleton has no authentication yet: every request acts
 * for the {@code demo} tenant. Per-tenant API keys replace this (issue 3); nothing else needs to change,
 * since every read and write already goes through a tenant id.
 */
final class Tenants {

    static final String SKELETON_TENANT = "demo";

    private Tenants() {
    }

    static String current() {
        return SKELETON_TENANT;
    }
}
