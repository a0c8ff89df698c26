package app.mockinterview.interview.sheet;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import app.mockinterview.interview.InterviewReplay;
import app.mockinterview.interview.InterviewStateException;
import app.mockinterview.interview.RatingsForm;
import app.mockinterview.system.FormErrors;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The interviewer's scoring sheet: edit, autosave, submit, amend, compare, print and
 * export.
 */
@Controller
@RequestMapping("/interviews/i/{token}")
class ScoringSheetController {

	private final SheetService sheetService;

	private final ScoringSheets sheets;

	private final InterviewReplay replay;

	ScoringSheetController(SheetService sheetService, ScoringSheets sheets, InterviewReplay replay) {
		this.sheetService = sheetService;
		this.sheets = sheets;
		this.replay = replay;
	}

	@GetMapping("/sheet")
	String sheet(@PathVariable String token, @RequestParam(defaultValue = "false") boolean amend,
			@RequestParam(required = false) Integer at, Model model) {
		model.addAttribute("sheet", this.sheets.sheet(token));
		this.replay.forInterviewer(token, "/interviews/i/" + token + "/sheet", at)
			.ifPresent((replay) -> model.addAttribute("replay", replay));
		model.addAttribute("editing", amend || !this.sheets.sheet(token).submitted());
		return "interview/sheet";
	}

	@PostMapping("/sheet")
	String save(@PathVariable String token, @Valid @ModelAttribute("form") RatingsForm form, BindingResult result,
			@RequestParam(defaultValue = "save") String action, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		FormErrors.refuseUnreadable(result);
		if (form.version() == null) {
			result.reject("version", "The form is missing its version; reload the sheet and try again.");
		}
		if (result.hasErrors()) {
			return refused(token, model, response, HttpStatus.BAD_REQUEST);
		}
		try {
			boolean submit = "submit".equals(action);
			ScoringSheet saved = save(token, form, submit);
			redirect.addFlashAttribute("notice", submit ? "Sheet submitted and locked."
					: saved.isSubmitted() ? "Amendment saved and recorded in the sheet's history." : "Draft saved.");
			return "redirect:/interviews/i/" + token + "/sheet";
		}
		catch (StaleSheetException | SheetIncompleteException | InterviewStateException ex) {
			// Not about one field: the sheet changed elsewhere, is incomplete, or the
			// interview does not allow it.
			result.reject("sheet", ex.getMessage());
			return refused(token, model, response,
					(ex instanceof SheetIncompleteException) ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT);
		}
	}

	/** The sheet again, in edit mode, with what was entered and why it was not saved. */
	private String refused(String token, Model model, HttpServletResponse response, HttpStatus status) {
		response.setStatus(status.value());
		model.addAttribute("sheet", this.sheets.sheet(token));
		model.addAttribute("editing", true);
		return "interview/sheet";
	}

	/**
	 * Draft autosave from the page's script, on the sheet page and on the console (which
	 * posts {@code part=ratings}: the current question's criteria only); answers the new
	 * version, or 409 when the sheet changed elsewhere or, from the console, is
	 * submitted.
	 */
	@PostMapping("/sheet/autosave")
	@ResponseBody
	ResponseEntity<Map<String, Object>> autosave(@PathVariable String token, @Valid RatingsForm form,
			BindingResult result, @RequestParam(defaultValue = "") String part) {
		FormErrors.refuseUnreadable(result);
		if (form.version() == null || result.hasErrors()) {
			return ResponseEntity.badRequest()
				.body(Map.of("status", "invalid", "message",
						result.hasErrors() ? result.getAllErrors().get(0).getDefaultMessage() : "Missing version."));
		}
		try {
			ScoringSheet saved = this.sheetService.save(token, form, form.version(), false, "ratings".equals(part));
			if (saved.isSubmitted()) {
				return ResponseEntity.ok(Map.of("status", "amended", "version", saved.getVersion()));
			}
			return ResponseEntity.ok(Map.of("status", "saved", "version", saved.getVersion()));
		}
		catch (StaleSheetException ex) {
			return ResponseEntity.status(HttpStatus.CONFLICT)
				.body(Map.of("status", "stale", "message", ex.getMessage()));
		}
		catch (InterviewStateException ex) {
			return ResponseEntity.status(HttpStatus.CONFLICT)
				.body(Map.of("status", "locked", "message", ex.getMessage()));
		}
	}

	private ScoringSheet save(String token, RatingsForm form, boolean submit) {
		return this.sheetService.save(token, form, form.version(), submit);
	}

	@GetMapping("/sheet/print")
	String print(@PathVariable String token, Model model) {
		model.addAttribute("sheet", this.sheets.sheet(token));
		return "interview/sheet-print";
	}

	@GetMapping("/comparison")
	String comparison(@PathVariable String token, Model model) {
		model.addAttribute("sheet", this.sheets.sheet(token));
		model.addAttribute("comparison", this.sheets.comparison(token));
		return "interview/comparison";
	}

	@GetMapping(path = "/sheet/summary", produces = "text/markdown;charset=UTF-8")
	@ResponseBody
	String summary(@PathVariable String token) {
		return SheetExports.markdownSummary(this.sheets.exports(token, false).get(0));
	}

	@GetMapping("/sheet.csv")
	ResponseEntity<byte[]> sheetCsv(@PathVariable String token) {
		return download(SheetExports.csv(this.sheets.exports(token, false)), "scoring-sheet.csv", "text/csv");
	}

	@GetMapping("/sheets.csv")
	ResponseEntity<byte[]> allSheetsCsv(@PathVariable String token) {
		return download(SheetExports.csv(this.sheets.exports(token, true)), "scoring-sheets.csv", "text/csv");
	}

	@GetMapping(path = "/sheet.json", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<ScoringSheets.ExportSheet> sheetJson(@PathVariable String token) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("scoring-sheet.json").build().toString())
			.body(this.sheets.exports(token, false).get(0));
	}

	private static ResponseEntity<byte[]> download(String body, String filename, String type) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.contentType(MediaType.parseMediaType(type + ";charset=UTF-8"))
			.body(body.getBytes(StandardCharsets.UTF_8));
	}

}
