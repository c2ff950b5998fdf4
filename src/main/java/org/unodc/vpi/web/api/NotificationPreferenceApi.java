package org.unodc.vpi.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.unodc.vpi.identity.ApiUser;
import org.unodc.vpi.notification.Delivery;
import org.unodc.vpi.notification.NotificationPreference;
import org.unodc.vpi.notification.NotificationPreferences;

@Tag(name = "Notification preferences", description = "Your own mail settings: language, immediate mails or a"
    + " daily digest, and notices beyond your own tasks. Reminders of your own tasks and meeting invitations"
    + " always come at once.")
@RestController
@RequestMapping("/api/me/notification-preferences")
class NotificationPreferenceApi {

  /**
   * @param language en, fr, es or pt
   * @param otherNotices false turns off notices not about your own tasks (steps completed, others' overdue tasks)
   */
  record PreferenceView(String language, Delivery delivery, boolean otherNotices) {

    static PreferenceView of(NotificationPreference p) {
      return new PreferenceView(p.getLanguage().getLanguage(), p.getDelivery(), p.isOtherNotices());
    }
  }

  private final NotificationPreferences preferences;

  NotificationPreferenceApi(NotificationPreferences preferences) {
    this.preferences = preferences;
  }

  @Operation(summary = "Your mail settings")
  @GetMapping
  PreferenceView get(@AuthenticationPrincipal ApiUser user) {
    return PreferenceView.of(preferences.of(user.id()));
  }

  @Operation(summary = "Change your mail settings", description = "delivery: IMMEDIATE or DAILY_DIGEST.")
  @PutMapping
  PreferenceView change(@RequestBody PreferenceView request, @AuthenticationPrincipal ApiUser user) {
    return PreferenceView.of(preferences.change(user.id(), request.language(), request.delivery(),
        request.otherNotices()));
  }
}
