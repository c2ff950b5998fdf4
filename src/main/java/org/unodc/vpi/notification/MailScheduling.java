package org.unodc.vpi.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The outbox sender and the daily digest run on their own; {@code vpi.mail.scheduling=false} stops both (tests drive them). */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "vpi.mail.scheduling", havingValue = "true", matchIfMissing = true)
class MailScheduling {}
