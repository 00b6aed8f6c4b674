package dev.prima.agency;

/** A service the office does not offer. */
public class UnknownServiceException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public UnknownServiceException(String service) {
    super(
        "The office offers no service '"
            + service
            + "'. It offers "
            + AgencyApplication.SERVICES.stream().map(s -> s.key()).toList()
            + ".");
  }
}
