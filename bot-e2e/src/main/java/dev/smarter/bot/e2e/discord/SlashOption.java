package dev.smarter.bot.e2e.discord;

import static dev.smarter.bot.e2e.discord.Json.asArray;
import static dev.smarter.bot.e2e.discord.Json.asLong;
import static dev.smarter.bot.e2e.discord.Json.asObject;
import static dev.smarter.bot.e2e.discord.Json.obj;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An option a user fills in when invoking a slash command, such as {@code amount: 5} or a
 * subcommand with its own options ({@code /bytes send user: @alice amount: 5}). The fake checks the
 * options against what the bot registered: an unknown name, a wrong type or a missing required
 * option fails the invocation with {@link IllegalArgumentException}, as Discord's client would not
 * let the user send it.
 *
 * @param name the option's name
 * @param type Discord's option type ({@link #STRING}, {@link #INTEGER}, {@link #SUB_COMMAND}...)
 * @param value the value (a user or role option carries the snowflake), or null for subcommands
 * @param options the options of a subcommand or subcommand group, otherwise empty
 */
public record SlashOption(
    String name, int type, @Nullable Object value, List<SlashOption> options) {
  /** A subcommand. */
  public static final int SUB_COMMAND = 1;

  /** A group of subcommands. */
  public static final int SUB_COMMAND_GROUP = 2;

  /** Text. */
  public static final int STRING = 3;

  /** A whole number. */
  public static final int INTEGER = 4;

  /** True or false. */
  public static final int BOOLEAN = 5;

  /** A user (the value is the user's snowflake; the interaction carries the resolved user). */
  public static final int USER = 6;

  /** A role (the value is the role's snowflake). */
  public static final int ROLE = 8;

  /**
   * Checks the name and copies the list.
   *
   * @param name the option's name
   * @param type the option type
   * @param value the value, or null
   * @param options the nested options
   */
  public SlashOption {
    Objects.requireNonNull(name, "name == null");
    options = List.copyOf(options);
  }

  /**
   * A text option.
   *
   * @param name the option's name
   * @param value the text
   * @return the option
   */
  public static SlashOption string(String name, String value) {
    return new SlashOption(name, STRING, value, List.of());
  }

  /**
   * A whole-number option.
   *
   * @param name the option's name
   * @param value the number
   * @return the option
   */
  public static SlashOption integer(String name, long value) {
    return new SlashOption(name, INTEGER, value, List.of());
  }

  /**
   * A true-or-false option.
   *
   * @param name the option's name
   * @param value the value
   * @return the option
   */
  public static SlashOption bool(String name, boolean value) {
    return new SlashOption(name, BOOLEAN, value, List.of());
  }

  /**
   * A user option.
   *
   * @param name the option's name
   * @param user the user picked
   * @return the option
   */
  public static SlashOption user(String name, FakeUser user) {
    return new SlashOption(name, USER, Payloads.id(user.id()), List.of());
  }

  /**
   * A role option.
   *
   * @param name the option's name
   * @param roleId the role picked
   * @return the option
   */
  public static SlashOption role(String name, long roleId) {
    return new SlashOption(name, ROLE, Payloads.id(roleId), List.of());
  }

  /**
   * A subcommand with its options.
   *
   * @param name the subcommand's name
   * @param options its options
   * @return the option
   */
  public static SlashOption subcommand(String name, SlashOption... options) {
    return new SlashOption(name, SUB_COMMAND, null, List.of(options));
  }

  /**
   * A subcommand group.
   *
   * @param name the group's name
   * @param subcommands the one subcommand invoked in it
   * @return the option
   */
  public static SlashOption subcommandGroup(String name, SlashOption... subcommands) {
    return new SlashOption(name, SUB_COMMAND_GROUP, null, List.of(subcommands));
  }

  static List<Object> toJson(List<SlashOption> options) {
    List<Object> json = new ArrayList<>();
    for (SlashOption option : options) {
      Map<String, @Nullable Object> item = obj("name", option.name, "type", option.type);
      if (option.type == SUB_COMMAND || option.type == SUB_COMMAND_GROUP) {
        item.put("options", toJson(option.options));
      } else {
        item.put("value", option.value);
      }
      json.add(item);
    }
    return json;
  }

  static Set<Long> userIds(List<SlashOption> options) {
    Set<Long> ids = new LinkedHashSet<>();
    for (SlashOption option : options) {
      if (option.type == USER) {
        ids.add(asLong(option.value));
      }
      ids.addAll(userIds(option.options));
    }
    return ids;
  }

  static void validate(String command, @Nullable Object registered, List<SlashOption> given) {
    List<@Nullable Object> schema = registered == null ? List.of() : asArray(registered);
    for (SlashOption option : given) {
      Map<String, @Nullable Object> declared = null;
      for (Object candidate : schema) {
        Map<String, @Nullable Object> json = asObject(candidate);
        if (option.name.equals(json.get("name"))) {
          declared = json;
        }
      }
      if (declared == null) {
        throw new IllegalArgumentException(
            command + " has no option '" + option.name + "' (registered: " + names(schema) + ")");
      }
      int declaredType = (int) asLong(declared.get("type"));
      if (declaredType != option.type) {
        throw new IllegalArgumentException(
            command
                + " option '"
                + option.name
                + "' is of type "
                + declaredType
                + ", not "
                + option.type);
      }
      if (option.type == SUB_COMMAND || option.type == SUB_COMMAND_GROUP) {
        validate(command + " " + option.name, declared.get("options"), option.options);
      }
    }
    boolean subcommands = false;
    for (Object candidate : schema) {
      Map<String, @Nullable Object> json = asObject(candidate);
      int type = (int) asLong(json.get("type"));
      subcommands |= type == SUB_COMMAND || type == SUB_COMMAND_GROUP;
      boolean present = given.stream().anyMatch(option -> option.name.equals(json.get("name")));
      if (Boolean.TRUE.equals(json.get("required")) && !present) {
        throw new IllegalArgumentException(
            command + " needs the option '" + json.get("name") + "'");
      }
    }
    if (subcommands && given.size() != 1) {
      throw new IllegalArgumentException(
          command + " needs exactly one of its subcommands " + names(schema));
    }
  }

  private static List<String> names(List<@Nullable Object> schema) {
    List<String> names = new ArrayList<>();
    for (Object candidate : schema) {
      names.add(String.valueOf(asObject(candidate).get("name")));
    }
    return names;
  }
}
