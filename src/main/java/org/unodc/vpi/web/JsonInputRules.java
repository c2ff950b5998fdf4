package org.unodc.vpi.web;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * How request bodies of {@code /api} are read: a {@code null} inside a list or set
 * ({@code "owners":[null]}) is refused as unreadable, with its place, instead of reaching code
 * that expects an entry there. (A key sent twice is refused too: spring.jackson.parser in
 * application.yml.)
 */
@Configuration
public class JsonInputRules {

  @Bean
  Jackson2ObjectMapperBuilderCustomizer refuseNullsInsideLists() {
    // Lists and sets only: a map's null values ({"lastError": null}) are ordinary JSON for its readers.
    return builder -> builder.postConfigurer(mapper -> {
      for (Class<?> type : List.of(Collection.class, List.class, Set.class)) {
        mapper.configOverride(type).setSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
      }
    });
  }
}
