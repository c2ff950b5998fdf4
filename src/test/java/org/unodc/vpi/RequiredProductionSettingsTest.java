package org.unodc.vpi;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RequiredProductionSettingsTest {

  private static final String DATABASE = "jdbc:postgresql://db/vpi";

  @Test
  void shouldRefuseToStartWithoutAnAdministratorPasswordAndSayHowToSetIt() {
    assertThatThrownBy(() -> new RequiredProductionSettings(DATABASE, "", ""))
        .hasMessageContaining("CAMUNDA_BPM_ADMIN_USER_ID").hasMessageContaining("CAMUNDA_BPM_ADMIN_USER_PASSWORD");
    assertThatThrownBy(() -> new RequiredProductionSettings(DATABASE, "admin", ""))
        .hasMessageContaining("CAMUNDA_BPM_ADMIN_USER_PASSWORD");
  }

  @Test
  void shouldRefuseTheDemoPasswordAndOtherEasyOnes() {
    for (String password : new String[] {"demo", "Password", "short-pw", "operator-one"}) {
      assertThatThrownBy(() -> new RequiredProductionSettings(DATABASE, "operator-one", password))
          .as(password).hasMessageContaining("too easy to guess");
    }
  }

  @Test
  void shouldNameEveryMissingSettingAtOnce() {
    assertThatThrownBy(() -> new RequiredProductionSettings("", "", ""))
        .hasMessageContaining("SPRING_DATASOURCE_URL").hasMessageContaining("CAMUNDA_BPM_ADMIN_USER_PASSWORD");
  }

  @Test
  void shouldStartWithADatabaseAndAnAdministratorOfTheOperatorsChoosing() {
    assertThatCode(() -> new RequiredProductionSettings(DATABASE, "operator", "a long passphrase of mine"))
        .doesNotThrowAnyException();
  }
}
