package org.unodc.vpi.notification;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A State party's name in the reader's language, from its ISO 3166 alpha-3 code (BRA: Brasil, Brésil). */
public final class CountryNames {

  private static final Map<String, String> ALPHA2_BY_ALPHA3 = Stream.of(Locale.getISOCountries())
      .collect(Collectors.toMap(alpha2 -> new Locale("", alpha2).getISO3Country(), Function.identity(),
          (first, second) -> first));

  private CountryNames() {}

  public static String of(String alpha3, Locale language) {
    if (alpha3 == null) {
      return "";
    }
    String alpha2 = ALPHA2_BY_ALPHA3.get(alpha3);
    return alpha2 == null ? alpha3 : new Locale("", alpha2).getDisplayCountry(language);
  }
}
