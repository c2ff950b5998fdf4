package org.unodc.vpi.web.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The context the API tests share with the end-to-end tests (same properties, so Spring starts it
 * once): the demo users and countries on an in-memory H2 database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:vpi-end-to-end;DB_CLOSE_DELAY=-1",
    "vpi.mail.embedded-smtp.enabled=false"})
@ActiveProfiles("demo")
@interface ApiTest {}
