package dev.prima.i18n;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.prima.internal.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.MissingResourceException;
import org.junit.jupiter.api.Test;

class MessagesTest {

  private static final String BUNDLE = "dev.prima.i18n.test-messages";

  @Test
  void indonesianIsChosenForIdAndTheOldCodeIn_everythingElseReadsEnglish() {
    assertThat(Messages.supported(Locale.forLanguageTag("id-ID"))).isEqualTo(Messages.INDONESIAN);
    assertThat(Messages.supported(new Locale("in", "ID"))).isEqualTo(Messages.INDONESIAN);
    assertThat(Messages.supported(Locale.GERMANY)).isEqualTo(Locale.ENGLISH);
    assertThat(Messages.supported(Locale.ROOT)).isEqualTo(Locale.ENGLISH);
  }

  @Test
  void textsComeFromTheBundleOfTheLanguageWithArgumentsPlaced() {
    Messages id = Messages.of(BUNDLE, Messages.INDONESIAN, MessagesTest.class);
    Messages en = Messages.of(BUNDLE, Locale.ENGLISH, MessagesTest.class);

    assertThat(id.text("greeting", "Siti")).isEqualTo("Selamat datang, Siti");
    assertThat(en.text("greeting", "Siti")).isEqualTo("Welcome, Siti");
  }

  @Test
  void englishIsReadForAnotherLanguageEvenWhenTheJvmSpeaksIndonesian() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Messages.INDONESIAN);
      assertThat(Messages.of(BUNDLE, Locale.FRENCH, MessagesTest.class).text("greeting", "A"))
          .isEqualTo("Welcome, A");
      assertThat(Messages.of(BUNDLE, null, MessagesTest.class).text("greeting", "A"))
          .isEqualTo("Selamat datang, A");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void figuresAndDaysFollowTheLanguage() {
    Messages id = Messages.of(BUNDLE, Messages.INDONESIAN, MessagesTest.class);
    Messages en = Messages.of(BUNDLE, Locale.ENGLISH, MessagesTest.class);

    assertThat(id.decimal(new BigDecimal("82.705"), 2)).isEqualTo("82,71");
    assertThat(en.decimal(new BigDecimal("82.705"), 2)).isEqualTo("82.71");
    assertThat(id.decimal(1234.5, 1)).isEqualTo("1234,5");
    assertThat(id.day(LocalDate.of(2026, 11, 30))).isEqualTo("Senin, 30 November 2026");
    assertThat(en.day(LocalDate.of(2026, 11, 30))).isEqualTo("Monday, 30 November 2026");
  }

  @Test
  void aMissingKeyNamesTheBundleAndTheKey() {
    Messages en = Messages.of(BUNDLE, Locale.ENGLISH, MessagesTest.class);
    assertThatThrownBy(() -> en.text("no.such.key"))
        .isInstanceOf(MissingResourceException.class)
        .hasMessageContaining("no.such.key")
        .hasMessageContaining(BUNDLE);
  }

  @Test
  void theTestBundleHasTheSameKeysInBothLanguages() {
    assertThat(BundleKeys.assertBothLanguages("dev/prima/i18n/test-messages")).contains("greeting");
  }
}
