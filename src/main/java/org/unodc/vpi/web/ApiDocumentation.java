package org.unodc.vpi.web;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document of /api (at /v3/api-docs, browsable at /swagger-ui.html). */
@Configuration
@OpenAPIDefinition(
    info = @Info(title = "VPI platform API", version = "1",
        description = "The records of Voluntary Pilot Initiatives: stakeholders, meetings, priorities, action items, "
            + "Alliances and their change history. Sign in with your platform user (HTTP Basic). You see the "
            + "records of your own countries only. Errors are RFC 9457 problem details in the language of your "
            + "Accept-Language header (en, fr, es, pt). Updates need the version you read: 409 means someone "
            + "changed the record since."),
    security = @SecurityRequirement(name = "basic"))
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class ApiDocumentation {}
