package app.mockinterview.interview;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * An invitation to interview alongside the lead. Opening it only asks (a link preview or
 * a mail scanner that fetches it claims nothing); the button claims it, which turns it
 * into the invited person's own console link. From then on the invitation answers 404.
 */
@Controller
@RequestMapping("/interviews/join/{invitation}")
class InvitationController {

	private final InterviewSeats seats;

	InvitationController(InterviewSeats seats) {
		this.seats = seats;
	}

	@GetMapping
	String invitation(@PathVariable String invitation, Model model) {
		model.addAttribute("invitation", this.seats.invitation(invitation));
		model.addAttribute("invitationToken", invitation);
		return "interview/invitation";
	}

	@PostMapping
	String claim(@PathVariable String invitation) {
		return "redirect:/interviews/i/" + this.seats.claimInvitation(invitation);
	}

}
