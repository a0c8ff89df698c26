package app.mockinterview.practice;

import java.util.List;
import java.util.Optional;

import app.mockinterview.sql.SqlWork;
import app.mockinterview.system.CapabilityToken;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

@Controller
class MyPracticeController {

	private final MyPractice myPractice;

	private final PracticeProfileRepository profiles;

	private final SqlWork sqlWork;

	MyPracticeController(MyPractice myPractice, PracticeProfileRepository profiles, SqlWork sqlWork) {
		this.myPractice = myPractice;
		this.profiles = profiles;
		this.sqlWork = sqlWork;
	}

	@GetMapping("/practice")
	String myPractice(HttpServletRequest request, Model model) {
		Optional<String> profile = ProfileCookie.read(request).filter(this.profiles::existsById);
		profile.ifPresent((id) -> {
			MyPracticeView view = this.myPractice.view(id);
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
		return "practice/mine";
	}

	/** The personal link: makes this browser use the profile, then shows its practice. */
	@GetMapping("/practice/profile/{id}")
	String restore(@PathVariable String id, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (!CapabilityToken.isWellFormed(id) || !this.profiles.existsById(id)) {
			throw new AttemptNotFoundException();
		}
		ProfileCookie.write(request, response, id);
		redirect.addFlashAttribute("notice", "This browser now uses your practice profile.");
		return "redirect:/practice";
	}

}
