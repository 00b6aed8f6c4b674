package dev.prima.agency;

import dev.prima.quality.InvalidSurveyException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The SKM questionnaire of a service and its result. */
@Controller
public class SkmPages {

  private final SkmResponses responses;

  public SkmPages(SkmResponses responses) {
    this.responses = responses;
  }

  @GetMapping("/skm/{service}")
  public String questionnaire(@PathVariable("service") String service, Model model) {
    requireOffered(service);
    model.addAttribute("service", service);
    model.addAttribute("elements", SkmResponses.PROFILE.elements());
    model.addAttribute("result", responses.result(service).orElse(null));
    return "skm";
  }

  /** One respondent's answers: form fields U1 to U9, each 1 to 4. */
  @PostMapping("/skm/{service}")
  public String answer(
      @PathVariable("service") String service,
      @RequestParam Map<String, String> form,
      RedirectAttributes answer) {
    requireOffered(service);
    Map<String, Integer> answers = new LinkedHashMap<>();
    try {
      for (var element : SkmResponses.PROFILE.elements()) {
        String value = form.get(element.code());
        answers.put(
            element.code(), value == null || value.isBlank() ? null : Integer.valueOf(value));
      }
      responses.record(service, answers);
      answer.addFlashAttribute("thanks", true);
    } catch (InvalidSurveyException | NumberFormatException e) {
      answer.addFlashAttribute("surveyError", e.getMessage());
    }
    return "redirect:/skm/" + service;
  }

  private static void requireOffered(String service) {
    if (AgencyApplication.SERVICES.stream().noneMatch(s -> s.key().equals(service))) {
      throw new UnknownServiceException(service);
    }
  }
}
