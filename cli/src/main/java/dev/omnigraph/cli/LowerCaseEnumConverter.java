package dev.omnigraph.cli;

import java.util.Arrays;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converts an option value to the enum constant whose {@code toString()} (its lower-case
 * command-line spelling) matches it, ignoring case, so that usage errors list the spellings
 * users type: {@code expected one of append, merge, overwrite but was 'x'}.
 *
 * @param <E> the enum type
 */
abstract class LowerCaseEnumConverter<E extends Enum<E>> implements ITypeConverter<E> {
  private final Class<E> type;

  /** @param type the enum class whose constants are the accepted values */
  LowerCaseEnumConverter(Class<E> type) {
    this.type = type;
  }

  /**
   * The matching constant.
   *
   * @throws TypeConversionException naming the accepted spellings (picocli then exits with 2)
   */
  @Override
  public E convert(String value) {
    for (E constant : type.getEnumConstants()) {
      if (constant.toString().equalsIgnoreCase(value)) {
        return constant;
      }
    }
    String accepted =
        Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
    throw new TypeConversionException("expected one of " + accepted + " but was '" + value + "'");
  }
}
