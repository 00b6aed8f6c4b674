package dev.prima.strategy;

import static org.apiguardian.api.API.Status.MAINTAINED;

import dev.prima.internal.Messages;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The fee or tariff of a service (biaya/tarif), in rupiah unless stated otherwise.
 *
 * @param amount zero or more; zero means free of charge
 * @param currency ISO 4217 code
 */
@API(status = MAINTAINED, since = "0.1.0")
public record Fee(BigDecimal amount, String currency) {

  /**
   * Checks the amount and the currency.
   *
   * @param amount zero or more
   * @param currency a three-letter ISO 4217 code, such as {@code IDR}
   * @throws InvalidValueException for a negative amount or a malformed currency
   */
  public Fee {
    Objects.requireNonNull(amount, "amount must not be null");
    if (amount.signum() < 0) {
      throw InvalidValueException.of("value.feeNegative", amount);
    }
    if (currency == null || !currency.matches("[A-Z]{3}")) {
      throw InvalidValueException.of("value.feeCurrency", currency);
    }
  }

  /**
   * No charge: most civil registration services are free by law.
   *
   * @return a fee of 0 rupiah
   */
  public static Fee free() {
    return new Fee(BigDecimal.ZERO, "IDR");
  }

  /**
   * A fee in rupiah.
   *
   * @param amount the amount in rupiah, zero or more
   * @return the fee
   */
  public static Fee rupiah(long amount) {
    return new Fee(BigDecimal.valueOf(amount), "IDR");
  }

  /**
   * Reads {@code free}, {@code gratis}, {@code 0}, {@code 50000}, {@code Rp 50.000} or {@code 50000
   * IDR}.
   *
   * @param text the fee as written in a standard
   * @return the fee
   * @throws InvalidValueException naming the text and the accepted forms
   */
  public static Fee parse(String text) {
    if (text == null || text.isBlank()) {
      throw InvalidValueException.of("value.noFee", text);
    }
    String t = text.trim();
    if (t.equalsIgnoreCase("free") || t.equalsIgnoreCase("gratis")) {
      return free();
    }
    String currency = "IDR";
    String number = t;
    if (t.regionMatches(true, 0, "Rp", 0, 2)) {
      number = t.substring(2).trim().replace(".", "").replace(",", ".");
    } else if (t.regionMatches(true, 0, "IDR ", 0, 4)) {
      number = t.substring(4).trim().replace(",", "");
    } else if (t.matches(".*\\s[A-Za-z]{3}$")) {
      currency = t.substring(t.length() - 3).toUpperCase(java.util.Locale.ROOT);
      number = t.substring(0, t.length() - 3).trim();
    }
    try {
      return new Fee(new BigDecimal(number), currency);
    } catch (NumberFormatException e) {
      throw InvalidValueException.withCause(e, "value.notFee", t);
    }
  }

  /** {@return whether the service is free of charge} */
  public boolean isFree() {
    return amount.signum() == 0;
  }

  /**
   * This fee as a published standard writes it, in the language of {@code locale}: {@code gratis
   * (tidak dipungut biaya)}, {@code Rp50.000} in Bahasa Indonesia; {@code free of charge}, {@code
   * IDR 50,000} in English; other currencies by their code.
   *
   * @param locale the reader's locale; Bahasa Indonesia for {@code id}, English otherwise
   * @return the text for people
   */
  public String toText(Locale locale) {
    Messages texts = Messages.of(ServiceDuration.TEXTS, locale, Fee.class);
    if (isFree()) {
      return texts.text("fee.free");
    }
    DecimalFormat figures =
        new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(texts.locale()));
    return currency.equals("IDR")
        ? texts.text("fee.rupiah", figures.format(amount))
        : texts.text("fee.amount", figures.format(amount), currency);
  }

  @Override
  public String toString() {
    return isFree() ? "free" : amount.stripTrailingZeros().toPlainString() + " " + currency;
  }
}
