package dev.clearance.review;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock for tests: starts at a fixed instant and moves one minute forward each time it is read. */
public final class SteppingClock extends Clock {
    private Instant next;

    public SteppingClock(Instant start) {
        this.next = start;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public synchronized Instant instant() {
        Instant now = next;
        next = next.plusSeconds(60);
        return now;
    }
}
