package app.mockinterview.interview;

import app.mockinterview.sql.SqlWork;

import java.sql.Timestamp;
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
 * Deletes interviews nobody has touched for {@code app.retention.days} (env
 * {@code APP_RETENTION_DAYS}, default 180; 0 keeps everything), with everything that
 * belongs to them, once a day. Touched means created, started, ended, a stage entered,
 * notes or a sheet saved, feedback shared or given.
 */
@Component
class InterviewRetention {

	private static final Logger logger = LoggerFactory.getLogger(InterviewRetention.class);

	private static final String INTERVIEWERS = "select id from interviewer where interview_id = ?";

	private static final String SHEETS = "select s.id from scoring_sheet s join interviewer r on s.interviewer_id = r.id "
			+ "where r.interview_id = ?";

	private final JdbcTemplate jdbc;

	private final int days;

	private final Clock clock;

	InterviewRetention(JdbcTemplate jdbc, @Value("${app.retention.days:180}") int days, Clock clock) {
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
	 * @return the number of interviews deleted
	 */
	@Transactional
	public int deleteUntouchedSince(Instant cutoff) {
		Timestamp c = Timestamp.from(cutoff);
		List<Long> stale = this.jdbc.queryForList(
				"""
						select i.id from interview i
						where i.created_at < ?
						  and (i.started_at is null or i.started_at < ?) and (i.ended_at is null or i.ended_at < ?)
						  and (i.feedback_shared_at is null or i.feedback_shared_at < ?)
						  and (i.self_assessed_at is null or i.self_assessed_at < ?)
						  and (i.candidate_feedback_at is null or i.candidate_feedback_at < ?)
						  and not exists (select 1 from interview_stage_clock k where k.interview_id = i.id and k.entered_at >= ?)
						  and not exists (select 1 from candidate_notes n where n.interview_id = i.id and n.saved_at >= ?)
						  and not exists (select 1 from interviewer_notes n join interviewer r on n.interviewer_id = r.id
						                  where r.interview_id = i.id and n.saved_at >= ?)
						  and not exists (select 1 from scoring_sheet s join interviewer r on s.interviewer_id = r.id
						                  where r.interview_id = i.id and s.updated_at >= ?)
						""",
				Long.class, c, c, c, c, c, c, c, c, c, c);
		for (Long id : stale) {
			this.jdbc.update("delete from sheet_amendment where sheet_id in (" + SHEETS + ")", id);
			this.jdbc.update("delete from sheet_rating where sheet_id in (" + SHEETS + ")", id);
			this.jdbc.update("delete from scoring_sheet where interviewer_id in (" + INTERVIEWERS + ")", id);
			this.jdbc.update("delete from interviewer_notes where interviewer_id in (" + INTERVIEWERS + ")", id);
			this.jdbc.update("delete from interviewer where interview_id = ?", id);
			for (String table : List.of("candidate_notes", "candidate_rating", "interview_stage_clock",
					"interview_question")) {
				this.jdbc.update("delete from " + table + " where interview_id = ?", id);
			}
			this.jdbc.update("delete from interview where id = ?", id);
			// The candidate's SQL work (saved query, check history) of every question of
			// the interview.
			String owners = SqlWork.interview(id, 0).replaceFirst("0$", "%");
			this.jdbc.update("delete from sql_query where owner like ?", owners);
			this.jdbc.update("delete from sql_check where owner like ?", owners);
		}
		if (!stale.isEmpty()) {
			logger.info("Retention: deleted {} interview(s) untouched since {}", stale.size(), cutoff);
		}
		return stale.size();
	}

}
