package app.pos.query.replay;

import app.pos.query.shared.ProjectionTables;
import org.axonframework.config.ProcessingGroup;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every projection of the query side, found by its processing group and the tables it declares. */
@Component
public class ProjectionCatalog {

    private final List<Projection> projections;

    public ProjectionCatalog(ApplicationContext context) {
        this.projections = context.getBeansWithAnnotation(ProjectionTables.class).values().stream()
                .map(ClassUtils::getUserClass)
                .map(type -> new Projection(type.getAnnotation(ProcessingGroup.class).value(), type,
                        List.of(type.getAnnotation(ProjectionTables.class).value())))
                .sorted(Comparator.comparing(Projection::name))
                .toList();
    }

    public List<Projection> all() {
        return projections;
    }

    public Optional<Projection> named(String name) {
        return projections.stream().filter(projection -> projection.name().equals(name)).findFirst();
    }
}
