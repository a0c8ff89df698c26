package app.mockinterview.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down and then locks out repeated wrong admin passwords, per client address. The
 * first {@code app.admin.sign-in.free-failures} (default 5) failures are answered at
 * once; after each further one the address must wait before trying again, twice as long
 * each time from {@code app.admin.sign-in.delay} (1 s); after
 * {@code app.admin.sign-in.lockout-failures} (10) the address is locked out for
 * {@code app.admin.sign-in.lockout} (15 minutes), even with the right password. Attempts
 * made while waiting are refused (429 with {@code Retry-After}) without checking the
 * password. A right password resets the count. Every failure and lockout is logged with
 * the address (never the password or user name tried).
 */
@Component
class AdminSignInGuard {

	private static final Logger logger = LoggerFactory.getLogger(AdminSignInGuard.class);

	private final int freeFailures;

	private final int lockoutFailures;

	private final Duration delay;

	private final Duration lockout;

	private final Clock clock;

	private final Cache<String, Failures> failures;

	AdminSignInGuard(@Value("${app.admin.sign-in.free-failures:5}") int freeFailures,
			@Value("${app.admin.sign-in.lockout-failures:10}") int lockoutFailures,
			@Value("${app.admin.sign-in.delay:1s}") Duration delay,
			@Value("${app.admin.sign-in.lockout:15m}") Duration lockout, Clock clock) {
		this.freeFailures = freeFailures;
		this.lockoutFailures = lockoutFailures;
		this.delay = delay;
		this.lockout = lockout;
		this.clock = clock;
		this.failures = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(lockout).build();
	}

	private record Failures(int count, Instant nextAttempt) {

	}

	/** How long the address must wait before its next attempt (zero: it may try now). */
	Duration wait(String address) {
		Failures recorded = this.failures.getIfPresent(address);
		if (recorded == null) {
			return Duration.ZERO;
		}
		Duration wait = Duration.between(this.clock.instant(), recorded.nextAttempt());
		return wait.isNegative() ? Duration.ZERO : wait;
	}

	void failed(String address) {
		Failures recorded = this.failures.asMap().compute(address, (key, previous) -> {
			int count = (previous == null) ? 1 : previous.count() + 1;
			Instant now = this.clock.instant();
			Duration wait;
			if (count >= this.lockoutFailures) {
				wait = this.lockout;
			}
			else if (count > this.freeFailures) {
				wait = this.delay.multipliedBy(1L << Math.min(20, count - this.freeFailures - 1));
			}
			else {
				wait = Duration.ZERO;
			}
			return new Failures(count, now.plus(wait));
		});
		if (recorded.count() >= this.lockoutFailures) {
			logger.warn("Admin sign-in failed from {} ({} failures in a row): locked out for {}", address,
					recorded.count(), this.lockout);
		}
		else {
			logger.warn("Admin sign-in failed from {} ({} failures in a row)", address, recorded.count());
		}
	}

	void succeeded(String address) {
		this.failures.invalidate(address);
	}

}
