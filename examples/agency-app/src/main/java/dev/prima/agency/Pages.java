package dev.prima.agency;

import dev.prima.voice.InvalidVoiceException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The citizen's pages: the services, applying, and following one's own application. */
@Controller
public class Pages {

  private final CitizenCases cases;
  private final StaffTasks tasks;
  private final MessageSource messages;

  public Pages(CitizenCases cases, StaffTasks tasks, MessageSource messages) {
    this.cases = cases;
    this.tasks = tasks;
    this.messages = messages;
  }

  /** The staff's page: every open task, each with its completion form. */
  @GetMapping("/petugas")
  public String staff(Model model) {
    model.addAttribute("tasks", tasks.open());
    return "staff";
  }

  @PostMapping("/petugas/tugas/{taskId}")
  public String complete(
      @PathVariable("taskId") String taskId,
      @RequestParam("petugas") String staffId,
      @RequestParam(name = "keputusan", required = false) Boolean decision) {
    tasks.complete(taskId, staffId, decision);
    return "redirect:/petugas";
  }

  @GetMapping("/")
  public String services(Model model) {
    model.addAttribute("services", AgencyApplication.SERVICES);
    return "services";
  }

  @PostMapping("/permohonan")
  public String apply(@RequestParam("service") String service) {
    return "redirect:/lacak/" + cases.apply(service);
  }

  /** "Lacak permohonan": the form's answer goes to the case's own page. */
  @GetMapping("/lacak")
  public String track(@RequestParam("kode") String kode) {
    return "redirect:/lacak/" + kode.trim().toUpperCase();
  }

  /** A complaint about the case; the answer comes back to the case's page. */
  @PostMapping("/lacak/{caseKey}/pengaduan")
  public String complain(
      @PathVariable("caseKey") String caseKey,
      @RequestParam("isi") String text,
      @RequestParam(name = "nama", required = false) String name,
      @RequestParam(name = "kontak", required = false) String contact,
      RedirectAttributes answer) {
    try {
      answer.addFlashAttribute("complaintId", cases.complain(caseKey, text, name, contact));
    } catch (InvalidVoiceException e) {
      answer.addFlashAttribute("complaintError", e.getMessage());
    }
    return "redirect:/lacak/" + caseKey;
  }

  /** A case's page, in the browser's language (Accept-Language) as the service report is. */
  @GetMapping("/lacak/{caseKey}")
  public String track(@PathVariable("caseKey") String caseKey, Model model, Locale locale) {
    CitizenCase found =
        cases
            .find(caseKey, locale)
            .orElseThrow(
                () ->
                    new ResponseStatusException(
                        HttpStatus.NOT_FOUND,
                        messages.getMessage("track.unknown", new Object[] {caseKey}, locale)));
    model.addAttribute("case", found);
    return "track";
  }
}
