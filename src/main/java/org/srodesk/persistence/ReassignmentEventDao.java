package org.srodesk.persistence;

import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.srodesk.domain.reassign.ReassignmentEvent;

/** The history of reassignments: rows are only ever inserted. */
@RegisterConstructorMapper(ReassignmentEvent.class)
public interface ReassignmentEventDao {

    String COLUMNS = "id, reassignment_id, action, acted_by, acted_at, before_state, after_state, comment,"
            + " conflicts, confirmation, released_coverage";

    @SqlUpdate("""
            INSERT INTO reassignment_event (reassignment_id, action, acted_by, acted_at, before_state, after_state,
                   comment, conflicts, confirmation, released_coverage)
            VALUES (:reassignmentId, :action, :actedBy, :actedAt, :beforeState, :afterState,
                   :comment, :conflicts, :confirmation, :releasedCoverage)
            """)
    @GetGeneratedKeys("id")
    long insert(@BindMethods ReassignmentEvent event);

    /** The history of one reassignment, oldest first. */
    @SqlQuery("SELECT " + COLUMNS + " FROM reassignment_event WHERE reassignment_id = :id ORDER BY acted_at, id")
    List<ReassignmentEvent> findByReassignment(@Bind("id") long reassignmentId);
}
