package dev.prima.people;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

/**
 * Staff as Camunda's identity service knows them: every user is a staff member, every group the
 * user is a member of is one of their roles (so a group id is a {@link FrontlineRole#id()} and a
 * candidate group), and the name is first and last name (the user id when both are empty).
 *
 * <p><b>Competency levels</b> are user info entries, one per assessed factor, with the key {@value
 * #INFO_KEY_PREFIX} followed by {@link Competency#id()} and the level 1..5 as a decimal string:
 *
 * <pre>
 * prima.competency.ethics            = 4
 * prima.competency.personal_quality  = 3
 * </pre>
 *
 * A factor without an entry is not assessed. {@link #writeProfile} stores a profile this way; an
 * administrator may also set entries with {@code identityService.setUserInfo}.
 *
 * <p>Thread-safe (it holds only the service). Each staff member costs one group query and one read
 * per competency, so a role of many users is not free: for large roles or remote identity
 * providers, put a caching {@link StaffDirectory} in front. Note that Camunda's default id
 * whitelist, {@code [a-zA-Z0-9]+|camunda-admin}, rejects group ids with dashes such as {@code
 * counter-officer}; set {@code groupResourceWhitelistPattern} in the engine configuration to use
 * them.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class IdentityServiceStaffDirectory implements StaffDirectory {

  /** The prefix of the user info keys that hold competency levels. */
  public static final String INFO_KEY_PREFIX = "prima.competency.";

  private final IdentityService identityService;

  /**
   * A directory reading from {@code identityService}, e.g. {@code engine.getIdentityService()}.
   *
   * @param identityService the engine's identity service
   */
  public IdentityServiceStaffDirectory(IdentityService identityService) {
    this.identityService =
        Objects.requireNonNull(identityService, "identityService must not be null");
  }

  /**
   * {@return the user info key for a factor, e.g. {@code prima.competency.personal_quality}}
   *
   * @param competency the factor
   */
  public static String infoKey(Competency competency) {
    return INFO_KEY_PREFIX + competency.id();
  }

  /**
   * Stores {@code profile} as the competency entries of the user {@code userId}: sets an entry per
   * assessed factor and deletes the entries of factors not assessed.
   *
   * @param identityService the engine's identity service
   * @param userId an existing user's id
   * @param profile the profile to store
   * @throws IllegalArgumentException when there is no such user
   */
  public static void writeProfile(
      IdentityService identityService, String userId, CompetencyProfile profile) {
    Objects.requireNonNull(identityService, "identityService must not be null");
    Objects.requireNonNull(profile, "profile must not be null");
    if (userId == null || identityService.createUserQuery().userId(userId).singleResult() == null) {
      throw new IllegalArgumentException(
          "userId must name an existing user, but was "
              + (userId == null ? "null" : "'" + userId + "'")
              + "; create the user with identityService.saveUser(...) first");
    }
    for (Competency competency : Competency.values()) {
      int level = profile.level(competency);
      if (level == CompetencyLevel.NOT_ASSESSED) {
        identityService.deleteUserInfo(userId, infoKey(competency));
      } else {
        identityService.setUserInfo(userId, infoKey(competency), Integer.toString(level));
      }
    }
  }

  /**
   * {@inheritDoc}
   *
   * @throws InvalidStaffProfileException when a stored level is not a number in 1..5
   */
  @Override
  public Optional<StaffMember> find(String staffId) {
    if (staffId == null) {
      return Optional.empty();
    }
    User user = identityService.createUserQuery().userId(staffId).singleResult();
    return Optional.ofNullable(user).map(this::toStaffMember);
  }

  /**
   * {@inheritDoc}
   *
   * @throws InvalidStaffProfileException when a stored level is not a number in 1..5
   */
  @Override
  public List<StaffMember> inRole(String roleId) {
    if (roleId == null) {
      return List.of();
    }
    return identityService
        .createUserQuery()
        .memberOfGroup(roleId)
        .orderByUserId()
        .asc()
        .list()
        .stream()
        .map(this::toStaffMember)
        .toList();
  }

  private StaffMember toStaffMember(User user) {
    List<String> roles =
        identityService.createGroupQuery().groupMember(user.getId()).list().stream()
            .map(Group::getId)
            .toList();
    return new StaffMember(user.getId(), nameOf(user), Set.copyOf(roles), profileOf(user));
  }

  private static String nameOf(User user) {
    String first = user.getFirstName() == null ? "" : user.getFirstName().strip();
    String last = user.getLastName() == null ? "" : user.getLastName().strip();
    String name = (first + " " + last).strip();
    return name.isEmpty() ? user.getId() : name;
  }

  private CompetencyProfile profileOf(User user) {
    Map<Competency, Integer> levels = new EnumMap<>(Competency.class);
    for (Competency competency : Competency.values()) {
      String key = infoKey(competency);
      String value = identityService.getUserInfo(user.getId(), key);
      if (value != null) {
        levels.put(competency, parseLevel(user.getId(), key, value));
      }
    }
    return CompetencyProfile.of(levels);
  }

  private static int parseLevel(String userId, String key, String value) {
    try {
      // NumberFormatException is an IllegalArgumentException too
      return CompetencyLevel.check(key, Integer.parseInt(value.strip()));
    } catch (IllegalArgumentException e) {
      throw new InvalidStaffProfileException(
          userId,
          "User '"
              + userId
              + "' has user info "
              + key
              + " = '"
              + value
              + "', but a competency level must be a whole number from 1 (basic) to 5"
              + " (exemplary). Correct it with identityService.setUserInfo(\""
              + userId
              + "\", \""
              + key
              + "\", \"3\"), delete it if the factor was not assessed, or write the whole"
              + " profile with IdentityServiceStaffDirectory.writeProfile(...).",
          e);
    }
  }

  @Override
  public String toString() {
    return "IdentityServiceStaffDirectory";
  }
}
