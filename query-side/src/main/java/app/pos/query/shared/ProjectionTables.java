package app.pos.query.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A projection that can be rebuilt on its own: its name, and the query tables it writes and nothing else
 * writes, which a rebuild replaces.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ProjectionTables {

    String name();

    String[] tables();
}
