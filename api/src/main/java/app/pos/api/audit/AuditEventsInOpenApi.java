package app.pos.api.audit;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * An audit event's {@code payload} is the event's own JSON, written into the answer as it is stored (a
 * string on the Java side): the document says what arrives, an object whose fields depend on {@code type}.
 */
@Component
public class AuditEventsInOpenApi implements OpenApiCustomizer {

    @Override
    public void customise(OpenAPI openApi) {
        Schema<?> event = openApi.getComponents().getSchemas().get("AuditEvent");
        if (event != null) {
            event.getProperties().put("payload", new ObjectSchema()
                    .description("the event's own fields, as stored; which ones depends on `type`"));
        }
    }
}
