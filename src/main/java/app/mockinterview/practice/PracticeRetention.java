package app.mockinterview.practice;

import app.mockinterview.sql.SqlWork;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes practice attempts nobody has touched for {@code app.retention.days} (env
 * {@code APP_RETENTION_DAYS}, default 180; 0 keeps everything), and the profiles left
 * without attempts, once a day. Touched means started, completed, a stage entered or
 * notes saved.
 */
@Component
class PracticeRetention {

	private static final Logger logger = LoggerFactory.getLogger(PracticeRetention.class);

	private final JdbcTemplate jdbc;

	private final int days;

	private final Clock clock;

	PracticeRetention(JdbcTemplate jdbc, @Value("${app.retention.days:180}") int days, Clock clock) {
		this.jdbc = jdbc;
		this.days = days;
		this.clock = clock;
	}

	@Scheduled(cron = "${app.retention.cron:0 17 3 * * *}")
	@Transactional
	public void apply() {
		if (this.days > 0) {
			deleteUntouchedSince(this.clock.instant().minus(Duration.ofDays(this.days)));
		}
	}

	/**
	 * @return the number of attempts deleted
	 */
	@Transactional
	public int deleteUntouchedSince(Instant cutoff) {
		java.sql.Timestamp before = java.sql.Timestamp.from(cutoff);
		List<String> stale = this.jdbc.queryForList("""
				select a.id from practice_attempt a
				where a.started_at < ? and (a.completed_at is null or a.completed_at < ?)
				  and not exists (select 1 from attempt_stage s where s.attempt_id = a.id
				                  and (s.notes_saved_at >= ? or s.entered_at >= ?))
				""", String.class, before, before, before, before);
		for (String id : stale) {
			this.jdbc.update("delete from attempt_self_score where attempt_id = ?", id);
			this.jdbc.update("delete from attempt_stage where attempt_id = ?", id);
			this.jdbc.update("delete from practice_attempt where id = ?", id);
			// The attempt's SQL work (saved query, check history) holds what the person
			// typed too.
			this.jdbc.update("delete from sql_query where owner = ?", SqlWork.practice(id));
			this.jdbc.update("delete from sql_check where owner = ?", SqlWork.practice(id));
		}
		int profiles = this.jdbc.update("""
				delete from practice_profile p where p.created_at < ?
				  and not exists (select 1 from practice_attempt a where a.profile_id = p.id)
				""", before);
		if (!stale.isEmpty() || profiles > 0) {
			logger.info("Retention: deleted {} practice attempt(s) and {} empty profile(s) untouched since {}",
					stale.size(), profiles, cutoff);
		}
		return stale.size();
	}

}
