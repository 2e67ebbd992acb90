package com.fluxpay.platform.inbox;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What a planned row ({@link EventHandlers.Builder#onPlanned}) decided to do with one envelope, before the inbox
 * transaction opened: work to run in that transaction (once, together with the inbox record), optionally
 * something to do with its result after the commit, or nothing at all.
 */
public final class Effect {

    private static final Runnable NOTHING = () -> { };
    private static final Effect NONE = new Effect(null, result -> { }, NOTHING);

    private final Supplier<?> work;
    private final Consumer<Object> afterCommit;
    private final Runnable ifDuplicate;

    private Effect(Supplier<?> work, Consumer<Object> afterCommit, Runnable ifDuplicate) {
        this.work = work;
        this.afterCommit = afterCommit;
        this.ifDuplicate = ifDuplicate;
    }

    /** Runs {@code work} once, in the inbox transaction. */
    public static Effect inTransaction(Runnable work) {
        Objects.requireNonNull(work, "work");
        return new Effect(() -> {
            work.run();
            return null;
        }, result -> { }, NOTHING);
    }

    /**
     * Runs {@code work} once, in the inbox transaction, and hands its result to {@code afterCommit} once that
     * transaction committed (outside any transaction). Not called for a duplicate: its work ran before, and so
     * did its follow-up, or the follow-up failed and is left to whatever repairs it (a reconciler).
     */
    @SuppressWarnings("unchecked")
    public static <R> Effect inTransaction(Supplier<? extends R> work, Consumer<? super R> afterCommit) {
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(afterCommit, "afterCommit");
        return new Effect(work, result -> afterCommit.accept((R) result), NOTHING);
    }

    /**
     * Nothing to apply now, and nothing recorded in the inbox: a redelivery (or a PSP's resend) of the same
     * fact is looked at again.
     */
    public static Effect none() {
        return NONE;
    }

    /** Also runs {@code action} when the inbox finds the event applied before (a redelivery, a resend). */
    public Effect ifDuplicate(Runnable action) {
        Objects.requireNonNull(action, "action");
        if (work == null) {
            throw new IllegalStateException("Effect.none() records nothing, so it never meets a duplicate");
        }
        return new Effect(work, afterCommit, action);
    }

    boolean isNone() {
        return work == null;
    }

    Object run() {
        return work.get();
    }

    void committed(Object result) {
        afterCommit.accept(result);
    }

    void duplicate() {
        ifDuplicate.run();
    }
}
