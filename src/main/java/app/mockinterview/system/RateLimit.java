package app.mockinterview.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * A token bucket per client address: up to {@code capacity} actions at once, refilled
 * evenly over {@code period}. The buckets are kept in a bounded, expiring cache, so a
 * client with many addresses cannot grow memory without bound (at worst an old address
 * starts again with a full bucket). A capacity of 0 turns the limit off.
 */
final class RateLimit {

	private static final int MAX_ADDRESSES = 100_000;

	private final int capacity;

	private final Duration period;

	private final Clock clock;

	private final Cache<String, Bucket> buckets;

	public RateLimit(int capacity, Duration period, Clock clock) {
		this.capacity = capacity;
		this.period = period;
		this.clock = clock;
		this.buckets = Caffeine.newBuilder().maximumSize(MAX_ADDRESSES).expireAfterAccess(period).build();
	}

	public boolean isOff() {
		return this.capacity <= 0;
	}

	/**
	 * Takes one action's token for the address.
	 * @return zero when allowed, otherwise how long until the next token
	 */
	public Duration take(String address) {
		if (isOff()) {
			return Duration.ZERO;
		}
		Bucket bucket = this.buckets.get(address, (key) -> new Bucket(this.capacity, this.clock.instant()));
		synchronized (bucket) {
			Instant now = this.clock.instant();
			double perNano = (double) this.capacity / this.period.toNanos();
			long elapsed = Math.max(0, Duration.between(bucket.refilledAt, now).toNanos());
			bucket.tokens = Math.min(this.capacity, bucket.tokens + elapsed * perNano);
			bucket.refilledAt = now;
			if (bucket.tokens >= 1) {
				bucket.tokens -= 1;
				return Duration.ZERO;
			}
			return Duration.ofNanos((long) Math.ceil((1 - bucket.tokens) / perNano));
		}
	}

	private static final class Bucket {

		double tokens;

		Instant refilledAt;

		Bucket(double tokens, Instant refilledAt) {
			this.tokens = tokens;
			this.refilledAt = refilledAt;
		}

	}

}
