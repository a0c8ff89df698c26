package app.mockinterview.markdown;

/**
 * How much drawing one notes document may ask for: a number of diagrams and, across them,
 * of nodes, edges and messages. Past it, diagrams are shown as their source with the
 * reason, so that the largest notes still render (and autosave) quickly. One per render.
 */
public final class DiagramBudget {

	static final int MAX_DIAGRAMS = 20;

	static final int MAX_ELEMENTS = 1200;

	private int diagrams;

	private int elements;

	/**
	 * Takes a diagram of this many elements from the budget; a {@link DiagramException}
	 * when it does not fit.
	 */
	void spend(int size) {
		if (this.diagrams >= MAX_DIAGRAMS) {
			throw new DiagramException("only the first " + MAX_DIAGRAMS + " diagrams of a document are drawn");
		}
		if (this.elements + size > MAX_ELEMENTS) {
			throw new DiagramException(
					"the diagrams of this document hold more than " + MAX_ELEMENTS + " parts in all; split the notes");
		}
		this.diagrams++;
		this.elements += size;
	}

}
