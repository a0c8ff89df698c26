package app.mockinterview.practice;

import java.util.List;
import java.util.Optional;

import app.mockinterview.sql.SqlWork;
import app.mockinterview.link.CapabilityToken;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@Controller
class MyPracticeController {

	private final MyPractice myPractice;

	private final PracticeProfileRepository profiles;

	private final SqlWork sqlWork;

	private final PracticeAttemptRepository attempts;

	MyPracticeController(MyPractice myPractice, PracticeProfileRepository profiles, SqlWork sqlWork,
			PracticeAttemptRepository attempts) {
		this.myPractice = myPractice;
		this.profiles = profiles;
		this.sqlWork = sqlWork;
		this.attempts = attempts;
	}

	@GetMapping("/practice")
	String myPractice(@RequestParam(name = "area", required = false) String area,
			@RequestParam(name = "criterion", required = false) String criterion, HttpServletRequest request,
			Model model) {
		Optional<String> profile = ProfileCookie.read(request).filter(this.profiles::existsById);
		profile.ifPresent((id) -> {
			MyPracticeView view = this.myPractice.view(id, area, criterion);
			model.addAttribute("practice", view);
			List<String> owners = view.attempts().stream().map((row) -> SqlWork.practice(row.id())).toList();
			model.addAttribute("sqlPassed", this.sqlWork.passedExercises(owners));
			model.addAttribute("sqlTried", this.sqlWork.triedExercises(owners));
			model.addAttribute("personalLink",
					ServletUriComponentsBuilder.fromContextPath(request)
						.path("/practice/profile/{id}")
						.buildAndExpand(id)
						.toUriString());
		});
		ProfileCookie.readPrevious(request)
			.filter((previous) -> !previous.equals(profile.orElse(null)))
			.filter(this.profiles::existsById)
			.ifPresent((previous) -> model.addAttribute("previousProfile", previous));
		return "practice/mine";
	}

	/**
	 * The personal link only asks: a link someone else sent must not quietly make this
	 * browser save its practice into their profile, where they could read it. The page
	 * says how much practice the profile holds (never what), and a button switches.
	 */
	@GetMapping("/practice/profile/{id}")
	String restore(@PathVariable String id, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		requireProfile(id);
		if (ProfileCookie.read(request).filter(id::equals).isPresent()) {
			redirect.addFlashAttribute("notice", "This browser already uses this practice profile.");
			return "redirect:/practice";
		}
		model.addAttribute("profileId", id);
		model.addAttribute("attempts", this.attempts.countByProfileId(id));
		model.addAttribute("hasProfile", ProfileCookie.read(request).filter(this.profiles::existsById).isPresent());
		return "practice/switch";
	}

	/**
	 * Switches this browser to the profile, remembering the one it used before so that My
	 * practice can offer the way back.
	 */
	@PostMapping("/practice/profile/{id}")
	String switchTo(@PathVariable String id, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		requireProfile(id);
		ProfileCookie.read(request)
			.filter((current) -> !current.equals(id))
			.ifPresent((current) -> ProfileCookie.writePrevious(request, response, current));
		ProfileCookie.write(request, response, id);
		redirect.addFlashAttribute("notice", "This browser now uses this practice profile.");
		return "redirect:/practice";
	}

	private void requireProfile(String id) {
		if (!CapabilityToken.isWellFormed(id) || !this.profiles.existsById(id)) {
			throw new AttemptNotFoundException();
		}
	}

}
