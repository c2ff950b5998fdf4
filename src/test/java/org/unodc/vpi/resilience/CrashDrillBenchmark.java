package org.unodc.vpi.resilience;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.unodc.vpi.support.ThrowawayPostgres;

/**
 * The crash drill at the size of the reported crash, repeated: {@code bench/crash-drill.sh}. Not a
 * test. System properties: {@code drill.db} (h2 or postgres), {@code drill.vpis} (12),
 * {@code drill.killAfterMs} (3000: the kill comes this long after the first 2xx...), {@code drill.minAcks} (0: ...and
 * once this many requests were answered 2xx; with killAfterMs=0 the kill follows that answer within milliseconds),
 * {@code drill.runs} (3). Exit status 0 when no run lost an
 * acknowledged write or had a problem.
 */
public final class CrashDrillBenchmark {

  private CrashDrillBenchmark() {}

  public static void main(String[] args) throws Exception {
    String db = System.getProperty("drill.db", "h2");
    int vpis = Integer.getInteger("drill.vpis", 12);
    Duration killAfter = Duration.ofMillis(Long.getLong("drill.killAfterMs", 3000));
    int runs = Integer.getInteger("drill.runs", 3);
    int minAcknowledged = Integer.getInteger("drill.minAcks", 0);
    int failed = 0;
    for (int run = 1; run <= runs; run++) {
      Path dir = Files.createTempDirectory("crash-drill-");
      GreenMail smtp = new GreenMail(new ServerSetup(PlatformProcess.freePort(), "127.0.0.1",
          ServerSetup.PROTOCOL_SMTP));
      smtp.start();
      PlatformProcess platform = "postgres".equals(db)
          ? DrillPlatforms.prodOnPostgres(dir, smtp.getSmtp().getPort(), ThrowawayPostgres.startOrSkip(), "drill" + run)
          : DrillPlatforms.demo(dir, smtp.getSmtp().getPort());
      try {
        if (!"postgres".equals(db)) {
          platform.start("coordinator", "demo");
        }
        CrashDrill.Outcome outcome = new CrashDrill(platform, smtp, "postgres".equals(db)
            ? DrillPlatforms.PROD_PASSWORDS : DrillPlatforms.DEMO_PASSWORDS).run(vpis, killAfter, minAcknowledged);
        System.out.printf("run %d (%s, %d VPIs, kill %d ms after the first 2xx, once %d were answered 2xx): %s%n", run,
            db, vpis, killAfter.toMillis(), minAcknowledged, outcome);
        if (outcome.acknowledgedLost() > 0 || !outcome.problems().isEmpty()) {
          failed++;
          System.out.println("  platform log: " + platform.log());
        }
      } finally {
        platform.stop();
        smtp.stop();
      }
    }
    System.out.printf("%d of %d runs lost acknowledged work or had a problem%n", failed, runs);
    System.exit(failed == 0 ? 0 : 1);
  }
}
