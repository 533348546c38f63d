package app.pos.api.openapi;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.List;

/**
 * The one rule for every record the API reads or writes: a field is required, and never null, unless its
 * type is marked {@link Nullable}; then it is optional in a request and may be null in an answer. Generated
 * clients then get non-null fields where the server always sends a value, and nullable ones where it may not.
 */
@Component
public class RecordSchemas implements ModelConverter {

    private static final String COMPONENTS = "#/components/schemas/";

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Schema<?> resolved = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
        if (resolved == null || !raw.isRecord()) {
            return resolved;
        }
        Schema<?> model = resolved.get$ref() == null ? resolved
                : context.getDefinedModels().get(resolved.get$ref().substring(COMPONENTS.length()));
        if (model != null && model.getProperties() != null) {
            for (RecordComponent component : raw.getRecordComponents()) {
                describe(model, component, context);
            }
        }
        return resolved;
    }

    private static boolean marked(RecordComponent component, Class<? extends Annotation> annotation) {
        return component.getAnnotatedType().isAnnotationPresent(annotation)
                || component.getAccessor().isAnnotationPresent(annotation);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void describe(Schema model, RecordComponent component, ModelConverterContext context) {
        String name = component.getName();
        Schema property = (Schema) model.getProperties().get(name);
        if (property == null) {
            return;
        }
        if (marked(component, NotEmpty.class) || marked(component, NotBlank.class)) {
            // @Size(max = ...) alone documents a minimum of 0, which these refuse
            if ("array".equals(property.getType())) {
                property.setMinItems(1);
            } else if ("string".equals(property.getType())) {
                property.setMinLength(1);
            }
        }
        if (!marked(component, Nullable.class)) {
            if (model.getRequired() == null || !model.getRequired().contains(name)) {
                model.addRequiredItem(name);
            }
            return;
        }
        if (model.getRequired() != null) {
            model.getRequired().remove(name);
        }
        if (property.get$ref() != null) {
            // in OpenAPI 3.0 a reference takes no siblings, so a nullable one wraps it, with the type it refers to
            Schema referred = context.getDefinedModels().get(property.get$ref().substring(COMPONENTS.length()));
            ComposedSchema wrapper = new ComposedSchema();
            wrapper.allOf(List.of(new Schema<>().$ref(property.get$ref())))
                    .type(referred == null || referred.getType() == null ? "object" : referred.getType())
                    .nullable(true);
            model.getProperties().put(name, wrapper);
        } else {
            property.setNullable(true);
        }
    }
}
