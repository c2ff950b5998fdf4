package org.unodc.vpi.notification;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class CalendarConfiguration {

  @Bean
  MeetingCalendar meetingCalendar() {
    return new MeetingCalendar();
  }
}
