package org.unodc.vpi.resilience;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.unodc.vpi.VpiPlatformApplication;

/**
 * The platform in a JVM of its own (the test JVM's classpath), so that it can be killed with
 * SIGKILL ({@link Process#destroyForcibly()} on Linux) and started again on the same database.
 * Its working directory holds the demo's {@code ./data} and its log.
 */
final class PlatformProcess {

  private final Path workDir;
  private final int port;
  private final List<String> arguments;
  private final Map<String, String> environment;
  private Process process;
  private int starts;

  PlatformProcess(Path workDir, int port, List<String> arguments, Map<String, String> environment) {
    this.workDir = workDir;
    this.port = port;
    this.arguments = arguments;
    this.environment = environment;
  }

  int port() {
    return port;
  }

  /** Starts the platform and waits until {@code ready} answers 200 as the given user. */
  void start(String user, String password) throws IOException, InterruptedException {
    starts++;
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        // A short-lived JVM: the quick compiler only, a small heap (the machine may be shared).
        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m", "-Xss512k",
        "-cp", absoluteClassPath(), VpiPlatformApplication.class.getName(),
        "--server.port=" + port));
    command.addAll(arguments);
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
    builder.environment().putAll(environment);
    Files.writeString(log(), "\n===== start " + starts + " =====\n", StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    process = builder.start();
    Process started = process;
    // Should the test JVM end first (a time-out, Ctrl-C), the platform goes with it.
    Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly, "platform-process-kill"));
    PlatformClient client = new PlatformClient(PlatformClient.newHttp(), port, user, password);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The platform stopped while starting (exit " + process.exitValue() + "):\n"
            + logTail());
      }
      try {
        // Users are set up once the application is ready: a 200 as this user means it is.
        if (client.get("/engine-rest/task?maxResults=1").status() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    process.destroyForcibly();
    throw new IllegalStateException("The platform did not start within 180 s:\n" + logTail());
  }

  /** kill -9: no shutdown hook, no connection pool closing, nothing flushed. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** A normal stop (SIGTERM), for the end of a test. */
  void stop() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    }
  }

  Path log() {
    return workDir.resolve("platform.log");
  }

  String logTail() {
    try {
      List<String> lines = Files.readAllLines(log(), StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  /** The test JVM's classpath, each entry absolute: the platform runs in another directory. */
  private static String absoluteClassPath() {
    return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
        .map(entry -> Path.of(entry).toAbsolutePath().toString())
        .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
