/**
 * Private links: the unguessable tokens that are the only key to a practice attempt, a
 * practice profile, an interview seat or an invitation.
 */
package app.mockinterview.link;
