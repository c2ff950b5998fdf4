package org.unodc.vpi.support;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL server for tests: a new cluster (initdb) in a temporary directory, started
 * with {@code pg_ctl} on a free loopback port, with one empty database; stopped and deleted when the
 * JVM ends. One server per JVM, started on first use ({@link #startOrSkip()}); an outage test may
 * {@link #stop()} and {@link #start()} it, and must leave it running.
 *
 * <p>The binaries come from {@code /usr/lib/postgresql/<version>/bin} (Debian's {@code postgresql}
 * package; the newest version wins) or else from {@code pg_ctl} and {@code initdb} on the PATH.
 * Without them a test that needs the server is skipped, except on CI ({@code CI=true}), where it
 * fails instead. PostgreSQL refuses to run as root: when the JVM does (as on CI), the cluster
 * belongs to the {@code postgres} user (which Debian's package creates) and {@code initdb} and
 * {@code pg_ctl} run through {@code runuser -u postgres --}.
 *
 * <p>Connections are password-checked (scram-sha-256, random password) and accepted on
 * 127.0.0.1 only; durability is off (fsync, synchronous commit), as nothing is kept.
 */
public final class ThrowawayPostgres {

  private static final Path DEBIAN_VERSIONS = Path.of("/usr/lib/postgresql");
  private static final String SERVICE_USER = "postgres";
  private static final String USERNAME = "vpi";
  private static final String DATABASE = "vpi_test";
  private static final long COMMAND_TIMEOUT_SECONDS = 120;

  private static ThrowawayPostgres shared;

  private final Path bin;
  private final Path dir;
  private final Path data;
  private final boolean asServiceUser;
  private final String password;
  private int port;

  private ThrowawayPostgres(Path bin, Path dir, boolean asServiceUser) {
    this.bin = bin;
    this.dir = dir;
    this.data = dir.resolve("data");
    this.asServiceUser = asServiceUser;
    this.password = randomPassword();
  }

  /**
   * The server of this JVM, started on first call. Without PostgreSQL binaries the calling test is
   * skipped (a JUnit assumption), or fails when the environment variable {@code CI} is {@code true}.
   */
  public static synchronized ThrowawayPostgres startOrSkip() {
    if (shared != null) {
      return shared;
    }
    Optional<Path> bin = findBinaries();
    String missing = "no PostgreSQL server binaries (initdb, pg_ctl) under " + DEBIAN_VERSIONS
        + "/*/bin or on the PATH (apt-get install postgresql)";
    if ("true".equals(System.getenv("CI"))) {
      if (bin.isEmpty()) {
        fail("CI must run the PostgreSQL tests, but there are " + missing);
      }
    } else {
      assumeTrue(bin.isPresent(), "PostgreSQL test skipped: " + missing);
    }
    shared = start(bin.get());
    return shared;
  }

  /** The directory holding {@code initdb}, {@code pg_ctl} and {@code postgres}, if there is one. */
  public static Optional<Path> findBinaries() {
    if (Files.isDirectory(DEBIAN_VERSIONS)) {
      try (Stream<Path> versions = Files.list(DEBIAN_VERSIONS)) {
        Optional<Path> newest = versions
            .map(version -> version.resolve("bin"))
            .filter(ThrowawayPostgres::hasServerBinaries)
            .max(Comparator.comparing(ThrowawayPostgres::majorVersion));
        if (newest.isPresent()) {
          return newest;
        }
      } catch (IOException e) {
        // unreadable: look on the PATH
      }
    }
    String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
    for (String entry : path.split(File.pathSeparator)) {
      if (entry.isEmpty()) {
        continue;
      }
      Path pgCtl = Path.of(entry, "pg_ctl");
      if (Files.isExecutable(pgCtl)) {
        try {
          // /usr/local/bin/pg_ctl may be a link into the real bin directory, next to initdb.
          Path real = pgCtl.toRealPath().getParent();
          if (hasServerBinaries(real)) {
            return Optional.of(real);
          }
        } catch (IOException e) {
          // a dangling link: go on
        }
        if (hasServerBinaries(Path.of(entry))) {
          return Optional.of(Path.of(entry));
        }
      }
    }
    return Optional.empty();
  }

  /** {@code jdbc:postgresql://127.0.0.1:<port>/vpi_test}: the empty database created at start. */
  public String jdbcUrl() {
    return jdbcUrl(DATABASE);
  }

  /** A new empty database on this server, for a test that must not share {@link #jdbcUrl()}; its URL. */
  public synchronized String createDatabase(String name) {
    try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USERNAME, password);
        Statement statement = connection.createStatement()) {
      statement.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create database " + name + log(), e);
    }
    return jdbcUrl(name);
  }

  /**
   * Stops the server (fast shutdown: open connections are cut, as in an outage), keeping its data.
   * The server is shared by the JVM: whoever stops it must {@link #start()} it again.
   */
  public synchronized void stop() {
    try {
      run(command(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "-t", "30", "stop"),
          dir.resolve("pg_ctl-stop.out"), true);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not stop the throwaway PostgreSQL server in " + data, e);
    }
  }

  /** Starts the stopped server again, on the same port and with the same data. */
  public synchronized void start() {
    try {
      if (!isRunning()) {
        startOn(port, dir.resolve("server.log"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start the throwaway PostgreSQL server in " + data, e);
    }
  }

  public boolean isRunning() {
    return Files.exists(data.resolve("postmaster.pid"));
  }

  public String username() {
    return USERNAME;
  }

  public String password() {
    return password;
  }

  private static boolean hasServerBinaries(Path bin) {
    return Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl"))
        && Files.isExecutable(bin.resolve("postgres"));
  }

  private static int majorVersion(Path bin) {
    try {
      return Integer.parseInt(bin.getParent().getFileName().toString());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static ThrowawayPostgres start(Path bin) {
    ThrowawayPostgres server = null;
    try {
      boolean root = isRoot();
      Path dir = Files.createTempDirectory(parentDirectory(root), "throwaway-postgres-");
      server = new ThrowawayPostgres(bin, dir, root);
      ThrowawayPostgres started = server;
      Runtime.getRuntime().addShutdownHook(new Thread(started::stopAndDelete, "throwaway-postgres-stop"));
      if (root) {
        // initdb and the server run as the postgres user: the directory (mode 700) must be theirs.
        UserPrincipal owner;
        try {
          owner = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(SERVICE_USER);
        } catch (IOException e) {
          throw new IllegalStateException("PostgreSQL does not run as root, and there is no '" + SERVICE_USER
              + "' user to run it as (Debian's postgresql package creates it): " + e.getMessage(), e);
        }
        Files.setOwner(dir, owner);
      }
      server.initdb();
      server.startOnFreePort();
      server.createDatabase();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start a throwaway PostgreSQL server from " + bin, e);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create the test database on the throwaway PostgreSQL server"
          + (server == null ? "" : server.log()), e);
    }
  }

  /**
   * The JVM's temporary directory; as root, {@code /tmp} instead when the postgres user could not
   * get through to it (e.g. a java.io.tmpdir under /root).
   */
  private static Path parentDirectory(boolean root) throws IOException {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
    if (root) {
      for (Path dir = tmp; dir != null; dir = dir.getParent()) {
        if (!Files.getPosixFilePermissions(dir).contains(PosixFilePermission.OTHERS_EXECUTE)) {
          return Path.of("/tmp");
        }
      }
    }
    return tmp;
  }

  private void initdb() throws IOException {
    // The password file must be readable by whoever runs initdb; it goes once initdb has read it.
    Path pwfile = dir.resolve("pwfile");
    Files.writeString(pwfile, password + "\n", StandardCharsets.UTF_8);
    if (asServiceUser) {
      Files.setOwner(pwfile, Files.getOwner(dir));
    }
    try {
      run(command(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USERNAME,
          "--pwfile=" + pwfile, "--auth=scram-sha-256", "-E", "UTF8", "--no-locale", "--no-sync"),
          dir.resolve("initdb.out"), true);
    } finally {
      Files.deleteIfExists(pwfile);
    }
  }

  private void startOnFreePort() throws IOException {
    Path log = dir.resolve("server.log");
    for (int attempt = 1; ; attempt++) {
      port = freeLoopbackPort();
      try {
        startOn(port, log);
        return;
      } catch (IllegalStateException e) {
        // Another process may have taken the port between our probe and the server's bind.
        boolean portTaken = Files.exists(log) && Files.readString(log).contains("could not bind");
        if (!portTaken || attempt == 3) {
          throw e;
        }
      }
    }
  }

  private void startOn(int port, Path log) throws IOException {
    // pg_ctl hands -o to the server through a shell: paths are quoted.
    String options = "-p " + port + " -c listen_addresses=127.0.0.1 -k '" + dir + "'"
        + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off";
    run(command(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", log.toString(),
        "-o", options, "-w", "-t", "60", "start"), dir.resolve("pg_ctl-start.out"), true);
  }

  private void createDatabase() throws SQLException {
    try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USERNAME, password);
        Statement statement = connection.createStatement()) {
      statement.execute("create database " + DATABASE);
    }
  }

  private synchronized void stopAndDelete() {
    try {
      if (Files.exists(data.resolve("postmaster.pid"))) {
        run(command(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "-t", "30",
            "stop"), dir.resolve("pg_ctl-stop.out"), false);
      }
    } catch (IOException | RuntimeException e) {
      System.err.println("Could not stop the throwaway PostgreSQL server in " + data + ": " + e);
    }
    deleteTree(dir);
  }

  private String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
  }

  private List<String> command(String... command) {
    List<String> full = new ArrayList<>();
    if (asServiceUser) {
      full.addAll(List.of("runuser", "-u", SERVICE_USER, "--"));
    }
    full.addAll(List.of(command));
    return full;
  }

  /**
   * Runs a command with its output in a file (not a pipe: the server that pg_ctl leaves running
   * must not hold one of ours), in the server directory (the postgres user may not be allowed into
   * the JVM's). With {@code check}, a failure or time-out throws, with the output and server log.
   */
  private void run(List<String> command, Path output, boolean check) throws IOException {
    Process process = new ProcessBuilder(command)
        .directory(dir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(output.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .start();
    boolean ended;
    try {
      ended = process.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
      throw new IllegalStateException("Interrupted while running " + String.join(" ", command), e);
    }
    if (!ended) {
      process.destroyForcibly();
    }
    if (check && (!ended || process.exitValue() != 0)) {
      throw new IllegalStateException(String.join(" ", command)
          + (ended ? " failed with exit code " + process.exitValue() : " did not end within "
              + COMMAND_TIMEOUT_SECONDS + " s")
          + ":\n" + Files.readString(output) + log());
    }
  }

  private String log() {
    Path log = dir.resolve("server.log");
    try {
      return Files.exists(log) ? "\nServer log " + log + ":\n" + Files.readString(log) : "";
    } catch (IOException e) {
      return "";
    }
  }

  private static String randomPassword() {
    byte[] bytes = new byte[16];
    new SecureRandom().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private static int freeLoopbackPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static boolean isRoot() throws IOException {
    Process id = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
    String uid = new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    return "0".equals(uid);
  }

  private static void deleteTree(Path path) {
    try {
      if (Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        try (DirectoryStream<Path> children = Files.newDirectoryStream(path)) {
          for (Path child : children) {
            deleteTree(child);
          }
        }
      }
      Files.deleteIfExists(path);
    } catch (IOException e) {
      System.err.println("Could not delete " + path + ": " + e);
    }
  }
}
