package dev.prima.internal;

import dev.prima.PrimaConfigurationException;

/** Checks that H2, Prima's optional embedded database, is on the class path before it is used. */
public final class EmbeddedH2 {

  /** The H2 version Prima is built and tested with; a test keeps it equal to the build's. */
  public static final String VERSION = "2.3.232";

  /** The dependency to add, as Maven coordinates. */
  public static final String DEPENDENCY = "com.h2database:h2:" + VERSION;

  static final String DRIVER = "org.h2.Driver";

  private EmbeddedH2() {}

  /** Whether the URL opens an H2 database. */
  public static boolean isH2(String jdbcUrl) {
    return jdbcUrl != null && jdbcUrl.startsWith("jdbc:h2:");
  }

  /**
   * Throws when {@code loader} cannot load H2's driver.
   *
   * @throws PrimaConfigurationException one line naming the dependency to add
   */
  public static void require(ClassLoader loader) {
    try {
      Class.forName(DRIVER, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new PrimaConfigurationException(
          "H2 is not on the class path, and Prima's embedded database (Prima.inMemory(),"
              + " h2InMemory(), h2File(..), a jdbc:h2: URL) needs it since prima-core declares it"
              + " optional. Fix: add the dependency "
              + DEPENDENCY
              + " (Maven: <groupId>com.h2database</groupId><artifactId>h2</artifactId><version>"
              + VERSION
              + "</version>), or give Prima your own database with jdbc(url, user, password) or"
              + " dataSource(..).",
          e);
    }
  }
}
