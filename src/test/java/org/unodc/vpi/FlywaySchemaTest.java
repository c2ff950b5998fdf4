package org.unodc.vpi;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.unodc.vpi.support.ThrowawayPostgres;

/**
 * The Flyway migrations build the whole schema on an empty database, and the JPA entities match it
 * (Hibernate's {@code ddl-auto=validate} refuses to start on a missing table or column, or a column
 * of the wrong type): once on H2, the default database, and once on a real PostgreSQL server.
 *
 * <p>One Spring context (JPA slice: no process engine, so no Camunda tables) per database. The
 * PostgreSQL half starts a throwaway server ({@link ThrowawayPostgres}); without PostgreSQL binaries
 * it is skipped, except on CI ({@code CI=true}), where it fails instead.
 */
class FlywaySchemaTest {

  private static void schemaProperties(DynamicPropertyRegistry registry) {
    registry.add("spring.flyway.enabled", () -> "true");
    registry.add("spring.jpa.hibernate.ddl-auto", () -> "validate");
  }

  @Nested
  @DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
  class OnH2 extends SchemaChecks {

    /** A database of its own, empty until Flyway runs. */
    private static final String URL = "jdbc:h2:mem:flyway-schema-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
      registry.add("spring.datasource.url", () -> URL);
      registry.add("spring.datasource.username", () -> "sa");
      registry.add("spring.datasource.password", () -> "");
      schemaProperties(registry);
    }

    @Test
    void runsOnH2() {
      assertThat(jdbc.queryForObject("select database_path()", String.class)).as("in-memory H2").isNull();
    }
  }

  @Nested
  @DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
  class OnPostgreSql extends SchemaChecks {

    private static ThrowawayPostgres postgres;

    @BeforeAll
    static void startPostgres() {
      postgres = ThrowawayPostgres.startOrSkip();
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
      registry.add("spring.datasource.url", () -> postgres.jdbcUrl());
      registry.add("spring.datasource.username", () -> postgres.username());
      registry.add("spring.datasource.password", () -> postgres.password());
      schemaProperties(registry);
    }

    @Test
    void runsOnPostgreSql() {
      assertThat(jdbc.queryForObject("select version()", String.class)).startsWith("PostgreSQL");
    }
  }

  /**
   * What both databases must show once Flyway has run and Hibernate has validated the entities.
   * The Spring test annotations are here, not on the outer class: a context of its own would use
   * the demo profile's file database.
   */
  @DataJpaTest
  @AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
  abstract static class SchemaChecks {

    @Autowired JdbcTemplate jdbc;
    @Autowired EntityManagerFactory entityManagerFactory;

    @Test
    void appliesEveryMigrationFileSuccessfully() throws IOException {
      Set<String> files = migrationFiles();
      assertThat(files).as("migration files under db/migration").isNotEmpty();

      // Flyway quotes its table's and columns' lower-case names, on H2 as on PostgreSQL.
      List<String> applied = jdbc.queryForList(
          "select \"script\" from \"flyway_schema_history\" where \"success\" = true and \"type\" = 'SQL'",
          String.class);
      List<String> failed = jdbc.queryForList(
          "select \"script\" from \"flyway_schema_history\" where \"success\" = false", String.class);

      assertThat(failed).as("failed migrations").isEmpty();
      assertThat(applied.stream().map(FlywaySchemaTest::fileName))
          .as("migrations applied successfully, by file name")
          .containsExactlyInAnyOrderElementsOf(files);
    }

    @Test
    void createsEveryTableTheEntitiesUse() {
      Set<String> entityTables = entityTables();
      assertThat(entityTables).as("tables of the JPA entities").isNotEmpty();

      // H2 keeps unquoted names in upper case, PostgreSQL in lower case.
      List<String> tables = jdbc.queryForList(
          "select lower(table_name) from information_schema.tables where table_schema = current_schema",
          String.class);

      assertThat(tables).as("tables in the current schema").containsAll(entityTables);
    }

    /** Every table an entity or an entity's collection is stored in, lower case, without quotes. */
    private Set<String> entityTables() {
      Set<String> tables = new TreeSet<>();
      var metamodel = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getMappingMetamodel();
      metamodel.forEachEntityDescriptor(entity -> Arrays.stream(entity.getPropertySpaces())
          .map(FlywaySchemaTest::tableName).forEach(tables::add));
      metamodel.forEachCollectionDescriptor(collection -> Arrays.stream(collection.getCollectionSpaces())
          .map(FlywaySchemaTest::tableName).forEach(tables::add));
      return tables;
    }
  }

  /** The versioned and repeatable migrations Flyway finds (it searches db/migration's sub-folders too). */
  private static Set<String> migrationFiles() throws IOException {
    Set<String> files = new TreeSet<>();
    for (Resource resource : new PathMatchingResourcePatternResolver()
        .getResources("classpath*:db/migration/**/*.sql")) {
      String name = resource.getFilename();
      if (name != null && name.matches("[VR].*__.*\\.sql")) {
        files.add(name);
      }
    }
    return files;
  }

  private static String fileName(String script) {
    return script.substring(script.lastIndexOf('/') + 1);
  }

  /** {@code "Order"} or {@code public.order} as {@code order}. */
  private static String tableName(String space) {
    String name = space.substring(space.lastIndexOf('.') + 1);
    return name.replace("\"", "").replace("`", "").toLowerCase(Locale.ROOT);
  }
}
