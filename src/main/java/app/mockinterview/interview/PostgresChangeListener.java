package app.mockinterview.interview;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, listens for the interview changes that every instance announces (see
 * {@link InterviewEvents}) and passes them to this instance's open pages. One connection
 * is kept for it; when it breaks, the listener reconnects and tells every open page to
 * refresh, in case it missed something meanwhile. Not started on H2.
 */
@Component
class PostgresChangeListener implements SmartLifecycle {

	private static final Logger logger = LoggerFactory.getLogger(PostgresChangeListener.class);

	private static final int WAIT_MILLIS = 500;

	private final DataSource dataSource;

	private final InterviewEvents events;

	private volatile boolean running;

	private volatile Thread thread;

	PostgresChangeListener(DataSource dataSource, InterviewEvents events) {
		this.dataSource = dataSource;
		this.events = events;
	}

	@Override
	public void start() {
		if (!this.events.sharedThroughDatabase()) {
			return;
		}
		this.running = true;
		this.thread = new Thread(this::listen, "interview-change-listener");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	@Override
	public void stop() {
		this.running = false;
		Thread listener = this.thread;
		if (listener != null) {
			try {
				listener.join(WAIT_MILLIS * 4L);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		this.thread = null;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private void listen() {
		boolean reconnecting = false;
		while (this.running) {
			try (Connection connection = this.dataSource.getConnection()) {
				connection.setAutoCommit(true);
				try (Statement statement = connection.createStatement()) {
					statement.execute("listen " + InterviewEvents.CHANNEL);
				}
				if (reconnecting) {
					logger.info("Listening for interview changes again");
					this.events.deliverToAll();
					reconnecting = false;
				}
				PGConnection postgres = connection.unwrap(PGConnection.class);
				while (this.running) {
					PGNotification[] notifications = postgres.getNotifications(WAIT_MILLIS);
					if (notifications != null) {
						for (PGNotification notification : notifications) {
							deliver(notification.getParameter());
						}
					}
				}
				try (Statement statement = connection.createStatement()) {
					statement.execute("unlisten *");
				}
			}
			catch (SQLException | RuntimeException ex) {
				if (!this.running) {
					return;
				}
				if (!reconnecting) {
					logger.warn("Lost the connection that listens for interview changes; retrying: {}",
							ex.getMessage());
				}
				reconnecting = true;
				pause();
			}
		}
	}

	private void deliver(String payload) {
		try {
			this.events.deliver(Long.valueOf(payload));
		}
		catch (NumberFormatException ex) {
			logger.debug("Ignoring notification with payload '{}'", payload);
		}
	}

	private void pause() {
		try {
			Thread.sleep(1000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.running = false;
		}
	}

}
