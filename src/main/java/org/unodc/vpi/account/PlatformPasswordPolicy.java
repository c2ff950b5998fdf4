package org.unodc.vpi.account;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLengthRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyUserDataRuleImpl;

/**
 * The engine's own check of every new password, whichever way it is set: the invitation page, a
 * user changing theirs in Tasklist or through engine-rest, an administrator in the Admin webapp.
 * The same rules as {@link PasswordRules}: long rather than complicated, not the person's own
 * name or address, not a well-known password.
 */
public class PlatformPasswordPolicy implements PasswordPolicy {

  public static final int MIN_LENGTH = PasswordRules.MIN_LENGTH;

  @Override
  public List<PasswordPolicyRule> getRules() {
    return List.of(new PasswordPolicyLengthRuleImpl(MIN_LENGTH), new PasswordPolicyUserDataRuleImpl(),
        new NotWellKnown());
  }

  /** Refuses the passwords everybody tries first. */
  static final class NotWellKnown implements PasswordPolicyRule {

    @Override
    public String getPlaceholder() {
      return "PASSWORD_POLICY_NOT_WELL_KNOWN";
    }

    @Override
    public Map<String, String> getParameters() {
      return Map.of();
    }

    @Override
    public boolean execute(String password) {
      return password != null && !PasswordRules.isWellKnown(password);
    }
  }
}
