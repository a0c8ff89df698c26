package app.mockinterview.markdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the part of Mermaid's sequence diagram syntax that sketches need:
 * {@code participant} and {@code actor} (with {@code as} aliases), participants named
 * only in messages, messages ({@code ->>}, {@code -->>}, {@code ->}, {@code -->},
 * {@code -x}, {@code --x}, {@code -)}, {@code --)}), notes ({@code Note over A,B},
 * {@code left of}, {@code right of}), {@code autonumber}, and frames ({@code loop},
 * {@code alt}/{@code else}, {@code opt}, {@code par}/{@code and}, {@code critical},
 * {@code break}, {@code rect}) closed by {@code end}. Activations, links and styling are
 * read past.
 */
final class SequenceParser {

	private static final Pattern PARTICIPANT = Pattern.compile("(?i)(participant|actor)\\s+(.+?)(?:\\s+as\\s+(.+))?");

	private static final Pattern MESSAGE = Pattern.compile(
			"([^\\s>:+-](?:[^:>]*?[^\\s:-])?)\\s*(-->>|->>|--x|-x|--\\)|-\\)|-->|->)\\s*[+-]?\\s*([^:]+?)\\s*:(.*)");

	private static final Pattern NOTE = Pattern
		.compile("(?i)note\\s+(over|left\\s+of|right\\s+of)\\s+([^:]+?)\\s*:(.*)");

	private static final Set<String> FRAMES = Set.of("loop", "alt", "opt", "par", "critical", "break", "rect");

	private static final Set<String> IGNORED = Set.of("activate", "deactivate", "title", "link", "links", "acctitle",
			"accdescr", "create", "destroy", "box");

	private final List<SequenceDiagram.Participant> participants = new ArrayList<>();

	private final Map<String, Integer> index = new HashMap<>();

	private final List<SequenceDiagram.Step> steps = new ArrayList<>();

	private int openFrames;

	private int messages;

	private boolean autonumber;

	private SequenceParser() {
	}

	static SequenceDiagram parse(List<String> lines) {
		return new SequenceParser().read(lines);
	}

	private SequenceDiagram read(List<String> lines) {
		boolean header = false;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.isEmpty() || line.startsWith("%%")) {
				continue;
			}
			if (line.endsWith(";")) {
				line = line.substring(0, line.length() - 1).strip();
			}
			if (!header) {
				if (!line.equals("sequenceDiagram")) {
					throw DiagramException.at(i + 1, "a sequence diagram starts with \"sequenceDiagram\"");
				}
				header = true;
				continue;
			}
			statement(line, i + 1);
		}
		if (this.openFrames > 0) {
			throw new DiagramException("a frame (loop, alt, opt, par) has no \"end\"");
		}
		if (this.participants.isEmpty()) {
			throw new DiagramException("the sequence diagram has no participants");
		}
		return new SequenceDiagram(List.copyOf(this.participants), List.copyOf(this.steps), this.autonumber);
	}

	private void statement(String line, int lineNumber) {
		String first = line.split("[ \t]", 2)[0];
		String keyword = first.toLowerCase(Locale.ROOT);
		String rest = line.substring(first.length()).strip();
		if (keyword.equals("autonumber")) {
			this.autonumber = true;
			return;
		}
		if (IGNORED.contains(keyword) || keyword.startsWith("acc")) {
			return;
		}
		if (FRAMES.contains(keyword)) {
			this.openFrames++;
			this.steps
				.add(new SequenceDiagram.FrameStart(keyword, keyword.equals("rect") ? "" : DiagramLimits.label(rest)));
			return;
		}
		if (keyword.equals("else") || keyword.equals("and") || keyword.equals("option")) {
			if (this.openFrames == 0) {
				throw DiagramException.at(lineNumber, "\"" + keyword + "\" outside alt or par");
			}
			this.steps.add(new SequenceDiagram.FrameElse(DiagramLimits.label(rest)));
			return;
		}
		if (keyword.equals("end")) {
			if (this.openFrames == 0) {
				throw DiagramException.at(lineNumber, "\"end\" without a frame");
			}
			this.openFrames--;
			this.steps.add(new SequenceDiagram.FrameEnd());
			return;
		}
		Matcher participant = PARTICIPANT.matcher(line);
		if (participant.matches()) {
			String id = participant.group(2).strip();
			int at = participant(id, lineNumber);
			String label = (participant.group(3) != null) ? participant.group(3) : id;
			this.participants.set(at, new SequenceDiagram.Participant(id, DiagramLimits.label(label),
					participant.group(1).equalsIgnoreCase("actor")));
			return;
		}
		Matcher note = NOTE.matcher(line);
		if (note.matches()) {
			String[] who = note.group(2).split(",");
			int a = participant(who[0].strip(), lineNumber);
			int b = (who.length > 1) ? participant(who[1].strip(), lineNumber) : a;
			String where = note.group(1).toLowerCase(Locale.ROOT);
			SequenceDiagram.Placement placement = where.startsWith("left") ? SequenceDiagram.Placement.LEFT
					: where.startsWith("right") ? SequenceDiagram.Placement.RIGHT : SequenceDiagram.Placement.OVER;
			this.steps.add(new SequenceDiagram.Note(Math.min(a, b), Math.max(a, b), placement,
					DiagramLimits.label(note.group(3))));
			return;
		}
		Matcher message = MESSAGE.matcher(line);
		if (message.matches()) {
			if (++this.messages > DiagramLimits.MAX_MESSAGES) {
				throw new DiagramException("more than " + DiagramLimits.MAX_MESSAGES + " messages");
			}
			int from = participant(message.group(1).strip(), lineNumber);
			int to = participant(message.group(3).strip(), lineNumber);
			String arrow = message.group(2);
			SequenceDiagram.Head head = arrow.endsWith("x") ? SequenceDiagram.Head.CROSS
					: (arrow.endsWith(">>") || arrow.endsWith(")")) ? SequenceDiagram.Head.ARROW
							: SequenceDiagram.Head.NONE;
			this.steps.add(new SequenceDiagram.Message(from, to, DiagramLimits.label(message.group(4)),
					arrow.startsWith("--"), head));
			return;
		}
		throw DiagramException.at(lineNumber, "not understood: \"" + shortened(line) + "\"");
	}

	private int participant(String id, int lineNumber) {
		Integer known = this.index.get(id);
		if (known != null) {
			return known;
		}
		if (id.isEmpty()) {
			throw DiagramException.at(lineNumber, "a participant has no name");
		}
		if (this.participants.size() >= DiagramLimits.MAX_PARTICIPANTS) {
			throw new DiagramException("more than " + DiagramLimits.MAX_PARTICIPANTS + " participants");
		}
		this.participants.add(new SequenceDiagram.Participant(id, DiagramLimits.label(id), false));
		this.index.put(id, this.participants.size() - 1);
		return this.participants.size() - 1;
	}

	private static String shortened(String line) {
		return (line.length() > 40) ? line.substring(0, 40) + "…" : line;
	}

}
