package app.pos.query.replay;

import app.pos.query.shared.ProjectionTables;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every projection of the query side that can be rebuilt on its own, with the tables it owns. */
@Component
public class ProjectionCatalog {

    private final List<Projection> projections;

    public ProjectionCatalog(ApplicationContext context) {
        this.projections = context.getBeansWithAnnotation(ProjectionTables.class).values().stream()
                .map(ClassUtils::getUserClass)
                .map(type -> {
                    ProjectionTables declared = type.getAnnotation(ProjectionTables.class);
                    return new Projection(declared.name(), type, List.of(declared.tables()));
                })
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
