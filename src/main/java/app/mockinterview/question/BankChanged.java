package app.mockinterview.question;

import app.mockinterview.system.PublicPages;

/**
 * Published when an import has changed what the bank shows (questions or the common
 * rubric), so that caches of rendered bank pages can be dropped.
 */
public record BankChanged() implements PublicPages.Changed {

}
