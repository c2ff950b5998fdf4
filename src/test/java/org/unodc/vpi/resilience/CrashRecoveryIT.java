package org.unodc.vpi.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unodc.vpi.support.ThrowawayPostgres;

/**
 * kill -9 of the platform right after the 12th answer 2xx, while eight clients are completing
 * tasks of eight VPIs through engine-rest, then a restart on the same database: every completion answered 2xx is there, no VPI
 * is half-way through a step, every VPI goes on, and every mail reaches the SMTP server once (see
 * {@link CrashDrill}; docs/reliability.md, "Crashes: what survives kill -9").
 */
class CrashRecoveryIT {

  private static final int VPIS = 8;
  /** The kill comes within milliseconds of the 12th answer 2xx, with the other clients' requests in flight. */
  private static final int MIN_ACKNOWLEDGED = 12;

  @TempDir Path dir;
  private GreenMail smtp;
  private PlatformProcess platform;

  @BeforeEach
  void startSmtp() throws Exception {
    smtp = new GreenMail(new ServerSetup(PlatformProcess.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
  }

  @AfterEach
  void stop() throws Exception {
    if (platform != null) {
      platform.stop();
    }
    smtp.stop();
  }

  @Test
  void shouldKeepEveryAcknowledgedCompletionAndMailThroughAKillOnTheDemosH2File() throws Exception {
    platform = DrillPlatforms.demo(dir, smtp.getSmtp().getPort());
    platform.start("coordinator", "demo");

    assertSurvived(new CrashDrill(platform, smtp, DrillPlatforms.DEMO_PASSWORDS)
        .run(VPIS, Duration.ZERO, MIN_ACKNOWLEDGED));
  }

  @Test
  void shouldKeepEveryAcknowledgedCompletionAndMailThroughAKillOnPostgreSql() throws Exception {
    platform = DrillPlatforms.prodOnPostgres(dir, smtp.getSmtp().getPort(), ThrowawayPostgres.startOrSkip(),
        "vpi_crash_drill");

    assertSurvived(new CrashDrill(platform, smtp, DrillPlatforms.PROD_PASSWORDS)
        .run(VPIS, Duration.ZERO, MIN_ACKNOWLEDGED));
  }

  private void assertSurvived(CrashDrill.Outcome outcome) {
    System.out.println("Crash drill: " + outcome);
    assertThat(outcome.acknowledged()).as("completions answered 2xx before the kill").isGreaterThanOrEqualTo(
        MIN_ACKNOWLEDGED);
    assertThat(outcome.problems()).as("%s%nplatform log:%n%s", outcome, platform.logTail()).isEmpty();
    assertThat(outcome.acknowledgedLost()).as("acknowledged, then lost").isZero();
    assertThat(outcome.mailsSent()).as("mails sent").isPositive();
    assertThat(outcome.mailsMissing()).as("mails marked sent that never reached the server").isZero();
    // SMTP's own window: a mail the server accepted in the instant before the kill, not yet marked sent.
    assertThat(outcome.mailsDuplicated()).as("mails delivered twice (at most the one in flight at the kill)")
        .isLessThanOrEqualTo(1);
    assertThat(outcome.outbox()).as("outbox after the restart").containsOnlyKeys("SENT");
  }
}
