package app.mockinterview.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;

import app.mockinterview.content.BankExport;
import app.mockinterview.content.ContentImporter;
import app.mockinterview.content.ContentProperties;
import app.mockinterview.content.ImportReport;
import app.mockinterview.content.prepdoc.BankImport;
import app.mockinterview.content.prepdoc.BankImportPreview;
import app.mockinterview.question.Question;
import app.mockinterview.question.QuestionNotFoundException;
import app.mockinterview.question.QuestionRepository;
import app.mockinterview.system.FormErrors;
import app.mockinterview.system.RequestLimits;
import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin's content tools: re-run the content import and see its problems, import a
 * prep document (upload, preview, confirm), and export questions as canonical Markdown.
 * Protected by the admin filter chain in {@code system}.
 */
@Controller
class ContentAdminController {

	private final ContentImporter importer;

	private final ContentProperties properties;

	private final QuestionRepository questions;

	private final BankExport export;

	private final BankImport bankImport = new BankImport();

	ContentAdminController(ContentImporter importer, ContentProperties properties, QuestionRepository questions,
			BankExport export) {
		this.importer = importer;
		this.properties = properties;
		this.questions = questions;
		this.export = export;
	}

	@GetMapping("/admin")
	String home(Model model, @RequestParam(name = RequestLimits.UPLOAD_REFUSED, required = false) String refused) {
		if (refused != null) {
			model.addAttribute("error", tooLarge());
		}
		model.addAttribute("report", this.importer.lastReport().orElse(null));
		model.addAttribute("contentDir", this.properties.contentDir().toAbsolutePath().normalize().toString());
		model.addAttribute("questions",
				this.questions.findByActiveTrue()
					.stream()
					.sorted(Comparator.comparing(Question::getDifficulty).thenComparing(Question::getTitle))
					.map((q) -> new QuestionRow(q.getId(), q.getTitle(), q.getDifficulty().slug(), q.getSourcePath()))
					.toList());
		return "admin/home";
	}

	record QuestionRow(String id, String title, String difficulty, String sourcePath) {

	}

	private static String tooLarge() {
		return "That file is too large: prep documents can be at most " + BankImport.MAX_DOCUMENT_BYTES / 1024 + " KB.";
	}

	@PostMapping("/admin/content/reload")
	String reload(RedirectAttributes redirect) {
		ImportReport report = this.importer.importContent();
		redirect.addFlashAttribute("notice", report.summary());
		return "redirect:/admin";
	}

	@PostMapping("/admin/import/preview")
	String preview(@RequestParam("file") MultipartFile file, Model model, RedirectAttributes redirect) {
		if (file.isEmpty()) {
			redirect.addFlashAttribute("error", "Choose a Markdown file to import.");
			return "redirect:/admin";
		}
		if (file.getSize() > BankImport.MAX_DOCUMENT_BYTES) {
			redirect.addFlashAttribute("error", tooLarge());
			return "redirect:/admin";
		}
		byte[] bytes = bytes(file);
		BankImportPreview preview = this.bankImport.preview(file.getOriginalFilename(), bytes,
				this.properties.contentDir());
		model.addAttribute("preview", preview);
		model.addAttribute("form",
				new ConfirmImportForm(Base64.getEncoder().encodeToString(bytes), preview.documentName()));
		return "admin/preview";
	}

	/**
	 * Re-reads the document the preview showed (it travels in the form, so nothing is
	 * kept on the server in between), writes the ready questions' files and imports the
	 * content.
	 */
	@PostMapping("/admin/import/confirm")
	String confirm(@Valid @ModelAttribute ConfirmImportForm form, BindingResult result, RedirectAttributes redirect) {
		FormErrors.refuseUnreadable(result);
		if (result.hasErrors()) {
			// Hidden fields, nothing to correct on the preview: back to the upload.
			redirect.addFlashAttribute("error", result.getAllErrors().get(0).getDefaultMessage());
			return "redirect:/admin";
		}
		byte[] bytes = form.bytes();
		BankImportPreview preview = this.bankImport.preview(form.documentName(), bytes, this.properties.contentDir());
		if (preview.readyQuestions().isEmpty()) {
			redirect.addFlashAttribute("error", "Nothing to import: no question in " + preview.documentName()
					+ " is complete. Upload it again to see why.");
			return "redirect:/admin";
		}
		try {
			List<java.nio.file.Path> written = this.bankImport.write(preview, this.properties.contentDir());
			ImportReport report = this.importer.importContent();
			redirect.addFlashAttribute("notice",
					"Imported %s: %d question file(s) written (%d new, %d updated, %d unchanged), %d broken question(s) skipped. %s"
						.formatted(preview.documentName(), written.size(), preview.count(BankImportPreview.Action.NEW),
								preview.count(BankImportPreview.Action.UPDATE),
								preview.count(BankImportPreview.Action.UNCHANGED), preview.brokenCount(),
								report.summary()));
		}
		catch (IOException ex) {
			redirect.addFlashAttribute("error",
					"The question files could not be written into the content directory: " + ex.getMessage());
		}
		return "redirect:/admin";
	}

	@GetMapping("/admin/questions/{id}/export")
	ResponseEntity<String> exportQuestion(@PathVariable String id) {
		Question question = this.questions.findByIdAndActiveTrue(id)
			.orElseThrow(() -> new QuestionNotFoundException(id));
		String markdown = this.export.question(question.getSourcePath())
			.orElseThrow(() -> new QuestionNotFoundException(id));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "markdown", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(question.getId() + ".md").build().toString())
			.body(markdown);
	}

	@GetMapping("/admin/export.zip")
	ResponseEntity<byte[]> exportBank() throws IOException {
		java.io.ByteArrayOutputStream zip = new java.io.ByteArrayOutputStream();
		this.export.writeZip(zip);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("question-bank.zip").build().toString())
			.body(zip.toByteArray());
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
