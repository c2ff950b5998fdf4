package org.unodc.vpi.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.unodc.vpi.VpiPlatformApplication;
import org.unodc.vpi.identity.EngineUserAuthenticationProvider;
import org.unodc.vpi.identity.Roles;
import org.unodc.vpi.identity.demo.DemoData;

/**
 * Latency of the main list queries of /api on a full register: 190 countries, 50,000 stakeholder
 * organisations (one contact each) and 200,000 action items (one owner each) on the embedded H2
 * database. Not a test (surefire never runs it): run it with {@code bench/api-list-benchmark.sh}.
 *
 * <p>It starts the platform with the demo profile on an in-memory H2 database of its own (no
 * embedded SMTP, a random port), bulk-loads the register with JDBC batches, then sends each query
 * over HTTP with basic auth, as a client does, and prints median, 95th percentile and maximum.
 *
 * <p>System properties: {@code bench.requests} (500 per query), {@code bench.warmup} (rounds of
 * every query before measuring, 30), {@code bench.stakeholders} (50000), {@code bench.actionItems}
 * (200000), {@code bench.countries} (190), {@code bench.limitMs} (50).
 */
public final class ApiListBenchmark {

  private static final int REQUESTS = Integer.getInteger("bench.requests", 500);
  private static final int WARMUP_ROUNDS = Integer.getInteger("bench.warmup", 30);
  private static final int STAKEHOLDERS = Integer.getInteger("bench.stakeholders", 50_000);
  private static final int ACTION_ITEMS = Integer.getInteger("bench.actionItems", 200_000);
  private static final int COUNTRY_COUNT = Integer.getInteger("bench.countries", 190);
  private static final int VPIS_PER_COUNTRY = 3;
  private static final int BATCH = 5_000;
  private static final double LIMIT_MS = Double.parseDouble(System.getProperty("bench.limitMs", "50"));

  static final String PASSWORD = "bench";
  static final String COORDINATOR = "benchcoordinator";
  static final String CIVIL_SOCIETY = "benchcso";
  static final String CSO_COUNTRY = "BRA";

  private static final String[] TYPES = {"NGO", "ACADEMIA", "PRIVATE_SECTOR", "OTHER"};
  private static final String[] STATUSES = {"PLANNED", "IN_PROGRESS", "DONE", "CANCELLED"};
  private static final String[] WORDS = {"Alliance", "Institute", "Network", "Foundation", "Centre", "Council",
      "Observatory", "Forum", "Association", "Coalition", "Initiative", "Union", "Society", "Trust", "Group"};
  private static final LocalDate TODAY = LocalDate.of(2025, 9, 1);

  record Query(String name, String user, String path) {
    /** The path of the i-th request: {i10} becomes i % 10, {i4} i % 4, {day} a due date that moves on. */
    String path(int i) {
      return path.replace("{i10}", Integer.toString(i % 10)).replace("{i100}", Integer.toString(100 + i % 10))
          .replace("{type}", TYPES[i % TYPES.length]).replace("{status}", STATUSES[i % STATUSES.length])
          .replace("{day}", TODAY.plusDays(i % 60).toString());
    }
  }

  record Result(Query query, double medianMs, double p95Ms, double maxMs, long totalItems) {
    boolean passes() {
      return p95Ms < LIMIT_MS;
    }
  }

  private ApiListBenchmark() {}

  public static void main(String[] args) throws Exception {
    long started = System.nanoTime();
    ConfigurableApplicationContext context = new SpringApplicationBuilder(VpiPlatformApplication.class)
        .profiles("demo")
        .logStartupInfo(false)
        .run(concat(args,
            "--spring.datasource.url=jdbc:h2:mem:vpi-benchmark;DB_CLOSE_DELAY=-1",
            "--vpi.mail.embedded-smtp.enabled=false",
            "--server.port=0",
            "--spring.main.banner-mode=off",
            "--logging.level.root=WARN",
            "--logging.level.org.unodc=WARN"));
    int exit = 0;
    try {
      System.out.printf(Locale.ROOT, "Platform started in %.1f s%n", seconds(started));
      List<String> countries = countries();
      load(context.getBean(JdbcTemplate.class), countries);
      createIdentities(context.getBean(IdentityService.class), countries);
      int port = ((WebServerApplicationContext) context).getWebServer().getPort();
      if (Boolean.getBoolean("bench.explain")) {
        explain(context.getBean(JdbcTemplate.class));
      }
      exit = measure(context, "http://localhost:" + port);
    } finally {
      context.close();
    }
    System.exit(exit);
  }

  /** 190 three-letter country codes: the two demo countries and generated ones (ZAA, ZAB, ...). */
  static List<String> countries() {
    List<String> codes = new ArrayList<>(List.of("BRA", "MOZ"));
    for (int i = 0; codes.size() < COUNTRY_COUNT; i++) {
      codes.add("Z" + (char) ('A' + i / 26) + (char) ('A' + i % 26));
    }
    return codes;
  }

  // ---------------------------------------------------------------------------------------------
  // Bulk load

  private static void load(JdbcTemplate jdbc, List<String> countries) {
    long started = System.nanoTime();
    Timestamp now = Timestamp.from(Instant.parse("2025-09-01T08:00:00Z"));
    int n = countries.size();

    List<Object[]> vpis = new ArrayList<>();
    for (String country : countries) {
      for (int v = 0; v < VPIS_PER_COUNTRY; v++) {
        vpis.add(new Object[] {country, "VPI " + country + " " + (v + 1), "Organised crime", "Cluster " + (v + 1),
            "B", Date.valueOf(TODAY.minusMonths(6 + v)), "OPEN", now});
      }
    }
    batches(jdbc, "insert into vpi_initiative (country, title, thematic_focus, review_cluster, collaboration_level,"
        + " consent_date, status, opened_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, 0)", vpis);
    Map<String, List<Long>> vpiIds = new java.util.HashMap<>();
    jdbc.query("select id, country from vpi_initiative order by id", rs -> {
      vpiIds.computeIfAbsent(rs.getString(2), c -> new ArrayList<>()).add(rs.getLong(1));
    });

    List<Object[]> organisations = new ArrayList<>(BATCH);
    for (int i = 0; i < STAKEHOLDERS; i++) {
      String country = countries.get(i % n);
      long vpi = vpiIds.get(country).get(i % VPIS_PER_COUNTRY);
      String name = WORDS[(i * 7) % WORDS.length] + " " + WORDS[(i / 3) % WORDS.length] + " " + i;
      organisations.add(new Object[] {country, vpi, name, name.toLowerCase(Locale.ROOT), TYPES[(i / n) % TYPES.length],
          "Anti-corruption, victim support", "https://org" + i + ".example", now, now});
      if (organisations.size() == BATCH) {
        insertOrganisations(jdbc, organisations);
        organisations.clear();
      }
    }
    insertOrganisations(jdbc, organisations);
    jdbc.update("insert into stakeholder_contact (organisation_id, position, name, role, email, phone,"
        + " preferred_language, listed_in_whats_on, shared_with_government)"
        + " select id, 0, 'Contact ' || id, 'Director', 'contact' || id || '@org.example', '+1 555 0100', 'en',"
        + " true, mod(id, 2) = 0 from stakeholder_organisation");

    List<Object[]> items = new ArrayList<>(BATCH);
    for (int i = 0; i < ACTION_ITEMS; i++) {
      String country = countries.get(i % n);
      long vpi = vpiIds.get(country).get(i % VPIS_PER_COUNTRY);
      LocalDate start = TODAY.minusDays(365).plusDays((i * 37L) % 730);
      items.add(new Object[] {country, vpi, "Action " + i + ": " + WORDS[i % WORDS.length].toLowerCase(Locale.ROOT)
          + " training", "Train officials and NGOs together.", Date.valueOf(start),
          Date.valueOf(start.plusDays(30 + (i % 11) * 15)), STATUSES[(i / n) % STATUSES.length], (i * 13) % 101,
          now, now});
      if (items.size() == BATCH) {
        insertActionItems(jdbc, items);
        items.clear();
      }
    }
    insertActionItems(jdbc, items);
    jdbc.update("insert into action_item_owner (action_item_id, position, kind, name)"
        + " select id, 0, case when mod(id, 2) = 0 then 'ORGANISATION' else 'GOVERNMENT_UNIT' end,"
        + " 'Owner of action ' || id from action_item");
    jdbc.execute("analyze");

    System.out.printf(Locale.ROOT, "Loaded in %.1f s: %d countries, %d VPIs, %d stakeholder organisations,"
            + " %d contacts, %d action items, %d owners%n", seconds(started), n,
        count(jdbc, "vpi_initiative"), count(jdbc, "stakeholder_organisation"), count(jdbc, "stakeholder_contact"),
        count(jdbc, "action_item"), count(jdbc, "action_item_owner"));
  }

  private static void insertOrganisations(JdbcTemplate jdbc, List<Object[]> rows) {
    batches(jdbc, "insert into stakeholder_organisation (country, initiative_id, name, name_key, type,"
        + " thematic_expertise, website, version, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)", rows);
  }

  private static void insertActionItems(JdbcTemplate jdbc, List<Object[]> rows) {
    batches(jdbc, "insert into action_item (country, initiative_id, title, description, start_date, due_date,"
        + " status, percent_complete, version, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)",
        rows);
  }

  private static void batches(JdbcTemplate jdbc, String sql, List<Object[]> rows) {
    for (int from = 0; from < rows.size(); from += BATCH) {
      jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH)));
    }
  }

  private static long count(JdbcTemplate jdbc, String table) {
    return jdbc.queryForObject("select count(*) from " + table, Long.class);
  }

  /**
   * A tenant per country (the coordinators' group in each, as the demo data does), a coordinator
   * who is also a member of every tenant, and a civil society member of one country.
   */
  private static void createIdentities(IdentityService identity, List<String> countries) {
    long started = System.nanoTime();
    for (String code : countries) {
      if (identity.createTenantQuery().tenantId(code).count() == 0) {
        Tenant tenant = identity.newTenant(code);
        tenant.setName(DemoData.COUNTRIES.getOrDefault(code, "Country " + code));
        identity.saveTenant(tenant);
      }
      if (identity.createTenantQuery().tenantId(code).groupMember(Roles.COORDINATORS).count() == 0) {
        identity.createTenantGroupMembership(code, Roles.COORDINATORS);
      }
    }
    newUser(identity, COORDINATOR, Roles.COORDINATORS);
    countries.forEach(code -> identity.createTenantUserMembership(code, COORDINATOR));
    newUser(identity, CIVIL_SOCIETY, Roles.CIVIL_SOCIETY);
    identity.createTenantUserMembership(CSO_COUNTRY, CIVIL_SOCIETY);
    System.out.printf(Locale.ROOT, "Identities in %.1f s: %d tenants, user %s (coordinators, all tenants),"
            + " user %s (civil society, %s)%n", seconds(started), identity.createTenantQuery().count(), COORDINATOR,
        CIVIL_SOCIETY, CSO_COUNTRY);
  }

  private static void newUser(IdentityService identity, String id, String group) {
    User user = identity.newUser(id);
    user.setFirstName("Bench");
    user.setLastName(id);
    user.setEmail(id + "@bench.example");
    user.setPassword(PASSWORD);
    identity.saveUser(user);
    identity.createMembership(id, group);
  }

  /**
   * With -Dbench.explain=true: H2's plan and the time of SQL shaped like what the list queries run
   * (a civil society member: country in (their countries); a coordinator: no country condition;
   * columns fixed by a filter lead the order, see ListQuery), each as a page and a count.
   */
  private static void explain(JdbcTemplate jdbc) {
    String in = "country in (?)";
    Object[] params = {CSO_COUNTRY};
    String page = " offset 0 rows fetch first 20 rows only";
    String doneBefore = "status = 'DONE' and due_date < date '2025-10-01'";
    Map<String, String> sql = new java.util.LinkedHashMap<>();
    sql.put("stakeholders page, 1 country, type (cso)", "select * from stakeholder_organisation where " + in
        + " and country = 'BRA' and type = 'NGO' order by country, type, name" + page);
    sql.put("stakeholders page, all countries (coord)", "select * from stakeholder_organisation where 1 = 1"
        + " order by name" + page);
    sql.put("stakeholders count, all countries (coord)", "select count(id) from stakeholder_organisation where 1 = 1");
    sql.put("action items page, 1 country, status+dueBefore (cso)", "select * from action_item where " + in
        + " and country = 'BRA' and " + doneBefore + " order by country, status, due_date" + page);
    sql.put("action items page, status+dueBefore (coord)", "select * from action_item where " + doneBefore
        + " order by status, due_date" + page);
    sql.put("action items page, status+dueBefore, NOT status first", "select * from action_item where "
        + doneBefore + " order by due_date" + page);
    sql.put("action items count, status+dueBefore (coord)", "select count(id) from action_item where " + doneBefore);
    for (Map.Entry<String, String> e : sql.entrySet()) {
      boolean hasIn = e.getValue().contains(in);
      Object[] args = hasIn ? params : new Object[0];
      for (int i = 0; i < 5; i++) {
        jdbc.queryForList(e.getValue(), args);
      }
      double[] ms = new double[20];
      for (int i = 0; i < ms.length; i++) {
        long t0 = System.nanoTime();
        jdbc.queryForList(e.getValue().replace(" where ", " where id <> -" + (i + 1) + " and "), args);
        ms[i] = (System.nanoTime() - t0) / 1e6;
      }
      String plan = jdbc.queryForObject("explain " + e.getValue(), String.class, args)
          .replaceAll("(\\?\\d*,\\s*){3,}\\?\\d*", "?, ...");
      System.out.printf(Locale.ROOT, "%n-- %s: median %s ms, max %s ms%n%s%n", e.getKey(), fmt(percentile(ms, 50)),
          fmt(Arrays.stream(ms).max().orElse(0)), plan);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Measurement

  static List<Query> queries() {
    return List.of(
        new Query("stakeholders, 1 country, sort name (cso)", CIVIL_SOCIETY,
            "/api/stakeholders?country=BRA&sort=name,asc&page={i10}"),
        new Query("stakeholders, 1 country, type=NGO (cso)", CIVIL_SOCIETY,
            "/api/stakeholders?country=BRA&type={type}"),
        new Query("stakeholders, 1 country (coordinator)", COORDINATOR,
            "/api/stakeholders?country=MOZ&sort=name,asc&page={i10}"),
        new Query("stakeholders, all countries, pages 0-9 (coord)", COORDINATOR,
            "/api/stakeholders?sort=name,asc&page={i10}"),
        new Query("stakeholders, all countries, pages 100-109 (coord)", COORDINATOR,
            "/api/stakeholders?sort=name,asc&page={i100}"),
        new Query("action items, 1 country, sort dueDate (cso)", CIVIL_SOCIETY,
            "/api/action-items?country=BRA&sort=dueDate,asc&page={i10}"),
        new Query("action items, 1 country, status+dueBefore (cso)", CIVIL_SOCIETY,
            "/api/action-items?country=BRA&status={status}&dueBefore={day}&sort=dueDate,asc"),
        new Query("action items, 1 country (coordinator)", COORDINATOR,
            "/api/action-items?country=MOZ&sort=dueDate,asc&page={i10}"),
        new Query("action items, all countries, pages 0-9 (coord)", COORDINATOR,
            "/api/action-items?sort=dueDate,asc&page={i10}"),
        new Query("action items, all, status+dueBefore (coord)", COORDINATOR,
            "/api/action-items?status={status}&dueBefore={day}&sort=dueDate,asc"));
  }

  private static int measure(ConfigurableApplicationContext context, String base) throws Exception {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    ObjectMapper json = new ObjectMapper();
    List<Query> queries = queries();

    long started = System.nanoTime();
    for (int round = 0; round < WARMUP_ROUNDS; round++) {
      for (Query query : queries) {
        send(http, base, query, round);
      }
    }
    System.out.printf(Locale.ROOT, "Warm-up: %d requests in %.1f s%n", WARMUP_ROUNDS * queries.size(),
        seconds(started));

    List<Result> results = new ArrayList<>();
    for (Query query : queries) {
      double[] ms = new double[REQUESTS];
      String body = null;
      for (int i = 0; i < REQUESTS; i++) {
        long t0 = System.nanoTime();
        body = send(http, base, query, i);
        ms[i] = (System.nanoTime() - t0) / 1e6;
      }
      JsonNode page = json.readTree(body);
      results.add(new Result(query, percentile(ms, 50), percentile(ms, 95), Arrays.stream(ms).max().orElse(0),
          page.path("totalItems").asLong(-1)));
    }

    // Where the time goes: the sign-in alone, in process (no HTTP), for both users.
    EngineUserAuthenticationProvider auth = context.getBean(EngineUserAuthenticationProvider.class);
    List<String[]> authRows = new ArrayList<>();
    for (String user : List.of(CIVIL_SOCIETY, COORDINATOR)) {
      Supplier<Object> signIn = () -> auth.authenticate(
          UsernamePasswordAuthenticationToken.unauthenticated(user, PASSWORD));
      for (int i = 0; i < 100; i++) {
        signIn.get();
      }
      double[] ms = new double[REQUESTS];
      for (int i = 0; i < REQUESTS; i++) {
        long t0 = System.nanoTime();
        signIn.get();
        ms[i] = (System.nanoTime() - t0) / 1e6;
      }
      authRows.add(new String[] {"sign-in only, in process (" + user + ")", fmt(percentile(ms, 50)),
          fmt(percentile(ms, 95)), fmt(Arrays.stream(ms).max().orElse(0))});
    }

    System.out.println();
    System.out.printf(Locale.ROOT, "%d requests per query, sequential, HTTP/1.1 keep-alive, %d cores, limit p95 < %.0f ms%n",
        REQUESTS, Runtime.getRuntime().availableProcessors(), LIMIT_MS);
    String format = "| %-50s | %8s | %8s | %8s | %10s | %-4s |%n";
    System.out.printf(Locale.ROOT, format, "query", "median", "p95", "max", "totalItems", "p95");
    System.out.printf(Locale.ROOT, format, "-".repeat(50), "-------:", "-------:", "-------:", "---------:", "----");
    int failures = 0;
    for (Result r : results) {
      System.out.printf(Locale.ROOT, format, r.query().name(), fmt(r.medianMs()), fmt(r.p95Ms()), fmt(r.maxMs()),
          r.totalItems(), r.passes() ? "PASS" : "FAIL");
      failures += r.passes() ? 0 : 1;
    }
    for (String[] row : authRows) {
      System.out.printf(Locale.ROOT, format, row[0], row[1], row[2], row[3], "", "");
    }
    System.out.println("(times in ms; totalItems of the last request: filters and pages rotate so that H2 never"
        + " hands back a cached result)");
    System.out.println();
    System.out.println(failures == 0 ? "All list queries under " + fmt(LIMIT_MS) + " ms at the 95th percentile."
        : failures + " list queries at or over " + fmt(LIMIT_MS) + " ms at the 95th percentile.");
    return failures == 0 ? 0 : 1;
  }

  private static String send(HttpClient http, String base, Query query, int i) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(base + query.path(i)))
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((query.user() + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
        .header("Accept", "application/json")
        .GET().build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(query.path(i) + " answered " + response.statusCode() + ": " + response.body());
    }
    return response.body();
  }

  /** Nearest-rank percentile. */
  static double percentile(double[] values, double p) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  private static String fmt(double ms) {
    return String.format(Locale.ROOT, "%.1f", ms);
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static String[] concat(String[] first, String... second) {
    String[] all = Arrays.copyOf(second, second.length + first.length);
    System.arraycopy(first, 0, all, second.length, first.length);
    return all;
  }
}
