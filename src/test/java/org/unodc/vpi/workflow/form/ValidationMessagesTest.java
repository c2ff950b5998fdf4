package org.unodc.vpi.workflow.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Every language has every validation message, and each one formats with sample arguments. */
class ValidationMessagesTest {

  @ParameterizedTest
  @ValueSource(strings = {"fr", "es", "pt"})
  void shouldTranslateEveryMessageAndFormatIt(String language) throws IOException {
    Set<String> english = load("messages.properties").stringPropertyNames();
    Set<String> translated = load("messages_" + language + ".properties").stringPropertyNames();
    assertThat(translated).containsExactlyInAnyOrderElementsOf(english);

    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("messages");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    messages.setAlwaysUseMessageFormat(true);
    for (String key : english) {
      String text = messages.getMessage(key, new Object[] {"Label", "X", "Y"}, Locale.forLanguageTag(language));
      assertThat(text).as("%s in %s", key, language).doesNotContain("{0}", "{1}", "{2}", "''")
          .isNotEqualTo(messages.getMessage(key, new Object[] {"Label", "X", "Y"}, Locale.ENGLISH));
      if (key.startsWith("form.invalid.")) {
        assertThat(text).as("%s in %s names the field", key, language).contains("Label");
      }
    }
  }

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (var in = new InputStreamReader(
        ValidationMessagesTest.class.getResourceAsStream("/" + name), StandardCharsets.UTF_8)) {
      properties.load(in);
    }
    return properties;
  }
}
