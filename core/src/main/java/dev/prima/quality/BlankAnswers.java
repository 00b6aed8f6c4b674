package dev.prima.quality;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What a blank answer in a questionnaire means when a survey is read.
 *
 * <p>Permenpan RB 14/2017 divides each element's total by the questionnaires that answered that
 * element (NRR per unsur = jumlah nilai per unsur / jumlah kuesioner yang terisi), so a
 * questionnaire with a blank answer still counts for the elements it did answer. Prima rejects
 * blanks unless told otherwise, so that a forgotten column is not scored silently.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum BlankAnswers {

  /** A blank answer is a problem of the file; nothing is imported (the default). */
  REJECT,

  /**
   * A blank answer leaves that questionnaire out of that element only: the element's NRR is its
   * total divided by the questionnaires that answered it, as Permenpan RB 14/2017 counts. A
   * questionnaire needs at least one answer.
   */
  COUNT_PER_ELEMENT
}
