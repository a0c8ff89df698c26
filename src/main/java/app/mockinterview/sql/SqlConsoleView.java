package app.mockinterview.sql;

/**
 * What the interviewer's console shows of a SQL exercise: the candidate's current query,
 * their latest run, and the latest check of the hidden data sets (the interviewer may see
 * the rows that differ).
 *
 * @param latestRun {@code null} before the candidate's first run
 * @param latestCheck {@code null} before the first check
 */
public record SqlConsoleView(String query, RunOutcome latestRun, SqlWork.RecordedCheck latestCheck, String checkUrl) {

}
