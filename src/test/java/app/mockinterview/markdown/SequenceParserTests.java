package app.mockinterview.markdown;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SequenceParserTests {

	private static SequenceDiagram parse(String text) {
		return SequenceParser.parse(text.lines().toList());
	}

	@Test
	void participantsWithAliasesActorsAndImplicitOnes() {
		SequenceDiagram diagram = parse("""
				sequenceDiagram
				participant C as Client app
				actor U as Analyst
				C->>API: GET /orders
				""");
		assertThat(diagram.participants()).extracting(SequenceDiagram.Participant::label)
			.containsExactly("Client app", "Analyst", "API");
		assertThat(diagram.participants()).extracting(SequenceDiagram.Participant::actor)
			.containsExactly(false, true, false);
	}

	@Test
	void everyArrow() {
		SequenceDiagram diagram = parse("""
				sequenceDiagram
				A->>B: solid arrow
				B-->>A: dashed arrow
				A->B: solid line
				B-->A: dashed line
				A-xB: lost
				B--xA: lost reply
				A-)B: async
				A->>+B: activates
				""");
		assertThat(diagram.steps()).hasSize(8).allMatch(SequenceDiagram.Message.class::isInstance);
		assertThat(diagram.steps()).extracting((s) -> ((SequenceDiagram.Message) s).head())
			.containsExactly(SequenceDiagram.Head.ARROW, SequenceDiagram.Head.ARROW, SequenceDiagram.Head.NONE,
					SequenceDiagram.Head.NONE, SequenceDiagram.Head.CROSS, SequenceDiagram.Head.CROSS,
					SequenceDiagram.Head.ARROW, SequenceDiagram.Head.ARROW);
		assertThat(diagram.steps()).extracting((s) -> ((SequenceDiagram.Message) s).dashed())
			.containsExactly(false, true, false, true, false, true, false, false);
		assertThat(diagram.participants()).hasSize(2);
	}

	@Test
	void notesFramesAndAutonumber() {
		SequenceDiagram diagram = parse("""
				sequenceDiagram
				autonumber
				Note over A,B: handshake
				Note left of A: starts
				Note right of B: ends
				loop every minute
				  A->>B: poll
				end
				alt found
				  B-->>A: rows
				else missing
				  B-->>A: 404
				end
				opt cache
				par one
				A->>B: x
				and two
				A->>B: y
				end
				end
				""");
		assertThat(diagram.autonumber()).isTrue();
		assertThat(diagram.steps().get(0))
			.isEqualTo(new SequenceDiagram.Note(0, 1, SequenceDiagram.Placement.OVER, "handshake"));
		assertThat(diagram.steps()).filteredOn(SequenceDiagram.FrameStart.class::isInstance).hasSize(4);
		assertThat(diagram.steps()).filteredOn(SequenceDiagram.FrameEnd.class::isInstance).hasSize(4);
		assertThat(diagram.steps()).filteredOn(SequenceDiagram.FrameElse.class::isInstance).hasSize(2);
	}

	@Test
	void brokenTextSaysWhy() {
		assertThatThrownBy(() -> parse("sequenceDiagram\nloop\nA->>B: x")).hasMessageContaining("has no \"end\"");
		assertThatThrownBy(() -> parse("sequenceDiagram\nend")).hasMessageContaining("without a frame");
		assertThatThrownBy(() -> parse("sequenceDiagram\nA talks to B")).hasMessageContaining("line 2")
			.hasMessageContaining("not understood");
		StringBuilder many = new StringBuilder("sequenceDiagram\n");
		for (int i = 0; i <= DiagramLimits.MAX_MESSAGES; i++) {
			many.append("A->>B: m\n");
		}
		assertThatThrownBy(() -> parse(many.toString())).hasMessageContaining("more than 200 messages");
	}

}
