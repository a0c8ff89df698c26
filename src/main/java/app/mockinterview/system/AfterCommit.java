package app.mockinterview.system;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Runs work once the current transaction commits, and not at all when it rolls back;
 * outside a transaction the work runs at once. The one way the application defers work to
 * the commit: it goes through a {@link TransactionalEventListener}, like every other
 * after-commit listener.
 */
@Component
public class AfterCommit {

	private final ApplicationEventPublisher events;

	public AfterCommit(ApplicationEventPublisher events) {
		this.events = events;
	}

	public void run(Runnable work) {
		this.events.publishEvent(new Work(work));
	}

	record Work(Runnable work) {

	}

	@TransactionalEventListener(fallbackExecution = true)
	void committed(Work work) {
		work.work().run();
	}

}
